import type { ArticleReport } from '../../core/report';
import { findNames, isNameLike, mergeTerms, titleKeywords } from '../../related/terms';
import { buildGdeltUrl } from './gdelt-request';
import { parseGdeltReply } from './gdelt-response';
import { REAL_TIMING, createRateLimiter, type Timing } from './rate-limit';
import type { LiveArticle, LiveCoverage, LiveOutletCoverage } from '../../messaging';

/** GDELT's documented limit: one request every 5 seconds. */
export const GDELT_INTERVAL_MS = 5_000;
/** How long a result stays fresh, and how many articles' results are kept. */
const CACHE_TTL_MS = 60 * 60_000;
const CACHE_SIZE = 50;
const TIMEOUT_MS = 20_000;
/** Terms sent: GDELT requires every term, so a few strong ones find more than many. */
const MAX_TERMS = 3;

/**
 * The terms of a GDELT query: names first (from the title, then from the evidence sentences),
 * then the title's other keywords. Names are what reports of the same story share; a common
 * word from one headline rarely appears in another outlet's.
 */
export function liveTerms(report: ArticleReport): string[] {
  const keywords = titleKeywords(report.title, report.lang, 6);
  const sentences = report.outlets.flatMap((o) => o.mentions.map((m) => m.sentence));
  const own = report.outlets.flatMap((o) => [
    o.name,
    ...o.mentions.map((m) => m.surface),
    ...o.domains,
  ]);
  const names = findNames(sentences, report.lang, own, MAX_TERMS);
  const ordered = mergeTerms(keywords.filter(isNameLike), names, MAX_TERMS);
  return mergeTerms(
    ordered,
    keywords.filter((k) => !isNameLike(k)),
    MAX_TERMS,
  );
}

export interface LiveLookupDeps {
  fetch: typeof fetch;
  timing?: Timing;
}

const isOnDomain = (host: string, domains: string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Sorts the listed articles under the cited outlet whose domain they are on. */
export function groupByOutlet(
  report: ArticleReport,
  articles: LiveArticle[],
): LiveOutletCoverage[] {
  return report.outlets.map((outlet) => {
    const domains = outlet.domains.map((d) => d.replace(/^www\./, ''));
    return {
      outletId: outlet.id,
      articles: articles.filter((a) => isOnDomain(a.domain.replace(/^www\./, ''), domains)),
    };
  });
}

/**
 * Live related coverage from GDELT, one request per article for all its cited outlets, queued
 * at one request per 5 s and cached per article. The request holds only terms, outlet domains
 * and dates (see `buildGdeltUrl`); `report.url` is used only as the local cache key.
 */
export function createLiveLookup({ fetch: fetchFn, timing = REAL_TIMING }: LiveLookupDeps) {
  const limiter = createRateLimiter(GDELT_INTERVAL_MS, timing);
  const cache = new Map<string, { at: number; value: LiveCoverage }>();
  const pending = new Map<string, Promise<LiveCoverage>>();

  type Fetched =
    { status: 'fetched'; articles: LiveArticle[] } | Extract<LiveCoverage, { status: 'error' }>;

  async function request(url: URL): Promise<Fetched> {
    let body: string;
    try {
      const reply = await fetchFn(url.href, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      body = await reply.text();
      if (reply.status === 429) return { status: 'error', error: 'rate-limited' };
    } catch {
      return { status: 'error', error: 'network' };
    }
    const parsed = parseGdeltReply(body);
    if (!parsed.ok) {
      if (parsed.error === 'rate-limited') limiter.backOff(GDELT_INTERVAL_MS);
      return { status: 'error', error: parsed.error, detail: parsed.detail };
    }
    return { status: 'fetched', articles: parsed.articles };
  }

  async function run(report: ArticleReport, key: string): Promise<LiveCoverage> {
    if (!report.outlets.length) return { status: 'unavailable', reason: 'no-outlets' };
    if (!report.publishedTime) return { status: 'unavailable', reason: 'no-date' };
    const url = buildGdeltUrl({
      terms: liveTerms(report),
      domains: report.outlets.flatMap((o) => o.domains),
      publishedTime: report.publishedTime,
    });
    if (!url) return { status: 'unavailable', reason: 'no-terms' };
    const result = await limiter.schedule(() => request(url));
    if (result.status !== 'fetched') return result;
    const value: LiveCoverage = {
      status: 'done',
      outlets: groupByOutlet(report, result.articles),
      fetchedAt: new Date(timing.now()).toISOString(),
    };
    cache.set(key, { at: timing.now(), value });
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return value;
  }

  return {
    /** Related coverage of the report's cited outlets; errors come back as a status, never thrown. */
    lookup(report: ArticleReport): Promise<LiveCoverage> {
      const key = `${report.url}\n${report.outlets.map((o) => o.id).join(',')}`;
      const hit = cache.get(key);
      if (hit && timing.now() - hit.at < CACHE_TTL_MS) return Promise.resolve(hit.value);
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const promise = run(report, key).finally(() => pending.delete(key));
      pending.set(key, promise);
      return promise;
    },
  };
}

export type LiveLookup = ReturnType<typeof createLiveLookup>;
