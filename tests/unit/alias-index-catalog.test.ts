/** How the alias index reads the catalog's addresses and short names (catalog-side contract). */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import type { Outlet } from '../../utils/core/catalog-schema';

const outlet = (id: string, extra: Partial<Outlet>): Outlet => ({
  id,
  name: id,
  names: {},
  abbreviations: [],
  domains: [],
  country: 'AU',
  languages: ['en'],
  type: 'newspaper',
  sources: {},
  ...extra,
});
const index = buildAliasIndex({
  outlets: [
    outlet('herald-sun', { names: { en: ['Herald Sun'] }, domains: ['heraldsun.com.au'] }),
    outlet('the-herald', { shortNames: ['The Herald'], domains: ['theherald.com.au'] }),
    outlet('bbc', { domains: ['bbc.co.uk'] }),
    outlet('times-of-india', { names: { en: ['Times of India'] } }),
    outlet('nyt', { names: { en: ['The New York Times'] }, shortNames: ['the Times'] }),
  ],
});
const found = (text: string) =>
  findMentions(text, index).map(
    (m) => `${m.surface}→${m.outletIds.join(',')}${m.shortForm ? '(short)' : ''}`,
  );

describe('findMentions with the catalog', () => {
  it.each([
    ['Source: heraldsun.com.au', ['heraldsun.com.au→herald-sun']],
    ['read it on news.bbc.co.uk today', ['bbc.co.uk→bbc']],
    ['Quelle: BBC.CO.UK.', ['BBC.CO.UK→bbc']],
    ['a copy at notbbc.co.uk and foo-bbc.co.uk', []],
  ])('finds the addresses written in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('never lets a short name hide a real name it overlaps', () => {
    expect(found('The Herald Sun reported it.')).toEqual(['Herald Sun→herald-sun']);
    expect(found('as the Times of India said')).toEqual(['Times of India→times-of-india']);
  });

  it('keeps a short name where no real name overlaps it, flagged as short', () => {
    expect(found('The Herald reported it.')).toEqual(['The Herald→the-herald(short)']);
  });
});
