import * as v from 'valibot';
import type { ArticleReport, OutletSummary } from '../core/report';
import { MAX_REPORT_INDEX } from './background-to-content';
import { fromSchema } from './from-schema';
import type { LiveCoverage } from './live-coverage';
import type { ProtocolOf } from './wire';

/**
 * Extension pages (popup, options) → background. Only senders whose address is one of the
 * extension's own pages may use these messages; they name the tab they ask about.
 */

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

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REPORT_INDEX));

/** Payload parsers: a message whose payload fails its parser is refused. */
export const PAGE_PARSERS = {
  /** The tab's report, or why there is none. */
  getTabState: fromSchema(v.object({ tabId: TabId })),
  /** Switch the tab's highlights on or off (forwarded to its content script). */
  setHighlights: fromSchema(v.object({ tabId: TabId, on: v.boolean() })),
  /** Scroll the tab to one credit and open its card (forwarded to its content script). */
  focusAttribution: fromSchema(v.object({ tabId: TabId, outletIndex: Index, mentionIndex: Index })),
  /** Live related coverage (GDELT) of the tab's cited outlets; `off` unless the reader opted in. */
  getRelatedCoverage: fromSchema(v.object({ tabId: TabId })),
  /** Reads a `waiting` tab's article now (the reader opened the popup or the side panel). */
  analyzeTab: fromSchema(v.object({ tabId: TabId })),
  /** Catalog facts of outlets by id (My sources keeps ids only); unknown ids are left out. */
  describeOutlets: fromSchema(
    v.object({ ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(5_000)) }),
  ),
};

/** What a successful reply carries, per message. */
interface PageReplies {
  getTabState: TabState;
  setHighlights: null;
  focusAttribution: null;
  getRelatedCoverage: LiveCoverage;
  analyzeTab: null;
  describeOutlets: OutletSummary[];
}

export type PageToBackground = ProtocolOf<typeof PAGE_PARSERS, PageReplies>;
