import { describe, expect, it } from 'vitest';
import type { OutletSummary } from '@/utils/core/report';
import { formatMySourcesCsv, formatMySourcesJson } from '@/utils/my-sources/export';
import {
  addArticle,
  coerceMySources,
  MAX_ARTICLES,
  type CountedArticle,
  type MySourcesData,
} from '@/utils/my-sources/model';
import { hashPage } from '@/utils/my-sources/store';
import { summarizePeriod } from '@/utils/my-sources/summary';

const NOW = new Date(2026, 11, 5, 12);
const SALT = 'ab'.repeat(16);
const counted = (day: string, page: string, ...ids: string[]): CountedArticle => ({
  day,
  page: page.padStart(16, '0'),
  publisher: 'vietnam-vn',
  outlets: ids.map((id) => ({ id, kinds: ['report'] })),
});
const empty: MySourcesData = { salt: SALT, articles: [] };

describe('My sources tally', () => {
  it('counts a page once a day, again on another day', () => {
    let data = addArticle(empty, counted('2026-12-05', 'a', 'reuters'), NOW);
    data = addArticle(data, counted('2026-12-05', 'a', 'reuters'), NOW);
    expect(data.articles).toHaveLength(1);
    data = addArticle(data, counted('2026-12-04', 'a', 'reuters'), NOW);
    expect(data.articles).toHaveLength(2);
  });

  it('drops articles older than 30 days and the oldest beyond the cap', () => {
    const old = addArticle(empty, counted('2026-11-01', 'a'), new Date(2026, 10, 1));
    expect(addArticle(old, counted('2026-12-05', 'b'), NOW).articles.map((a) => a.day)).toEqual([
      '2026-12-05',
    ]);
    const full = {
      salt: SALT,
      articles: Array.from({ length: MAX_ARTICLES }, (_, i) => counted('2026-12-05', `${i}`)),
    };
    const next = addArticle(full, counted('2026-12-05', 'ffff'), NOW);
    expect(next.articles).toHaveLength(MAX_ARTICLES);
    expect(next.articles.at(-1)?.page).toBe('ffff'.padStart(16, '0'));
  });

  it('keeps only the allowed fields of whatever is stored', () => {
    const raw = {
      salt: SALT,
      articles: [
        { ...counted('2026-12-05', 'a', 'reuters'), url: 'https://x.example/a', title: 'T' },
        { day: 'yesterday', page: 'x', publisher: null, outlets: [] },
      ],
    };
    const data = coerceMySources(raw);
    expect(data.articles).toHaveLength(1);
    expect(Object.keys(data.articles[0]).sort()).toEqual(['day', 'outlets', 'page', 'publisher']);
  });

  it('hashes an address with the salt, never keeping it', async () => {
    const a = await hashPage(SALT, 'https://news.example/a');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await hashPage(SALT, 'https://news.example/a#top')).toBe(a);
    expect(await hashPage('cd'.repeat(16), 'https://news.example/a')).not.toBe(a);
  });
});

describe('My sources summary', () => {
  const facts: Record<string, Partial<OutletSummary>> = {
    reuters: { type: 'news-agency', country: 'GB' },
    xinhua: {
      type: 'news-agency',
      country: 'CN',
      stateAffiliation: { typology: 'SC', source: 's' },
    },
    bbc: { type: 'broadcaster', country: 'GB', stateAffiliation: { typology: 'IP', source: 's' } },
  };
  const describe_ = (id: string) => facts[id] as OutletSummary | undefined;
  const articles = [
    counted('2026-12-05', 'a', 'reuters', 'xinhua'),
    counted('2026-12-01', 'b', 'reuters'),
    counted('2026-11-20', 'c', 'bbc', 'unlisted:daily'),
  ];

  it('sums the last 7 days', () => {
    const s = summarizePeriod(articles, 7, NOW, describe_);
    expect(s).toMatchObject({
      articles: 2,
      singleSource: 1,
      citations: 3,
      wire: 3,
      stateAffiliated: 1,
    });
    expect(s.outlets).toEqual([
      { id: 'reuters', articles: 2 },
      { id: 'xinhua', articles: 1 },
    ]);
    expect(s.countries).toEqual([
      { key: 'GB', citations: 2 },
      { key: 'CN', citations: 1 },
    ]);
  });

  it('sums the last 30 days; independent public media are not state-affiliated', () => {
    const s = summarizePeriod(articles, 30, NOW, describe_);
    expect(s).toMatchObject({ articles: 3, citations: 5, wire: 3, stateAffiliated: 1 });
    expect(s.countries.find((c) => c.key === '')).toEqual({ key: '', citations: 1 });
  });
});

describe('My sources export', () => {
  const data: MySourcesData = {
    salt: SALT,
    articles: [counted('2026-12-05', 'a', 'reuters', 'ap')],
  };

  it('writes CSV, one line per article and outlet', () => {
    expect(formatMySourcesCsv(data)).toBe(
      'day,page,publisher,outlet,kinds\n' +
        '2026-12-05,000000000000000a,vietnam-vn,reuters,report\n' +
        '2026-12-05,000000000000000a,vietnam-vn,ap,report\n',
    );
  });

  it('writes JSON without the salt', () => {
    const file = JSON.parse(formatMySourcesJson(data, NOW));
    expect(file).toMatchObject({ format: 'sourcelens-my-sources', version: 1 });
    expect(file.articles).toEqual(data.articles);
    expect(JSON.stringify(file)).not.toContain(SALT);
  });
});
