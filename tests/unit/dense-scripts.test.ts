/**
 * Names in Chinese, Japanese, Korean and Thai text: a Chinese name found in the other script,
 * country words of two characters, Korean particles after an unlisted name, Thai slugs.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { CountryEvidence } from '../../utils/core/country-vote';
import { hanVariants } from '../../utils/core/han-variants';
import { withoutParticle } from '../../utils/core/unlisted-dense';
import { slugOf } from '../../utils/core/unlisted-names';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const ids = (text: string, lang: string) =>
  findMentions(text, aliases, lang).map((m) => m.outletIds.join('|'));

describe('Chinese names in the other script', () => {
  it('maps every character the table knows, both ways', () => {
    expect(hanVariants('星洲日报')).toEqual(['星洲日報']);
    expect(hanVariants('聯合報')).toEqual(['联合报']);
  });

  it('writes no traditional form where a character has several ("台" is 臺 and 颱)', () => {
    expect(hanVariants('中央电视台')).toEqual([]);
  });

  it('finds a catalog name written in the other script', () => {
    expect(ids('星洲日報報道', 'zh')).toEqual(['sin-chew-daily']);
  });

  it('gives Japanese names no Chinese spelling', () => {
    // "読売新聞" is Japanese only: its characters are not folded into a Chinese form.
    expect(hanVariants('読売新聞')).toEqual(['読売新闻']);
    expect(ids('読売新闻', 'zh')).toEqual([]);
  });
});

describe('country words in dense scripts', () => {
  const score = (text: string, lang: string, country: string) =>
    new CountryEvidence(text, lang, [], []).score(country);

  it('reads a two-character country name inside unspaced text', () => {
    expect(score('据韩国媒体报道，三星将扩大投资。', 'zh', 'KR')).toBeGreaterThan(0);
    expect(score('韓国の聯合ニュースによると', 'ja', 'KR')).toBeGreaterThan(0);
  });

  it("reads a pack's places and currency as its country", () => {
    expect(score('Polis Johor menahan tiga lelaki semalam.', 'ms', 'MY')).toBeGreaterThan(0);
    expect(score('立法院今天三读通过修正案。', 'zh', 'TW')).toBeGreaterThan(0);
    expect(score('立法院今天三读通过修正案。', 'zh', 'CN')).toBe(0);
  });

  it('does not read a Latin stem inside a word', () => {
    expect(score('Le ministre a démenti.', 'fr', 'DE')).toBe(0);
  });
});

describe('Korean particles after an unlisted name', () => {
  it('strips a particle that fits the syllable before it', () => {
    expect(withoutParticle('라나시온은')).toBe('라나시온');
    expect(withoutParticle('충청일보가')).toBe('충청일보');
    expect(withoutParticle('옥천신문의')).toBe('옥천신문');
  });

  it('keeps a final syllable the particle would not follow', () => {
    // After a vowel the subject particle is 가, so this 이 is the name's own.
    expect(withoutParticle('충청투데이')).toBe('충청투데이');
  });
});

describe('slugs of names in scripts with vowel marks', () => {
  it('keeps Thai vowel and tone marks inside the slug', () => {
    expect(slugOf('เชียงใหม่นิวส์')).toBe('เชียงใหม่นิวส์');
    expect(slugOf('Gazette du Morvan')).toBe('gazette-du-morvan');
  });
});
