import { CREDIT_KINDS, type CreditKind } from '../core/types';
import { isRecord, type PayloadParser, type ProtocolOf } from './wire';

/**
 * Background → content script. The content script checks these with the plain guards below,
 * not a schema library: it runs on every page, and valibot would add about 1.1 KiB gzipped to
 * it (measured when the script was 28.4 KiB). The payload types are inferred from the guards, so the two
 * cannot drift. The background validates the replies (`REPLY_PARSERS`): a content script lives
 * in the page's process and is trusted no more than the page.
 */

/** Largest outlet or mention index a message may name (a report never comes near it). */
export const MAX_REPORT_INDEX = 100_000;

/** A whole number in the range of report indexes. */
export const isReportIndex = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_REPORT_INDEX;

/** What a content script knows of its page before it has sent an article. */
export type PageState = { status: 'loading' | 'not-article' | 'waiting' };

const PAGE_STATUSES = ['loading', 'not-article', 'waiting'] as const;
const isPageStatus = (x: unknown): x is PageState['status'] =>
  PAGE_STATUSES.some((status) => status === x);

/** A list of credit kinds, each known, none twice. */
const isKindList = (x: unknown): x is CreditKind[] =>
  Array.isArray(x) &&
  x.length <= CREDIT_KINDS.length &&
  x.every((k, i) => CREDIT_KINDS.some((kind) => kind === k) && x.indexOf(k) === i);

/** Most outlets a plan may hide (a report never has nearly as many). */
const MAX_HIDDEN = 1_000;

/** Outlet indexes of a report, each at most once. */
const isIndexList = (x: unknown): x is number[] =>
  Array.isArray(x) &&
  x.length <= MAX_HIDDEN &&
  x.every((i, n) => isReportIndex(i) && x.indexOf(i) === n);

/**
 * What a page draws, as the background decides it: the kinds of credit (none while the tab's
 * highlights are off, else those the reader's settings allow on this site) and the outlets the
 * reader said are not citations on this site (by index in the report).
 */
export interface DrawPlan {
  drawKinds: CreditKind[];
  hideOutlets: number[];
}

/** A payload that must be `null` (a message that only names what it asks). */
const isNull: PayloadParser<null> = (x) => (x === null ? null : undefined);

/** Payload parsers; fields beyond the ones named here are dropped. */
export const TO_CONTENT_PARSERS = {
  /** Draw by this plan from now on; see `submitArticle`'s reply. */
  showHighlights: (d: unknown): DrawPlan | undefined =>
    isRecord(d) && isKindList(d.drawKinds) && isIndexList(d.hideOutlets)
      ? { drawKinds: d.drawKinds, hideOutlets: d.hideOutlets }
      : undefined,
  /** Scroll to one credit and open its card. */
  focusAttribution: (d: unknown) =>
    isRecord(d) && isReportIndex(d.outletIndex) && isReportIndex(d.mentionIndex)
      ? { outletIndex: d.outletIndex, mentionIndex: d.mentionIndex }
      : undefined,
  /** Asked when the tab has no state yet; no answer at all means no content script runs. */
  getPageState: isNull,
  /** Reads the article now, however big (the reader asked for it). */
  analyzePage: isNull,
};

interface ToContentReplies {
  showHighlights: null;
  focusAttribution: null;
  getPageState: PageState;
  analyzePage: null;
}

export type BackgroundToContent = ProtocolOf<typeof TO_CONTENT_PARSERS, ToContentReplies>;

/** How the background reads each reply of the content script. */
export const REPLY_PARSERS: {
  [M in keyof BackgroundToContent]: PayloadParser<ToContentReplies[M]>;
} = {
  showHighlights: isNull,
  focusAttribution: isNull,
  getPageState: (x) => (isRecord(x) && isPageStatus(x.status) ? { status: x.status } : undefined),
  analyzePage: isNull,
};
