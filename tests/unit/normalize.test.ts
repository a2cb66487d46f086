/**
 * Normalization before matching: a name matches however the page wrote it (full-width, with
 * invisible characters inside, all capitals, glued to a caption), and every reported offset
 * still indexes the original text exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { cleanSurface, normalizeForScan } from '../../utils/core/normalize';
import { credits } from './lang/cases';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

describe('normalizeForScan', () => {
  it('folds full-width Latin and case without changing length', () => {
    expect(normalizeForScan('ＡＦＰ通信')).toEqual({ folded: 'afp通信', map: null });
  });

  it('drops soft hyphens and zero-width characters and maps back to the original offsets', () => {
    const text = 'x Reu\u00adt\u200bers';
    const { folded, map } = normalizeForScan(text);
    expect(folded).toBe('x reuters');
    expect(map && [...map]).toEqual([0, 1, 2, 3, 4, 6, 8, 9, 10, 11]);
  });

  it('unifies Arabic letter variants and drops tatweel and harakat', () => {
    expect(normalizeForScan('رويتـرز').folded).toBe(normalizeForScan('رويترز').folded);
    expect(normalizeForScan('أَحمد').folded).toBe(normalizeForScan('احمد').folded);
  });

  it('reads the Hebrew geresh and gershayim as the ASCII marks pages also use', () => {
    expect(normalizeForScan('אל-ג׳זירה').folded).toBe(normalizeForScan("אל-ג'זירה").folded);
    expect(normalizeForScan('גל״צ').folded).toBe(normalizeForScan('גל"צ').folded);
  });

  it('reads a nukta letter alike in one code point, in two, or without the nukta', () => {
    const bare = normalizeForScan('जी न्यूज').folded;
    expect(normalizeForScan('\u095bी न्यूज\u093c').folded).toBe(bare);
    expect(normalizeForScan('ज\u093cी न्यूज\u093c').folded).toBe(bare);
    expect(normalizeForScan('র\u09dfটার্স').folded).toBe(
      normalizeForScan('র\u09af\u09bcটার্স').folded,
    );
  });

  it('reads a surface’s letters for case checks', () => {
    expect(cleanSurface('ＡＦＰ')).toBe('AFP');
    expect(cleanSurface('Reu\u00adters')).toBe('Reuters');
  });
});

describe('names as pages write them', () => {
  it.each([
    ['ＡＦＰ通信によると、首相は辞任する。', 'ja', ['agence-france-presse:report']],
    ['According to Reu\u00adters, the deal is done.', 'en', ['reuters:report']],
    ['According to Asso\u200bciated Press, the deal is done.', 'en', ['associated-press:report']],
    [
      'THE NEW YORK TIMES reported on Monday that the deal was off.',
      'en',
      ['the-new-york-times:report'],
    ],
    ['DIE ZEIT berichtete am Montag über den Fall.', 'de', ['die-zeit:report']],
    ['Protesters gather in KyivAP Photo/Efrem Lukatsky', 'en', ['associated-press:photo']],
    ['Smoke rises over the cityREUTERS/Gleb Garanich', 'en', ['reuters:photo']],
    ['ذكرت وكالة رويتـرز أن الأسعار ارتفعت.', 'ar', ['reuters:report']],
    ['According to money.pl, inflation fell.', 'en', ['money-pl:report']],
  ])('%s', (text, lang, expected) => {
    expect(credits(text, lang)).toEqual(expected);
  });

  it.each([
    ['The iPhone maker NewsAP said the deal was off.', 'en'],
    ['Die Zeit drängt, sagte der Minister.', 'de'],
  ])('look-alike: %s', (text, lang) => {
    expect(credits(text, lang)).toEqual([]);
  });

  it('keeps offsets on the original text whatever invisible characters it holds', () => {
    const invisible = fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), invisible), { maxLength: 6 }), (inserts) => {
        let text = 'Officials said so, according to Reuters and the AFP. Photo: AP';
        for (const [at, ch] of inserts) {
          const i = Math.min(at, text.length);
          text = text.slice(0, i) + ch + text.slice(i);
        }
        for (const m of findMentions(text, aliases)) {
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(cleanSurface(m.surface)).not.toMatch(/[\u00ad\u200b-\u200d\u2060\ufeff]/);
        }
      }),
    );
  });
});
