/** Which outlet a Wikidata paper is, when its address in Wikidata is no outlet's. */
import { describe, expect, it } from 'vitest';
import { parseWikidataRows, wikidataPapers } from '../../scripts/catalog-build/wikidata';
import { findExisting, lookupOf } from '../../scripts/catalog-build/wikidata-merge';
import type { Outlet } from '../../utils/core/catalog-schema';

const outlet = (id: string, name: string, names: string[], domain: string): Outlet => ({
  id,
  name,
  names: { en: names },
  abbreviations: [],
  domains: [domain],
  country: 'CZ',
  languages: [],
  type: 'newspaper',
  sources: { '*': 'curated' },
});

const paper = (label: string, website: string, kinds = ['newspaper']) =>
  wikidataPapers(
    parseWikidataRows(
      JSON.stringify({
        qid: 'Q1',
        label,
        countries: [{ qid: 'Q213', name: 'Czech Republic' }],
        places: [],
        languages: [],
        websites: [website],
        instanceOf: kinds,
      }),
    ),
  )[0];

describe('a Wikidata paper at an address no outlet has', () => {
  const outlets = [
    outlet('hn', 'Hospodářské noviny', ['Hospodářské noviny'], 'hn.cz'),
    outlet('express', 'Daily Express', ['Daily Express', 'Sunday Express'], 'express.cz'),
    outlet('fp', 'The Free Press', ['The Free Press'], 'thefp.cz'),
  ];
  const lookup = lookupOf(outlets, []);

  it('is the one outlet of its distinctive name and country (an old address)', () => {
    expect(findExisting(paper('Hospodářské noviny', 'https://ihned.cz/'), lookup)?.id).toBe('hn');
  });

  it('is not an outlet that lists its name among others (a sister paper)', () => {
    expect(findExisting(paper('Sunday Express', 'https://sundayexpress.cz/'), lookup)).toBe(
      undefined,
    );
  });

  it('is never an outlet when it is a student paper of the same name', () => {
    const student = paper('The Free Press', 'https://usmfreepress.org/', [
      'newspaper',
      'student newspaper',
    ]);
    expect(findExisting(student, lookup)).toBe(undefined);
  });
});
