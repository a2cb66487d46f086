/** The catalog's validation (utils/core/catalog-check.ts): what it rejects, and what it fills in. */
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../utils/core/catalog-schema';

const good = {
  id: 'x-daily',
  name: 'X Daily',
  names: { en: ['X Daily'] },
  domains: ['xdaily.com'],
  country: 'US',
  languages: ['en'],
  type: 'newspaper',
  sources: { '*': 'wikidata', country: 'inferred-cctld' },
};
const catalogOf = (...outlets: unknown[]) => ({ version: 2, sources: [], ambiguous: [], outlets });

describe('parseCatalog', () => {
  it('expands the default source to every fact the outlet has', () => {
    const { catalog, errors } = parseCatalog(catalogOf(good));
    expect(errors).toEqual([]);
    expect(catalog.outlets[0].sources).toEqual({
      name: 'wikidata',
      names: 'wikidata',
      domains: 'wikidata',
      country: 'inferred-cctld',
      languages: 'wikidata',
      type: 'wikidata',
    });
  });

  it('fills absent lists with empty ones', () => {
    const { id, name, country, type, sources } = good;
    const [o] = parseCatalog(catalogOf({ id, name, country, type, sources })).catalog.outlets;
    expect([o.names, o.domains, o.languages, o.abbreviations]).toEqual([{}, [], [], []]);
  });

  it.each([
    ['an id that is not kebab-case', { id: 'X_Daily' }],
    ['an empty name', { name: '  ' }],
    ['a domain with a scheme', { domains: ['https://xdaily.com'] }],
    ['a domain in capitals', { domains: ['XDaily.com'] }],
    ['a country that is not ISO 3166-1', { country: 'USA' }],
    ['a language that is not ISO 639-1', { languages: ['eng'] }],
    ['an unknown type', { type: 'blog' }],
    ['names given as a list', { names: ['X Daily'] }],
    ['names under a bad language key', { names: { english: ['X Daily'] } }],
    ['an empty name in a list', { names: { en: [''] } }],
    ['a Wikidata id without its Q', { wikidata: '123' }],
    ['a search template without {query}', { search: 'https://xdaily.com/search' }],
    ['a feed that is not a web address', { feeds: ['javascript:alert(1)'] }],
    ['an unknown state typology', { stateAffiliation: { typology: 'XX', source: 'smm' } }],
    ['sources that are not a map of ids', { sources: { name: 3 } }],
    ['short names that are not strings', { shortNames: [null] }],
  ])('rejects %s, and keeps the other outlets', (_label, change) => {
    const { catalog, errors } = parseCatalog(catalogOf({ ...good, ...change }, good));
    expect(errors).toHaveLength(1);
    expect(catalog.outlets).toHaveLength(1);
  });

  it.each([null, 'x', 42, [], { version: 2 }, { version: 2, outlets: {} }])(
    'throws on something that is not a catalog: %j',
    (raw) => {
      expect(() => parseCatalog(raw)).toThrow();
    },
  );
});
