import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleReport, CitedOutlet } from '@/utils/core/report';
import { buildGdeltUrl, formatGdeltTerm } from '@/utils/background/live-lookup/gdelt-request';
import { parseGdeltReply, parseSeenDate } from '@/utils/background/live-lookup/gdelt-response';
import {
  createLiveLookup,
  GDELT_INTERVAL_MS,
  liveTerms,
} from '@/utils/background/live-lookup/lookup';
import { createRateLimiter, type Timing } from '@/utils/background/live-lookup/rate-limit';

const fixture = (name: string) => readFileSync(`tests/fixtures/gdelt/${name}`, 'utf8');

/** A clock that only moves when someone sleeps: tests never wait for real. */
function fakeTiming(): Timing & { slept: number[] } {
  let now = 1_700_000_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const cited = (id: string, domains: string[], sentence: string): CitedOutlet => ({
  id,
  name: id,
  listed: true,
  domains,
  country: 'US',
  type: 'newspaper',
  languages: ['en'],
  mentions: [
    {
      surface: id,
      kind: 'report',
      start: 0,
      end: 1,
      sentence,
      confidence: 0.9,
      cue: null,
      rule: 'r',
    },
  ],
});

const SECRET_SENTENCE =
  'Officials privately confirmed zeppelin arrangements with Antony Blinken yesterday.';
const report: ArticleReport = {
  url: 'https://publisher.example/private/story-8842?session=abc',
  title: "What's happening to US-Israel relations?",
  lang: 'en',
  publishedTime: '2024-03-27T08:00:00+07:00',
  publisher: null,
  originalSource: null,
  outlets: [
    cited('associated-press', ['apnews.com', 'ap.org'], SECRET_SENTENCE),
    cited('the-washington-post', ['washingtonpost.com'], 'The Post quoted officials.'),
    cited('le-figaro', ['lefigaro.fr'], 'Le Figaro published an analysis.'),
    cited('reuters', ['reuters.com'], '(Source: Reuters)'),
  ],
  uncertain: [],
};

const reply = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));

describe('GDELT request', () => {
  it.each([
    ['US-Israel', '"US Israel"'],
    ['Joe Biden', '"Joe Biden"'],
    ['domainis:evil.com', '"domainis evil com"'],
    ['UN', null],
    ['"', null],
  ])('formats the term %j as %j', (term, expected) => {
    expect(formatGdeltTerm(term)).toBe(expected);
  });

  it('holds terms, one domainis: per outlet and the date window, nothing else', () => {
    const url = buildGdeltUrl({
      terms: ['Gaza', 'UN', 'Joe Biden'],
      domains: ['www.apnews.com', 'afp.com'],
      publishedTime: '2024-03-27T08:00:00Z',
    })!;
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'Gaza "Joe Biden" (domainis:apnews.com OR domainis:afp.com)',
      mode: 'ArtList',
      format: 'json',
      maxrecords: '50',
      sort: 'HybridRel',
      startdatetime: '20240324000000',
      enddatetime: '20240328235959',
    });
  });

  it('builds no request without a date, a term or a domain', () => {
    expect(
      buildGdeltUrl({ terms: ['Gaza'], domains: ['afp.com'], publishedTime: null }),
    ).toBeNull();
    expect(
      buildGdeltUrl({ terms: ['UN'], domains: ['afp.com'], publishedTime: '2024-03-27' }),
    ).toBeNull();
    expect(
      buildGdeltUrl({ terms: ['Gaza'], domains: ['not a domain'], publishedTime: '2024-03-27' }),
    ).toBeNull();
  });
});

describe('GDELT reply', () => {
  it('lists valid articles and drops unsafe ones', () => {
    const result = parseGdeltReply(fixture('artlist-us-israel.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.articles.map((a) => a.domain)).toEqual([
      'apnews.com',
      'washingtonpost.com',
      'lefigaro.fr',
      'reuters.com',
    ]);
    expect(result.articles.every((a) => a.url.startsWith('https://'))).toBe(true);
    expect(result.articles[0].date).toBe('2024-03-25T17:15:00Z');
    expect(result.articles[3]).toMatchObject({
      title: 'US-Israel rift widens after UN vote',
      date: null,
    });
  });

  it.each([
    ['artlist-empty.json', { ok: true, articles: [] }],
    ['rate-limit.txt', { ok: false, error: 'rate-limited' }],
    [
      'phrase-too-short.txt',
      { ok: false, error: 'service-error', detail: 'The specified phrase is too short.' },
    ],
  ])('reads %s', (name, expected) => {
    expect(parseGdeltReply(fixture(name))).toEqual(expected);
  });

  it('refuses JSON of another shape', () => {
    expect(parseGdeltReply('{"articles": "nope"}')).toEqual({ ok: false, error: 'invalid-reply' });
  });

  it.each([
    ['20240325T171500Z', '2024-03-25T17:15:00Z'],
    ['2024-03-25', null],
    [undefined, null],
  ])('reads the seen date %j', (seen, expected) => {
    expect(parseSeenDate(seen)).toBe(expected);
  });
});

