import { describe, expect, it } from 'vitest';
import { findOutletByUrl, findPublisher, indexDomains } from '../../utils/core/catalog-lookup';
import type { Outlet } from '../../utils/core/catalog-schema';

const outlet = (
  id: string,
  name: string,
  domains: string[],
  names: Record<string, string[]> = {},
): Outlet => ({
  id,
  name,
  names,
  abbreviations: [],
  domains,
  country: 'US',
  languages: ['en'],
  type: 'newspaper',
  sources: {},
});

const catalog = {
  outlets: [
    outlet('bbc', 'BBC', ['bbc.co.uk', 'bbc.com'], { en: ['BBC News'] }),
    outlet('cnn', 'CNN', ['cnn.com']),
    outlet('folha', 'Folha de S.Paulo', ['folha.uol.com.br']),
    outlet('uol', 'UOL', ['uol.com.br']),
    outlet('abc-news', 'ABC News', ['abcnews.go.com']),
    outlet('la-nacion-ar', 'La Nación', ['lanacion.com.ar'], { es: ['La Nación'] }),
    outlet('la-nacion-cr', 'La Nación', ['nacion.com'], { es: ['La Nación'] }),
    outlet('le-monde', 'Le Monde', ['lemonde.fr']),
  ],
};
const index = indexDomains(catalog);

describe('findOutletByUrl', () => {
  it.each([
    ['https://www.bbc.com/news/world-us-canada-52241221', 'bbc'],
    ['https://m.bbc.co.uk/news', 'bbc'],
    ['https://edition.cnn.com/2023/11/06/politics/x.html', 'cnn'],
    ['https://www1.folha.uol.com.br/esporte/2018/12/x.shtml', 'folha'],
    ['https://amp.cnn.com/x', 'cnn'],
    ['https://noticias.uol.com.br/x', 'uol'],
    ['https://abcnews.go.com/Politics/x', 'abc-news'],
    ['HTTPS://WWW.LEMONDE.FR/pixels/', 'le-monde'],
    ['lemonde.fr', 'le-monde'],
  ])('%s → %s', (url, id) => {
    expect(findOutletByUrl(url, index)?.id).toBe(id);
  });

  it.each([
    'https://espn.go.com/',
    'http://localhost:8080/a',
    'not a url',
    '',
    'file:///tmp/x.html',
  ])('finds nothing for %s', (url) => {
    expect(findOutletByUrl(url, index)).toBeUndefined();
  });
});

describe('findPublisher', () => {
  it('prefers the URL', () => {
    expect(findPublisher('https://www.bbc.com/news', 'Le Monde', index)?.id).toBe('bbc');
  });
  it('falls back to the site name, case-insensitively', () => {
    expect(findPublisher(null, 'bbc news', index)?.id).toBe('bbc');
    expect(findPublisher('http://127.0.0.1/page.html', '  LE MONDE ', index)?.id).toBe('le-monde');
  });
  it('does not guess between outlets sharing a site name', () => {
    expect(findPublisher(undefined, 'La Nación', index)).toBeUndefined();
  });
  it('returns undefined with neither', () => {
    expect(findPublisher(null, null, index)).toBeUndefined();
  });
});
