import { CREDIT_KINDS, type CreditKind } from '../core/types';

/**
 * "My sources": a local tally of the articles a reader opened (opt-in, off by default). Per
 * article it keeps exactly its day, a salted hash of its address (to count it once a day), the
 * publisher's id and the cited outlets' ids and kinds: no address, no title, no text. Pure;
 * store.ts keeps it in storage.local.
 */

/** Current version of the stored tally; bump it with a migration in store.ts. */
export const MY_SOURCES_VERSION = 1;

/** Days kept: the longest summary is 30 days, and older articles are dropped. */
export const KEEP_DAYS = 30;

/** Most articles kept (about 200 bytes each): a very heavy reader's month, then oldest first out. */
export const MAX_ARTICLES = 3_000;

/** Most outlets kept per article (a list-like page could cite hundreds). */
export const MAX_OUTLETS = 50;

/** One article as counted: nothing in it names the page. */
export interface CountedArticle {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Salted SHA-256 of the address, first 16 hex digits (see store.ts). */
  page: string;
  publisher: string | null;
  outlets: { id: string; kinds: CreditKind[] }[];
}

/** The stored tally: a random salt made on this computer, and the counted articles. */
export interface MySourcesData {
  salt: string;
  articles: CountedArticle[];
}

export const EMPTY_MY_SOURCES: Readonly<MySourcesData> = Object.freeze({ salt: '', articles: [] });

/** The local calendar day of `date`, YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` days before `date` (0 is that day itself). */
export function dayBefore(date: Date, days: number): string {
  const d = new Date(date);
  d.setDate(d.getDate() - days);
  return dayOf(d);
}

const ID = /^(?:unlisted:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';

function coerceArticle(x: unknown): CountedArticle | null {
  if (!isRecord(x) || typeof x.day !== 'string' || !DAY.test(x.day)) return null;
  if (typeof x.page !== 'string' || !/^[0-9a-f]{16}$/.test(x.page)) return null;
  const publisher = typeof x.publisher === 'string' && ID.test(x.publisher) ? x.publisher : null;
  const outlets = (Array.isArray(x.outlets) ? x.outlets : [])
    .filter((o): o is { id: string; kinds: unknown } => isRecord(o) && typeof o.id === 'string')
    .filter((o) => ID.test(o.id) && o.id.length <= 120)
    .slice(0, MAX_OUTLETS)
    .map((o) => ({
      id: o.id,
      kinds: (Array.isArray(o.kinds) ? o.kinds : []).filter((k): k is CreditKind =>
        (CREDIT_KINDS as readonly unknown[]).includes(k),
      ),
    }));
  return { day: x.day, page: x.page, publisher, outlets };
}

/**
 * Reads anything stored as the tally: malformed articles are dropped, and only the fields
 * above survive (a stored extra field, such as an address, is never kept or shown).
 */
export function coerceMySources(raw: unknown): MySourcesData {
  if (!isRecord(raw)) return { ...EMPTY_MY_SOURCES, articles: [] };
  const salt = typeof raw.salt === 'string' && /^[0-9a-f]{32,64}$/.test(raw.salt) ? raw.salt : '';
  const articles = (Array.isArray(raw.articles) ? raw.articles : [])
    .map(coerceArticle)
    .filter((a): a is CountedArticle => a !== null)
    .slice(-MAX_ARTICLES);
  return { salt, articles };
}

/**
 * Adds one article, unless the same page was already counted that day (a reload, a re-render);
 * drops articles older than `KEEP_DAYS` and the oldest beyond `MAX_ARTICLES`.
 */
export function addArticle(data: MySourcesData, article: CountedArticle, now: Date): MySourcesData {
  const oldest = dayBefore(now, KEEP_DAYS - 1);
  const kept = data.articles.filter((a) => a.day >= oldest);
  if (kept.some((a) => a.day === article.day && a.page === article.page))
    return { ...data, articles: kept };
  return { ...data, articles: [...kept, article].slice(-MAX_ARTICLES) };
}
