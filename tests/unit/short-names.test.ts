/**
 * Names the catalog writes with a qualifier in brackets ("NTV (Turkey)") are found bare, and a
 * short name ("The Herald", "Le Soir") counts without its full name where the article's country
 * makes the outlet plain; each with the look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { unqualifiedName } from '../../utils/core/alias-variants';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { detectAttributions } from '../../utils/core/detect';
import { UNCERTAIN_BELOW, type ArticleContext } from '../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

/** The sure credits of a text, "outlet:kind". */
function sure(text: string, ctx: ArticleContext): string[] {
  return detectAttributions(text, aliases, ctx)
    .attributions.filter((a) => a.confidence >= UNCERTAIN_BELOW)
    .map((a) => `${a.outletId}:${a.kind}`);
}

describe('bracketed qualifiers', () => {
  it('drops the qualifier, never a name that only ends in a bracket', () => {
    expect(unqualifiedName('NTV (Turkey)')).toBe('NTV');
    expect(unqualifiedName('The Daily Star (Bangladesh)')).toBe('The Daily Star');
    expect(unqualifiedName('NTV Haber')).toBeNull();
    expect(unqualifiedName('(共同)')).toBeNull();
    expect(unqualifiedName('ici (France Bleu)')).toBeNull();
  });

  it('finds the bare name, shared with its namesakes and chosen by the article', () => {
    const tr = "Vali, NTV'ye yaptığı açıklamada yolların kapandığını söyledi.";
    expect(sure(tr, { lang: 'tr' })).toEqual(['ntv-turkey:interview']);
    expect(sure('Wie NTV berichtet, wurde die Autobahn gesperrt.', { lang: 'de' })).toEqual([
      'n-tv:report',
    ]);
  });
});

describe('bare names from qualifiers: the look-alikes', () => {
  it('gives a shared abbreviation to the outlet that has it outright, without evidence', () => {
    expect(sure("« C'est un choix difficile », a-t-elle expliqué à CBC.", { lang: 'fr' })).toEqual([
      'cbc:quote',
    ]);
    expect(sure('« Inacceptable », a déclaré le ministre à 20 Minutes.', { lang: 'fr' })).toEqual([
      '20-minutes-france:quote',
    ]);
  });

  it('never makes a single word a name ("Österreich (Zeitung)" is no "Österreich")', () => {
    expect(sure('Der Kanzler sagte dem ORF, Österreich bleibe neutral.', { lang: 'de' })).toEqual([
      'orf:interview',
    ]);
  });
});

describe('short names by the article’s country', () => {
  const zimbabwe = ' Police in Harare confirmed the arrest, the third in Zimbabwe this month.';

  it('credits the one outlet the places make plain', () => {
    expect(
      sure(`According to The Herald, the minister was arrested.${zimbabwe}`, { lang: 'en' }),
    ).toEqual(['the-herald:report']);
    const be =
      'Selon Le Soir, le gouvernement belge va tomber. Le Premier ministre belge a démissionné.';
    expect(sure(be, { lang: 'fr' })).toEqual(['le-soir:report']);
  });

  it('is silent on one place word alone', () => {
    const text = 'According to The Herald, the minister was arrested in Harare.';
    expect(sure(text, { lang: 'en' })).toEqual([]);
  });

  it("is silent when the page's own site is in another country", () => {
    const text = `According to The Herald, the minister was arrested.${zimbabwe}`;
    const page = { url: 'https://www.example.co.ke/news/zimbabwe', title: '' };
    expect(sure(text, { lang: 'en', page })).toEqual([]);
  });

  it('is silent inside a longer capitalized name', () => {
    const us = ' American hospitals are full, U.S. officials said, and Americans wait.';
    const who = `Cases rose, according to the World Health Organization.${us}`;
    expect(sure(who, { lang: 'en' })).toEqual([]);
    expect(sure(`(SCIENCE PHOTO LIBRARY)${us}`, { lang: 'en' })).toEqual([]);
    // The same short name standing alone does count there.
    const alone = `Cases rose, according to The World.${us}`;
    expect(sure(alone, { lang: 'en' })).toEqual(['the-world:report']);
  });
});