describe('rate limiter', () => {
  it('starts tasks at least the interval apart, in order', async () => {
    const timing = fakeTiming();
    const limiter = createRateLimiter(5_000, timing);
    const starts: number[] = [];
    const t0 = timing.now();
    await Promise.all(
      [1, 2, 3].map(() => limiter.schedule(async () => starts.push(timing.now() - t0))),
    );
    expect(starts).toEqual([0, 5_000, 10_000]);
  });

  it('keeps going after a task fails', async () => {
    const limiter = createRateLimiter(5_000, fakeTiming());
    await expect(limiter.schedule(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(limiter.schedule(async () => 'next')).resolves.toBe('next');
  });
});

describe('live lookup', () => {
  it('asks for names first, then the title’s other words, three terms at most', () => {
    expect(liveTerms(report)).toEqual(['US-Israel', 'Antony Blinken', 'relations']);
    expect(liveTerms({ ...report, outlets: report.outlets.slice(1, 2) })).toEqual([
      'US-Israel',
      'relations',
    ]);
  });

  it('sends only terms, outlet domains and dates: never the text or the page address', async () => {
    const fetch = vi.fn(() => reply(fixture('artlist-us-israel.json')));
    await createLiveLookup({ fetch, timing: fakeTiming() }).lookup(report);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [sent, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const url = new URL(sent);
    expect(url.host).toBe('api.gdeltproject.org');
    expect(decodeURIComponent(sent)).not.toMatch(
      /publisher\.example|story-8842|session|zeppelin|privately/,
    );
    const query = url.searchParams.get('query')!;
    for (const domain of [
      'apnews.com',
      'ap.org',
      'washingtonpost.com',
      'lefigaro.fr',
      'reuters.com',
    ]) {
      expect(query).toContain(`domainis:${domain}`);
    }
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('groups the articles under their outlets', async () => {
    const fetch = vi.fn(() => reply(fixture('artlist-us-israel.json')));
    const result = await createLiveLookup({ fetch, timing: fakeTiming() }).lookup(report);
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(result.outlets.map((o) => [o.outletId, o.articles.length])).toEqual([
      ['associated-press', 1],
      ['the-washington-post', 1],
      ['le-figaro', 1],
      ['reuters', 1],
    ]);
  });

  it('caches per article and asks again for another article', async () => {
    const timing = fakeTiming();
    const fetch = vi.fn(() => reply(fixture('artlist-empty.json')));
    const lookup = createLiveLookup({ fetch, timing });
    await Promise.all([lookup.lookup(report), lookup.lookup(report)]);
    await lookup.lookup(report);
    expect(fetch).toHaveBeenCalledTimes(1);
    await lookup.lookup({ ...report, url: 'https://other.example/a' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(timing.slept).toEqual([GDELT_INTERVAL_MS]);
  });

  it('reports a rate-limit reply, does not cache it, and waits longer next time', async () => {
    const timing = fakeTiming();
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => reply(fixture('rate-limit.txt')))
      .mockImplementation(() => reply(fixture('artlist-empty.json')));
    const lookup = createLiveLookup({ fetch, timing });
    expect(await lookup.lookup(report)).toEqual({
      status: 'error',
      error: 'rate-limited',
      detail: undefined,
    });
    expect((await lookup.lookup(report)).status).toBe('done');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(timing.slept[0]).toBeGreaterThanOrEqual(GDELT_INTERVAL_MS);
  });

  it.each([
    [() => Promise.reject(new TypeError('offline')), 'network'],
    [() => reply('Too Many Requests', 429), 'rate-limited'],
    [() => reply(fixture('phrase-too-short.txt')), 'service-error'],
  ])('turns failures into a status (%#)', async (impl, error) => {
    const result = await createLiveLookup({ fetch: vi.fn(impl), timing: fakeTiming() }).lookup(
      report,
    );
    expect(result).toMatchObject({ status: 'error', error });
  });

  it('does not ask when the article has no date', async () => {
    const fetch = vi.fn();
    const result = await createLiveLookup({ fetch, timing: fakeTiming() }).lookup({
      ...report,
      publishedTime: null,
    });
    expect(result).toEqual({ status: 'unavailable', reason: 'no-date' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
