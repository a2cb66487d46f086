/**
 * Names glued to the words around them: prefixes a language glues to names (Arabic, Hebrew;
 * `namePrefix`) and scripts written without spaces (Thai). Case endings: case-endings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex, findMentions } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const surfaces = (text: string) => findMentions(text, aliases).map((m) => m.surface);

describe('findMentions with glued prefixes and unspaced scripts', () => {
  it.each([
    ['وقال المسؤول لرويترز إن', 'رويترز'],
    ['وقال المسؤول ولرويترز إن', 'رويترز'],
    ['في تصريحات لـرويترز', 'رويترز'],
    ['หนังสือพิมพ์บางกอกโพสต์รายงานว่า', 'บางกอกโพสต์'],
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
