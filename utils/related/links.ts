import type { ArticleReport, OutletSummary } from '../core/report';
import { findNames, mergeTerms, titleKeywords } from './terms';

/**
 * Related-coverage links for a report: per cited outlet, where to find its original report and
 * its coverage around the article's date; per article, wider coverage of the story. Built from
 * the catalog's `search` templates, else a news search restricted with `site:`. Pure.
 */

/** Days before and after the article's date that a date-window search covers. */
export const WINDOW_DAYS_BEFORE = 3;
export const WINDOW_DAYS_AFTER = 1;

const NEWS_SEARCH = 'https://www.google.com/search';

/** Links for one cited outlet. `window` is null when the article has no usable date. */
export interface OutletLinks {
  outletId: string;
  domain: string | null;
  terms: string[];
  original: string;
  window: string | null;
}

/** Every related-coverage link of one report. */
export interface RelatedLinks {
  terms: string[];
  wider: string;
  outlets: OutletLinks[];
}

/** A date window around an ISO date-time, as YYYY-MM-DD strings; null if the date is unreadable. */
export function dateWindow(
  publishedTime: string | null,
  before = WINDOW_DAYS_BEFORE,
  after = WINDOW_DAYS_AFTER,
): { from: string; to: string } | null {
  if (!publishedTime) return null;
  const time = Date.parse(publishedTime);
  if (Number.isNaN(time)) return null;
  const day = 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(time - before * day), to: iso(time + after * day) };
}

/** Terms as one query string: multi-word names are quoted so they match as phrases. */
export function formatQuery(terms: string[]): string {
  return terms.map((t) => (t.includes(' ') ? `"${t}"` : t)).join(' ');
}

const newsSearch = (q: string) => `${NEWS_SEARCH}?${new URLSearchParams({ tbm: 'nws', q })}`;

/** The outlet's main domain, without "www.". */
export const mainDomain = (outlet: Pick<OutletSummary, 'domains'>): string | null =>
  outlet.domains[0]?.replace(/^www\./, '') ?? null;

/** "Find the original report": the outlet's own site search, else a news search on its domain. */
export function originalReportUrl(
  outlet: Pick<OutletSummary, 'domains' | 'search'>,
  terms: string[],
): string {
  const query = formatQuery(terms);
  if (outlet.search?.includes('{query}'))
    return outlet.search.replace('{query}', encodeURIComponent(query));
  const domain = mainDomain(outlet);
  return newsSearch(domain ? `site:${domain} ${query}` : query);
}

/** A news search on the outlet's domain in the date window; null without a date or domain. */
export function dateWindowUrl(
  outlet: Pick<OutletSummary, 'domains'>,
  terms: string[],
  publishedTime: string | null,
): string | null {
  const window = dateWindow(publishedTime);
  const domain = mainDomain(outlet);
  if (!window || !domain) return null;
  return newsSearch(
    `site:${domain} ${formatQuery(terms)} after:${window.from} before:${window.to}`,
  );
}

/** Wider coverage of the story: the same terms anywhere but the publisher's own site. */
export function widerCoverageUrl(
  terms: string[],
  publishedTime: string | null,
  publisher: Pick<OutletSummary, 'domains'> | null,
): string {
  const parts = [formatQuery(terms)];
  const own = publisher ? mainDomain(publisher) : null;
  if (own) parts.push(`-site:${own}`);
  const window = dateWindow(publishedTime, WINDOW_DAYS_BEFORE, WINDOW_DAYS_BEFORE);
  if (window) parts.push(`after:${window.from} before:${window.to}`);
  return newsSearch(parts.join(' '));
}

/** Lowercase names an outlet goes by in this report, left out of its own query. */
function outletWords(outlet: ArticleReport['outlets'][number]): string[] {
  return [outlet.name, ...outlet.mentions.map((m) => m.surface), ...outlet.domains];
}

/** Terms for one outlet: the title's keywords, then names from its evidence sentences. */
export function outletTerms(
  report: Pick<ArticleReport, 'title' | 'lang'>,
  outlet: ArticleReport['outlets'][number],
): string[] {
  const keywords = titleKeywords(report.title, report.lang, 4);
  const names = findNames(
    outlet.mentions.map((m) => m.sentence),
    report.lang,
    outletWords(outlet),
  );
  return mergeTerms(keywords, names, 6);
}

/** Builds every related-coverage link of a report. */
export function buildRelatedLinks(report: ArticleReport): RelatedLinks {
  const sentences = report.outlets.flatMap((o) => o.mentions.map((m) => m.sentence));
  const exclude = report.outlets.flatMap(outletWords);
  const terms = mergeTerms(
    titleKeywords(report.title, report.lang, 5),
    findNames(sentences, report.lang, exclude),
    6,
  );
  return {
    terms,
    wider: widerCoverageUrl(terms, report.publishedTime, report.publisher),
    outlets: report.outlets.map((outlet) => {
      const outletQuery = outletTerms(report, outlet);
      return {
        outletId: outlet.id,
        domain: mainDomain(outlet),
        terms: outletQuery,
        original: originalReportUrl(outlet, outletQuery),
        window: dateWindowUrl(outlet, outletQuery, report.publishedTime),
      };
    }),
  };
}
