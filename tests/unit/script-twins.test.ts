/** A name in its language's other script: Serbian Latin and Cyrillic; katakana without dots. */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { findMentions } from '../../utils/core/find-mentions';
import { normalizeName } from '../../utils/core/normalize';
import { kanaRunTogether, serbianCyrillic, serbianLatin } from '../../utils/core/script-twins';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const ids = (text: string, lang: string) =>
  findMentions(text, aliases, lang).flatMap((m) => m.outletIds);

describe('Serbian in both scripts', () => {
  it('spells Cyrillic in Latin letters, digraphs and capitals included', () => {
    expect(serbianLatin('Њујорк тајмс')).toBe('Njujork tajms');
    expect(serbianLatin('ЉУБИЋ')).toBe('LJUBIĆ');
    expect(serbianLatin('Би-Би-Си')).toBe('Bi-Bi-Si');
  });
  it('leaves Russian, Latin and digraph-ambiguous names alone', () => {
    expect(serbianLatin('Новая газета')).toBeNull();
    expect(serbianLatin('Blic')).toBeNull();
    expect(serbianCyrillic('Blic')).toBe('Блиц');
    expect(serbianCyrillic('Tanjug')).toBeNull();
    expect(serbianCyrillic('Nova.rs')).toBeNull();
    expect(serbianCyrillic('Wall Street')).toBeNull();
  });
  it('finds the Latin spelling in a Serbian article', () => {
    expect(ids('Kako piše Njujork tajms, pregovori su prekinuti.', 'sr')).toContain(
      'the-new-york-times',
    );
    expect(ids('Prema pisanju Gardijana, vlada je znala za plan.', 'sr')).toContain('the-guardian');
  });
});

describe('katakana run together', () => {
  it('drops the middle dot between katakana only', () => {
    expect(kanaRunTogether('ニューヨーク・タイムズ')).toBe('ニューヨークタイムズ');
    expect(kanaRunTogether('・共同')).toBeNull();
    expect(kanaRunTogether('ロイター')).toBeNull();
  });
  it('finds the run-together name, not a longer katakana word around it', () => {
    expect(ids('米ニューヨークタイムズによると、契約は破棄された。', 'ja')).toContain(
      'the-new-york-times',
    );
    expect(ids('ニューヨークタイムズスクエアで式典が行われた。', 'ja')).not.toContain(
      'the-new-york-times',
    );
  });
});

describe('Devanagari candra vowels', () => {
  it('folds the candra o and e to the plain vowels, so both spellings match', () => {
    expect(normalizeName('वॉशिंगटन पोस्ट')).toBe(normalizeName('वाशिंगटन पोस्ट'));
    expect(normalizeName('ऑस्ट्रेलिया')).toBe(normalizeName('आस्ट्रेलिया'));
    expect(ids('वॉशिंगटन पोस्ट के मुताबिक बातचीत जारी है।', 'hi')).toContain('the-washington-post');
    expect(ids('न्यूयार्क टाइम्स के मुताबिक सौदा रद्द हुआ।', 'hi')).toContain('the-new-york-times');
  });
  it('keeps other vowels apart ("वोशिंगटन" with o is no spelling of the name)', () => {
    expect(normalizeName('वोशिंगटन')).not.toBe(normalizeName('वाशिंगटन'));
    expect(ids('वोशिंगटन पोस्ट के मुताबिक बातचीत जारी है।', 'hi')).not.toContain('the-washington-post');
  });
});

describe('an Arabic name run together with its article', () => {
  it('finds "Aljazeera" and "AlArabiya" as written by pages and handles', () => {
    expect(ids('Speaking to Aljazeera, the official said the border was closed.', 'en')).toContain(
      'al-jazeera',
    );
  });
  it('not in lower case, nor an Al- word that is no name', () => {
    expect(ids('see aljazeera for more', 'en')).not.toContain('al-jazeera');
    expect(ids('Alabama officials said the border was closed.', 'en')).toEqual([]);
  });
});
