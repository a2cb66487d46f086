/**
 * The open-vocabulary blind set (openvocab.blind.cases.ts) and the language tables it relies on:
 * no look-alike may come out as an outlet the catalog does not know, the credits found may not
 * fall below what the engine found when the set was last measured, and every language pack
 * gives the open-vocabulary step descriptor nouns to work with.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { PACKS } from '../../utils/core/lang/registry';
import { buildCatalogIndex, buildReport } from '../../utils/core/report';
import { slugOf } from '../../utils/core/unlisted-names';
import { OPEN_CASES } from './openvocab.blind.cases';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

/** Credits of the set found on 6 December after this round's work (140 of 165). */
const FOUND_AT_LEAST = 140;

function unlistedNames(text: string, lang: string): string[] {
  const input = {
    url: 'https://news.example.org/a',
    title: 'A story',
    byline: null,
    siteName: null,
    lang,
    publishedTime: null,
    text,
  };
  return buildReport(input, index)
    .outlets.filter((o) => !o.listed)
    .map((o) => o.name);
}

describe('open-vocabulary blind set', () => {
  const lookAlikes = OPEN_CASES.filter(([, , name]) => name === null);
  it.each(lookAlikes.map(([lang, text]) => [lang, text]))('[%s] no outlet: %s', (lang, text) => {
    expect(unlistedNames(text, lang)).toEqual([]);
  });

  it(`finds at least ${FOUND_AT_LEAST} of the credits`, () => {
    let found = 0;
    for (const [lang, text, name] of OPEN_CASES) {
      if (name === null) continue;
      const want = (Array.isArray(name) ? name : [name]).map(slugOf);
      if (unlistedNames(text, lang).some((n) => want.includes(slugOf(n)))) found++;
    }
    expect(found).toBeGreaterThanOrEqual(FOUND_AT_LEAST);
  });

  it('covers every language pack', () => {
    const langs = new Set(OPEN_CASES.map(([lang]) => lang));
    expect(PACKS.map((p) => p.code).filter((c) => !langs.has(c))).toEqual([]);
  });
});

describe('open-vocabulary tables', () => {
  it.each(PACKS.map((p) => [p.code, p] as const))('%s has descriptor nouns', (_code, pack) => {
    const types = Object.entries(pack.outletNouns).filter(([, words]) => words?.length);
    expect(types.map(([t]) => t)).toEqual(expect.arrayContaining(['newspaper', 'broadcaster']));
  });

  // A script with capitals reads names from capitalized words, so institutions and companies
  // written the same way must be told apart.
  const cased = PACKS.filter((p) => {
    const noun = Object.values(p.outletNouns).flat()[0] ?? '';
    return noun.toUpperCase() !== noun.toLowerCase();
  });
  it.each(cased.map((p) => [p.code, p] as const))('%s has words of no outlet', (_code, pack) => {
    expect(pack.notOutletWords?.length ?? 0).toBeGreaterThan(0);
  });
});
