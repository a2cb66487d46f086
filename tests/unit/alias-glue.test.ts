/**
 * Names glued to the words around them: prefixes a language glues to names (Arabic, Hebrew;
 * `namePrefix`), scripts written without spaces (Thai), marks on a name's last letter (the Indic
 * nukta). Case endings: case-endings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { nuktaOptional } from '../../utils/core/lang/regex';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const surfaces = (text: string) => findMentions(text, aliases).map((m) => m.surface);

describe('findMentions with glued prefixes and unspaced scripts', () => {
  it.each([
    ['وقال المسؤول لرويترز إن', 'رويترز'],
    ['وقال المسؤول ولرويترز إن', 'رويترز'],
    ['في تصريحات لـرويترز', 'رويترز'],
    ['หนังสือพิมพ์บางกอกโพสต์รายงานว่า', 'บางกอกโพสต์'],
    // A nukta is read with its letter, written apart or not: the name keeps its last mark.
    ['ज\u093cी न्यूज\u093c की रिपोर्ट', 'ज\u093cी न्यूज\u093c'],
    ['\u095bी न्यूज\u093c की रिपोर्ट', '\u095bी न्यूज\u093c'],
    ['जी न्यूज की रिपोर्ट', 'जी न्यूज'],
  ])('finds the name in %s', (text, surface) => {
    expect(surfaces(text)).toEqual([surface]);
  });

  it.each([
    // Not a prefix: the letters before the name are a word of their own.
    'قالتمرويترز',
    // A glued Arabic prefix joins only an Arabic-script name.
    'وقال لCNN',
    // A Thai name never ends inside a syllable (a vowel sign after it is its own).
    'บางกอกโพสต์ิ',
  ])('finds no name in %s', (text) => {
    expect(surfaces(text)).toEqual([]);
  });
});

describe('nuktaOptional', () => {
  it.each(['ख़बर', 'ख\u093cबर', 'खबर'])('reads %s with any spelling of its nukta', (table) => {
    const re = new RegExp(`^${nuktaOptional(table)}$`, 'u');
    for (const page of ['\u0959बर', 'ख\u093cबर', 'खबर']) expect(re.test(page)).toBe(true);
  });
});
