import { dateWindow } from '../../related/links';

/** GDELT DOC 2.0 API endpoint (https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/). */
export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';

/** Most articles asked for in one request. */
export const GDELT_MAX_RECORDS = 50;

/** Everything a GDELT request may contain: terms, outlet domains and a date window. Nothing else. */
export interface GdeltQuery {
  terms: string[];
  domains: string[];
  publishedTime: string | null;
}

/**
 * A term in GDELT's query syntax: letters, digits and spaces only (its operators and quotes
 * cannot be smuggled in), at least 3 characters (GDELT refuses shorter keywords), multi-word
 * terms quoted as phrases. Returns null for a term that is nothing once cleaned.
 */
export function formatGdeltTerm(term: string): string | null {
  const clean = term.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (clean.length < 3) return null;
  return clean.includes(' ') ? `"${clean}"` : clean;
}

const gdeltTime = (isoDay: string, end: boolean) =>
  `${isoDay.replace(/-/g, '')}${end ? '235959' : '000000'}`;

/** A valid bare domain, or null (domains come from our catalog, but are checked anyway). */
const cleanDomain = (d: string) => {
  const host = d.toLowerCase().replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
};

/**
 * The ArtList request for the cited outlets' coverage of the story: the terms (all required),
 * one `domainis:` per outlet joined by OR, and the date window around the article. Returns null
 * when the query would be empty or has no date (an undated search would list anything).
 */
export function buildGdeltUrl(query: GdeltQuery): URL | null {
  const terms = query.terms.map(formatGdeltTerm).filter((t): t is string => t !== null);
  const domains = [
    ...new Set(query.domains.map(cleanDomain).filter((d): d is string => d !== null)),
  ];
  const window = dateWindow(query.publishedTime);
  if (!terms.length || !domains.length || !window) return null;
  const sites = domains.map((d) => `domainis:${d}`);
  const siteClause = sites.length === 1 ? sites[0] : `(${sites.join(' OR ')})`;
  const url = new URL(GDELT_ENDPOINT);
  url.searchParams.set('query', `${terms.join(' ')} ${siteClause}`);
  url.searchParams.set('mode', 'ArtList');
  url.searchParams.set('format', 'json');
  url.searchParams.set('maxrecords', String(GDELT_MAX_RECORDS));
  url.searchParams.set('sort', 'HybridRel');
  url.searchParams.set('startdatetime', gdeltTime(window.from, false));
  url.searchParams.set('enddatetime', gdeltTime(window.to, true));
  return url;
}
