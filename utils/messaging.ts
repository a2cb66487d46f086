import * as v from 'valibot';
import { CREDIT_KINDS } from './core/types';
import type { ArticleReport } from './core/report';
import type { LiveCoverage } from './background/live-lookup/types';

/**
 * The only place messages between SourceLens's contexts are defined. Each direction has a
 * protocol map (request payload → response) and a valibot schema per request, so the receiver
 * validates before it trusts anything. Payloads are plain JSON.
 */

/** Upper bound on the article text a content script may send (UTF-16 units). */
export const MAX_TEXT_LENGTH = 3_000_000;
const MAX_META = 2_000;
const MAX_BLOCKS = 20_000;
const MAX_URL = 8_192;

/**
 * Upper bound on a whole message, in UTF-16 units of strings and keys (numbers count 8). Checked
 * before the schemas run, so a page cannot make the background walk a giant array or object;
 * the largest valid article (3 M of text, 20,000 blocks, metadata) stays under it.
 */
export const MAX_MESSAGE_SIZE = 4_000_000;

/**
 * True when `value` is larger than `limit` by the measure of `MAX_MESSAGE_SIZE`, or nested
 * deeper than 32 levels. Stops as soon as the limit is passed, so it costs O(limit) at most.
 */
export function exceedsSize(value: unknown, limit: number): boolean {
  let size = 0;
  const visit = (x: unknown, depth: number): boolean => {
    if (depth > 32) return true;
    if (typeof x === 'string') size += x.length + 2;
    else if (x === null || typeof x !== 'object') size += 8;
    else if (Array.isArray(x)) {
      // Indexed, so a giant array is left as soon as the limit is passed (for…in lists all keys first).
      for (let i = 0; i < x.length; i++) {
        size += 1;
        if (size > limit || visit(x[i], depth + 1)) return true;
      }
    } else {
      // Keys count too: an object with a million empty entries is still a million entries.
      for (const k of Object.keys(x)) {
        size += k.length + 2;
        if (size > limit || visit((x as Record<string, unknown>)[k], depth + 1)) return true;
      }
    }
    return size > limit;
  };
  return visit(value, 0);
}

const ShortText = v.pipe(v.string(), v.maxLength(MAX_META));
const NullableShort = v.nullable(ShortText);

export const ArticlePayloadSchema = v.pipe(
  v.object({
    url: v.pipe(v.string(), v.maxLength(MAX_URL)),
    canonicalUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL)))),
    title: ShortText,
    byline: NullableShort,
    siteName: NullableShort,
    lang: v.nullable(v.pipe(v.string(), v.maxLength(35))),
    publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(100))),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
    blocks: v.optional(
      v.pipe(
        v.array(
          v.object({
            start: v.pipe(v.number(), v.integer(), v.minValue(0)),
            end: v.pipe(v.number(), v.integer(), v.minValue(0)),
            role: v.picklist(['caption', 'byline', 'heading', 'quote']),
          }),
        ),
        v.maxLength(MAX_BLOCKS),
      ),
    ),
  }),
  // Blocks are regions of this text: one that ends past it or before it starts is a lie.
  v.check(
    (a) => (a.blocks ?? []).every((b) => b.start <= b.end && b.end <= a.text.length),
    'Blocks must lie inside the text',
  ),
);
export type ArticlePayload = v.InferOutput<typeof ArticlePayloadSchema>;

/**
 * Cuts an extracted article down to the limits `ArticlePayloadSchema` accepts, so a huge page
 * (10 MB of text, a 5,000-character title) is annotated in part instead of refused outright.
 * Keeps a prefix of the text, so every offset into it stays valid; drops blocks past its end.
 */
export function fitArticlePayload(a: ArticlePayload): ArticlePayload {
  const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
  const cutOrNull = (s: string | null | undefined, max: number) => (s == null ? null : cut(s, max));
  const text = cut(a.text, MAX_TEXT_LENGTH);
  const blocks = a.blocks
    ?.filter((b) => b.start <= b.end && b.start < text.length)
    .map((b) => ({ ...b, end: Math.min(b.end, text.length) }))
    .slice(0, MAX_BLOCKS);
  return {
    url: cut(a.url, MAX_URL),
    canonicalUrl: cutOrNull(a.canonicalUrl, MAX_URL),
    title: cut(a.title, MAX_META),
    byline: cutOrNull(a.byline, MAX_META),
    siteName: cutOrNull(a.siteName, MAX_META),
    lang: cutOrNull(a.lang, 35),
    publishedTime: cutOrNull(a.publishedTime, 100),
    text,
    ...(blocks ? { blocks } : {}),
  };
}

