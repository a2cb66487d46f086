import { describe, expect, it } from 'vitest';
import type { ArticleReport, CitedOutlet } from '@/utils/core/report';
import {
  buildRelatedLinks,
  dateWindow,
  dateWindowUrl,
  formatQuery,
  originalReportUrl,
  widerCoverageUrl,
} from '@/utils/related/links';
import { findNames, mergeTerms, titleKeywords } from '@/utils/related/terms';

const q = (url: string) => new URL(url).searchParams.get('q');

describe('title keywords', () => {
  it.each([
    ["What's happening to US-Israel relations?", 'en', ['US-Israel', 'relations']],
    [
      'Le Figaro : pourquoi la Chine et les États-Unis se parlent',
      'fr',
      ['Figaro', 'Chine', 'États-Unis', 'parlent'],
    ],
    ['Mỹ và Israel: quan hệ của hai nước', 'vi', ['Mỹ', 'Israel', 'quan', 'hệ', 'hai']],
    ["Biden's plan for the Gaza ceasefire", null, ['Biden', 'plan', 'Gaza', 'ceasefire']],
  ])('keeps the keywords of %j', (title, lang, expected) => {
    expect(titleKeywords(title, lang, 5)).toEqual(expected);
  });
});

describe('names in evidence sentences', () => {
  it('finds names, drops sentence openers, honorifics and the outlet itself', () => {
    const names = findNames(
      [
        'According to AP, US President Joe Biden met Mr. Netanyahu.',
        'Meanwhile, Joe Biden spoke to AP again.',
      ],
      'en',
      ['AP', 'Associated Press'],
    );
    expect(names).toEqual(['Joe Biden', 'US', 'Netanyahu']);
  });

  it('keeps a sentence opener that is also a name elsewhere', () => {
    expect(findNames(['Israel said no.', 'Talks with Israel failed.'], 'en')).toEqual(['Israel']);
  });

  it('merges names that the keywords do not already cover', () => {
    expect(mergeTerms(['US-Israel', 'relations'], ['Israel', 'Joe Biden'], 6)).toEqual([
      'US-Israel',
      'relations',
      'Joe Biden',
    ]);
  });
});

describe('links', () => {
  const outlet = { domains: ['www.example.com'] };

  it('quotes multi-word names', () => {
    expect(formatQuery(['Gaza', 'Joe Biden'])).toBe('Gaza "Joe Biden"');
  });

  it('uses the catalog search template when there is one', () => {
    const url = originalReportUrl(
      { domains: ['apnews.com'], search: 'https://apnews.com/search?q={query}' },
      ['Gaza', 'Joe Biden'],
    );
    expect(url).toBe('https://apnews.com/search?q=Gaza%20%22Joe%20Biden%22');
  });

  it('falls back to a news search restricted to the domain', () => {
    const url = originalReportUrl(outlet, ['Gaza']);
    expect(new URL(url).host).toBe('www.google.com');
    expect(q(url)).toBe('site:example.com Gaza');
  });

  it.each([
    ['2024-03-27T08:00:00+07:00', { from: '2024-03-24', to: '2024-03-28' }],
    ['2024-01-01', { from: '2023-12-29', to: '2024-01-02' }],
    ['yesterday', null],
    [null, null],
  ])('puts %j in a date window', (time, expected) => {
    expect(dateWindow(time)).toEqual(expected);
  });

  it('searches the outlet in the date window, or gives no link without a date', () => {
    expect(q(dateWindowUrl(outlet, ['Gaza'], '2024-03-27T08:00:00Z')!)).toBe(
      'site:example.com Gaza after:2024-03-24 before:2024-03-28',
    );
    expect(dateWindowUrl(outlet, ['Gaza'], null)).toBeNull();
  });

  it('looks for wider coverage away from the publisher', () => {
    expect(q(widerCoverageUrl(['Gaza'], null, { domains: ['vietnam.vn'] }))).toBe(
      'Gaza -site:vietnam.vn',
    );
  });
});

describe('a report’s links', () => {
  const cited = (
    id: string,
    domains: string[],
    sentence: string,
    surface: string,
  ): CitedOutlet => ({
    id,
    name: surface,
    listed: true,
    domains,
    country: 'US',
    type: 'news-agency',
    languages: ['en'],
    mentions: [
      {
        surface,
        kind: 'report',
        start: 0,
        end: 1,
        sentence,
        confidence: 0.9,
        cue: null,
        rule: 'x',
      },
    ],
  });
  const report: ArticleReport = {
    url: 'https://publisher.example/secret-page?user=42',
    title: 'Ceasefire talks in Gaza',
    lang: 'en',
    publishedTime: '2024-03-27T08:00:00Z',
    publisher: null,
    originalSource: null,
    outlets: [
      cited('reuters', ['reuters.com'], 'Reuters said Antony Blinken arrived.', 'Reuters'),
      cited('afp', ['afp.com'], 'AFP quoted Hamas officials.', 'AFP'),
    ],
    uncertain: [],
  };

  it('gives each cited outlet links on its own domain, with its own names', () => {
    const links = buildRelatedLinks(report);
    expect(links.outlets.map((o) => o.domain)).toEqual(['reuters.com', 'afp.com']);
    expect(q(links.outlets[0].original)).toBe(
      'site:reuters.com Ceasefire talks Gaza "Antony Blinken"',
    );
    expect(q(links.outlets[1].original)).toBe('site:afp.com Ceasefire talks Gaza Hamas');
  });

  it('never puts the page address or sentences whole into a link', () => {
    const all = JSON.stringify(buildRelatedLinks(report));
    expect(all).not.toContain('publisher.example');
    expect(all).not.toContain('secret-page');
    expect(all).not.toContain('arrived');
  });
});
