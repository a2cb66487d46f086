/** The catalog build's pieces, on small made-up inputs: Wikidata rows, names, tables, overlays. */
import { describe, expect, it } from 'vitest';
import { applyNameOverlays } from '../../scripts/catalog-build/overlays';
import { shortFormOf } from '../../scripts/catalog-build/short-names';
import { parseOutletTable } from '../../scripts/catalog-build/table';
import { parseWikidataRows, siteOf, wikidataPapers } from '../../scripts/catalog-build/wikidata';
import { isDistinctiveName, paperNames } from '../../scripts/catalog-build/wikidata-names';
import type { Outlet } from '../../utils/core/catalog-schema';

const row = (qid: string, extra: Record<string, unknown>) =>
  JSON.stringify({
    qid,
    label: qid,
    countries: [],
    places: [],
    languages: [],
    websites: [],
    ...extra,
  });
const papers = (...lines: string[]) => wikidataPapers(parseWikidataRows(lines.join('\n')));

describe('Wikidata papers', () => {
  it('take the country from Wikidata, else the ccTLD, else the place, and say which', () => {
    const [a, b, c, d, e] = papers(
      row('Q1', { countries: [{ qid: 'Q183', name: 'Germany' }], places: ['Ulm'] }),
      row('Q2', { websites: ['https://zeitung.de/'] }),
      row('Q3', { places: ['Ulm'], websites: ['https://ulm-news.com'] }),
      row('Q4', { websites: ['https://paper.tv/'] }),
      row('Q5', {
        countries: [{ qid: 'Q15180', name: 'Soviet Union' }],
        websites: ['https://x.ru'],
      }),
    );
    expect([a.country, a.countrySource]).toEqual(['DE', 'wikidata']);
    expect([b.country, b.countrySource]).toEqual(['DE', 'inferred-cctld']);
    expect([c.country, c.countrySource]).toEqual(['DE', 'inferred-place']);
    expect(d.country).toBeUndefined();
    expect([e.country, e.countrySource]).toEqual(['RU', 'inferred-cctld']);
  });

  it.each([
    ['https://www.welt.de/', { host: 'welt.de', isRoot: true }],
    ['http://вести.рф', { host: 'xn--b1agj9af.xn--p1ai', isRoot: true }],
    ['https://wickedlocal.com/saugus', { host: 'wickedlocal.com', isRoot: false }],
    ['https://paper.blogspot.com/', { host: 'paper.blogspot.com', isRoot: true }],
    ['https://gallica.bnf.fr/ark:/12148/cb1', undefined],
    ['https://medium.com/the-colby-echo', undefined],
    ['https://sites.google.com/site/paper', undefined],
    ['https://ezproxy.library.example.edu/x', undefined],
  ])('reads the website %s', (url, site) => {
    expect(siteOf(url)).toEqual(site);
  });

  it('flags dissolved papers and journals', () => {
    const [a, b] = papers(
      row('Q1', { dissolved: '2011-08-00' }),
      row('Q2', { instanceOf: ['scientific journal'] }),
    );
    expect([a.dissolved, b.isOutOfScope]).toEqual([true, true]);
  });

  it('files titles under the language of their script and the English label under en', () => {
    const [p] = papers(
      row('Q1', {
        label: 'Vitebskiy Kurier',
        titles: ['Витебский курьер'],
        languages: ['Belarusian', 'Russian'],
      }),
    );
    expect(paperNames(p)).toEqual({
      display: 'Витебский курьер',
      names: [
        { lang: 'ru', name: 'Витебский курьер' },
        { lang: 'en', name: 'Vitebskiy Kurier' },
      ],
    });
  });
});

describe('isDistinctiveName', () => {
  it.each([
    ['Yakima Herald-Republic', true],
    ['Berliner Zeitung', true],
    ['HuffPost', true],
    ['Tages-Anzeiger', true],
    ['中国科学报', true],
    ['The Herald', false],
    ['Kurier', false],
    ['Daily News', false],
    ['El Diario', false],
    ['Air Force', false],
    ['The Tech', false],
  ])('%s → %s', (name, expected) => {
    expect(isDistinctiveName(name)).toBe(expected);
  });
});

describe('outlet tables', () => {
  it('reads a line into a curated outlet, sorting the display name by how safe it is', () => {
    const [a, b, c] = parseOutletTable(
      [
        '# comment',
        'Berliner Zeitung | berliner-zeitung.de | DE | de | paper',
        'WAZ | waz.de | DE | de | paper | names=Westdeutsche Allgemeine Zeitung',
        'kicker | kicker.de | DE | de | magazine | parent=x; owner=Olympia-Verlag',
      ].join('\n'),
      't.psv',
    );
    expect(a).toMatchObject({ id: 'berliner-zeitung', names: { de: ['Berliner Zeitung'] } });
    expect(b).toMatchObject({
      abbreviations: ['WAZ'],
      names: { de: ['Westdeutsche Allgemeine Zeitung'] },
    });
    expect(c).toMatchObject({ shortNames: ['kicker'], parent: 'x', owner: 'Olympia-Verlag' });
    expect(c.names).toEqual({});
  });

  it('stops on a bad line and says where', () => {
    expect(() => parseOutletTable('X | x.com | US | en', 'a.psv')).toThrow('a.psv:1');
    expect(() => parseOutletTable('X | x.com | US | en | blog', 'a.psv')).toThrow('unknown type');
  });
});

describe('names overlays and short names', () => {
  const outlet = (): Outlet => ({
    id: 'reuters',
    name: 'Reuters',
    names: { en: ['Reuters'] },
    abbreviations: [],
    domains: [],
    country: 'GB',
    languages: ['en'],
    type: 'news-agency',
    sources: { name: 'freebie', names: 'freebie' },
  });

  it('adds names in other languages and records where they come from', () => {
    const o = outlet();
    applyNameOverlays([o], [{ outlet: 'reuters', names: { ja: ['ロイター'] } }]);
    expect(o.names.ja).toEqual(['ロイター']);
    expect(o.sources['names.ja']).toBe('curated');
  });

  it('adds exact-case forms (names that are common words) and records them as curated', () => {
    const o = outlet();
    applyNameOverlays([o], [{ outlet: 'reuters', abbreviations: ['Delo', 'Delu'] }]);
    expect(o.abbreviations).toEqual(['Delo', 'Delu']);
    expect(o.sources.abbreviations).toBe('curated');
  });

  it('refuses exact-case forms for an outlet whose own come from open data', () => {
    const o = { ...outlet(), abbreviations: ['RTR'] };
    expect(() => applyNameOverlays([o], [{ outlet: 'reuters', abbreviations: ['Rtr'] }])).toThrow(
      'freebie',
    );
  });

  it('refuses an overlay for an outlet the catalog does not have', () => {
    expect(() => applyNameOverlays([outlet()], [{ outlet: 'nope', names: {} }])).toThrow('nope');
  });

  it.each([
    ['The Wall Street Journal', 'the Journal'],
    ['The Jerusalem Post', 'the Post'],
    ['The Times of Israel', null],
    ['The Crimson White', null],
    ['The Guardian', null],
  ])('%s → %s', (name, short) => {
    expect(shortFormOf(name)).toBe(short);
  });
});