/** One highlight the content script should draw: a credit's name and cue in the article text. */
export interface HighlightSpec {
  /** Position in the report: outlet index and mention index, for focus requests. */
  outletIndex: number;
  mentionIndex: number;
  outletId: string;
  outletName: string;
  outletType: string;
  country: string;
  kind: (typeof CREDIT_KINDS)[number];
  sentence: string;
  /** The outlet's name, in article-text offsets. */
  start: number;
  end: number;
  /** The cue and name together ("According to AP"), in article-text offsets. */
  cueStart: number;
  cueEnd: number;
  /** A news search for the outlet's coverage of this story (see utils/related), or null. */
  relatedUrl: string | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the popup can show for a tab. */
export type TabState =
  | { status: 'loading' }
  | { status: 'not-article'; url?: string }
  /** An article too big to read on load without freezing the page: it waits for the reader. */
  | { status: 'waiting' }
  /** The waiting article is being read, at the reader's request (`analyzeTab`). */
  | { status: 'analyzing' }
  | { status: 'unsupported' }
  /** The tab finished loading and no content script answers: a browser page, a store, or a tab opened before install. */
  | { status: 'not-running' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: ArticleReport; highlightsOn: boolean };

/** Content script → background. */
export interface ContentToBackground {
  submitArticle(
    article: ArticlePayload,
  ): Result<{ highlights: HighlightSpec[]; highlightsOn: boolean }>;
  reportPageState(
    state: { status: 'not-article' } | { status: 'waiting' } | { status: 'error'; message: string },
  ): Result<null>;
}

/** What a content script knows of its page before it has sent an article. */
export type PageState = { status: 'loading' | 'not-article' | 'waiting' };

/** Extension pages (popup, options) → background. */
export interface PageToBackground {
  getTabState(query: { tabId: number }): Result<TabState>;
  setHighlights(query: { tabId: number; on: boolean }): Result<null>;
  focusAttribution(query: {
    tabId: number;
    outletIndex: number;
    mentionIndex: number;
  }): Result<null>;
  /** Live related coverage (GDELT) of the tab's cited outlets; `off` unless the reader opted in. */
  getRelatedCoverage(query: { tabId: number }): Result<LiveCoverage>;
  /** Reads a `waiting` tab's article now (the reader opened the popup or the side panel). */
  analyzeTab(query: { tabId: number }): Result<null>;
}

/** Background → content script. */
export interface BackgroundToContent {
  showHighlights(query: { on: boolean }): Result<null>;
  focusAttribution(query: { outletIndex: number; mentionIndex: number }): Result<null>;
  /** Asked when the tab has no state yet; no answer at all means no content script runs. */
  getPageState(query: null): Result<PageState>;
  /** Reads the article now, however big (the reader asked for it). */
  analyzePage(query: null): Result<null>;
}

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

/** Request schemas, one per message; a message whose payload fails its schema is refused. */
export const CONTENT_SCHEMAS = {
  submitArticle: ArticlePayloadSchema,
  reportPageState: v.union([
    v.object({ status: v.literal('not-article') }),
    v.object({ status: v.literal('waiting') }),
    v.object({ status: v.literal('error'), message: ShortText }),
  ]),
} satisfies { [K in keyof ContentToBackground]: v.GenericSchema };

export const PAGE_SCHEMAS = {
  getTabState: v.object({ tabId: TabId }),
  setHighlights: v.object({ tabId: TabId, on: v.boolean() }),
  focusAttribution: v.object({ tabId: TabId, outletIndex: Index, mentionIndex: Index }),
  getRelatedCoverage: v.object({ tabId: TabId }),
  analyzeTab: v.object({ tabId: TabId }),
} satisfies { [K in keyof PageToBackground]: v.GenericSchema };

/** A whole number in the range of report indexes. */
const isIndex = (x: unknown): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;

/**
 * Checks a background → content message. Written by hand rather than with the schema library:
 * the content script runs on every page, so its bundle stays small. Never throws.
 */
export function parseToContent(
  raw: unknown,
):
  | { ok: true; type: 'showHighlights'; data: { on: boolean } }
  | { ok: true; type: 'focusAttribution'; data: { outletIndex: number; mentionIndex: number } }
  | { ok: true; type: 'getPageState' | 'analyzePage'; data: null }
  | { ok: false; error: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'Malformed message' };
  const { type, data } = raw as Partial<Envelope>;
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (type === 'showHighlights') {
    return typeof d.on === 'boolean'
      ? { ok: true, type, data: { on: d.on } }
      : { ok: false, error: 'Invalid showHighlights payload' };
  }
  if (type === 'focusAttribution') {
    return isIndex(d.outletIndex) && isIndex(d.mentionIndex)
      ? { ok: true, type, data: { outletIndex: d.outletIndex, mentionIndex: d.mentionIndex } }
      : { ok: false, error: 'Invalid focusAttribution payload' };
  }
  if (type === 'getPageState' || type === 'analyzePage') return { ok: true, type, data: null };
  return { ok: false, error: 'Unknown message type' };
}

/** The wire format: `{ type, data }`. */
export interface Envelope<M = string> {
  type: M;
  data: unknown;
}

/** The payload type of message `M` in protocol `P`. */
export type Payload<P, M extends keyof P> = P[M] extends (arg: infer A) => unknown ? A : never;
/** The reply type of message `M` in protocol `P`. */
export type Reply<P, M extends keyof P> = P[M] extends (arg: never) => infer R ? R : never;

/** A typed send function for one protocol, given the transport. */
export function makeSender<P extends object>(
  transport: (envelope: Envelope) => Promise<unknown>,
): <M extends keyof P & string>(type: M, data: Payload<P, M>) => Promise<Reply<P, M>> {
  return async <M extends keyof P & string>(type: M, data: Payload<P, M>): Promise<Reply<P, M>> => {
    try {
      const reply = await transport({ type, data });
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Reply<P, M>;
      return { ok: false, error: 'No answer' } as Reply<P, M>;
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) } as Reply<P, M>;
    }
  };
}

/**
 * Validates an incoming envelope against `schemas`. Returns the typed message, or an error
 * string saying what was wrong (unknown type, bad payload). Never throws.
 */
export function parseEnvelope<S extends Record<string, v.GenericSchema>>(
  schemas: S,
  raw: unknown,
): { ok: true; type: keyof S & string; data: unknown } | { ok: false; error: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, error: 'Malformed message' };
  if (exceedsSize(raw, MAX_MESSAGE_SIZE)) return { ok: false, error: 'Message too large' };
  const { type, data } = raw as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(schemas, type)) {
    return { ok: false, error: 'Unknown message type' };
  }
  const result = v.safeParse(schemas[type], data);
  if (!result.success) return { ok: false, error: `Invalid ${type} payload` };
  return { ok: true, type, data: result.output };
}
