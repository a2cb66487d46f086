/**
 * English names without their leading "The" (scripts/catalog-build/article-less.ts): derived
 * where what remains is still plainly one paper's name, found in other languages' text that
 * drops the article, and never where it is generic or another outlet's.
 */
import { describe, expect, it } from 'vitest';
import { addArticleLessNames, articleLessForm } from '../../scripts/catalog-build/article-less';
import type { Outlet } from '../../utils/core/catalog-schema';
import { credits } from './lang/cases';

const outlet = (id: string, en: string[], extra: Partial<Outlet> = {}): Outlet => ({
  id,
  name: en[0],
  names: { en },
  abbreviations: [],
  domains: [],
  country: 'US',
  languages: ['en'],
  type: 'newspaper',
  sources: { '*': 'curated' },
  ...extra,
});

describe('article-less names', () => {
  it('drop "The" where a distinctive name of two words or more remains', () => {
    expect(articleLessForm('The Manila Times')).toBe('Manila Times');
    expect(articleLessForm('The Baltimore Sun')).toBe('Baltimore Sun');
    expect(articleLessForm('The Bolton News')).toBe('Bolton News');
  });

  it('keep the article on one-word, generic and qualified names', () => {
    expect(articleLessForm('The Hindu')).toBeNull();
    expect(articleLessForm('The Guardian')).toBeNull();
    expect(articleLessForm('The Evening Herald')).toBeNull();
    expect(articleLessForm('The Daily Star')).toBeNull();
    expect(articleLessForm('The Herald (Glasgow)')).toBeNull();
    expect(articleLessForm('Manila Times')).toBeNull();
    expect(articleLessForm('The Daily podcast')).toBeNull();
    expect(articleLessForm('The State News')).toBeNull();
    expect(articleLessForm('The Advocate magazine')).toBeNull();
  });

  it('add the form only where no outlet has it and no second outlet derives it', () => {
    const outlets = [
      outlet('manila-times', ['The Manila Times']),
      outlet('a', ['The Springfield Courier']),
      outlet('b', ['The Springfield Courier']),
      outlet('c', ['The Dover Post']),
      outlet('d', ['Dover Post Weekly'], { abbreviations: ['Dover Post'] }),
    ];
    addArticleLessNames(outlets, []);
    expect(outlets.map((o) => o.names.en)).toEqual([
      ['The Manila Times', 'Manila Times'],
      ['The Springfield Courier'],
      ['The Springfield Courier'],
      ['The Dover Post'],
      ['Dover Post Weekly'],
    ]);
  });

  it('respect declared shared aliases', () => {
    const outlets = [outlet('x', ['The Coast Star'])];
    addArticleLessNames(outlets, ['Coast Star']);
    expect(outlets[0].names.en).toEqual(['The Coast Star']);
  });

  it.each([
    ['tl', 'Sinabi ng opisyal sa Manila Times na walang katotohanan ang ulat.', 'manila-times'],
    ['es', 'Según informó Baltimore Sun, el alcalde dimitió.', 'the-baltimore-sun'],
    ['en', 'The mayor told a Buffalo News reporter that he would resign.', 'the-buffalo-news'],
  ])('[%s] %s → %s', (lang, text, id) => {
    expect(credits(text, lang).map((c) => c.split(':')[0])).toEqual([id]);
  });

  it.each([
    ['en', 'Daily podcast downloads rose, the company said.'],
    ['en', 'The mayor told an Armenian reporter that the road was closed.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
