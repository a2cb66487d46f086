/**
 * Plain-JSON results of a live related-coverage lookup (`getRelatedCoverage`), as the popup
 * receives them. The lookup itself lives in utils/background/live-lookup/.
 */

/** One article GDELT lists for a cited outlet. */
export interface LiveArticle {
  title: string;
  /** An http(s) address on the outlet's domain. */
  url: string;
  domain: string;
  /** ISO 8601 date-time GDELT first saw the article, or null if it gave none we could read. */
  date: string | null;
}

/** Live results for one cited outlet. */
export interface LiveOutletCoverage {
  outletId: string;
  articles: LiveArticle[];
}

/** Why a lookup gave no results; the popup turns each into a sentence. */
export type LiveLookupError = 'rate-limited' | 'service-error' | 'network' | 'invalid-reply';

/** What the popup gets for `getRelatedCoverage`. */
export type LiveCoverage =
  | { status: 'off' }
  | { status: 'no-permission' }
  | { status: 'unavailable'; reason: 'no-date' | 'no-terms' | 'no-outlets' }
  | { status: 'error'; error: LiveLookupError; detail?: string }
  | { status: 'done'; outlets: LiveOutletCoverage[]; fetchedAt: string };
