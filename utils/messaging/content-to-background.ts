import * as v from 'valibot';
import type { CreditKind } from '../core/types';
import { ArticlePayloadSchema, ShortText } from './article';
import { fromSchema } from './from-schema';
import { parseSnapshotPayload, type SnapshotReply } from './snapshot';
import type { DrawPlan } from './background-to-content';
import type { ProtocolOf } from './wire';

/**
 * Content script → background. The sender is a page's world as far as trust goes: every payload
 * is checked by a valibot schema (after the size cap), and the tab and page address come from
 * the browser's `sender`, never from the payload.
 */

/** One highlight the content script should draw: a credit's name and cue in the article text. */
export interface HighlightSpec {
  /** Position in the report: outlet index and mention index, for focus requests. */
  outletIndex: number;
  mentionIndex: number;
  outletId: string;
  outletName: string;
  /** The hover card's facts line in the reader's language ("News agency · United States"). */
  facts: string;
  kind: CreditKind;
  /** The kind, in the reader's language ("Photo credit"). */
  kindLabel: string;
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

/** Payload parsers: a message whose payload fails its parser is refused. */
export const CONTENT_PARSERS = {
  /** The extracted article, to be annotated. */
  submitArticle: fromSchema(ArticlePayloadSchema),
  /** A snapshot of the page's pruned copy, for Readability off the page (snapshot.ts). */
  parseSnapshot: parseSnapshotPayload,
  /**
   * The gate found an article: inject the article script into the sender's tab and frame
   * (utils/background/inject.ts); 'reader': the article script needs Readability in the page
   * (the in-page fallback). Where comes from the browser's sender, not from here.
   */
  loadArticleCode: fromSchema(v.nullable(v.literal('reader'))),
  /** The page is not an article, waits for the reader (too big to read on load), or failed. */
  reportPageState: fromSchema(
    v.union([
      v.object({ status: v.literal('not-article') }),
      v.object({ status: v.literal('waiting') }),
      v.object({ status: v.literal('error'), message: ShortText }),
    ]),
  ),
};

/** What a successful reply carries, per message. */
interface ContentReplies {
  /**
   * Every credit's spec, and what to draw of them now (the background decides, so the content
   * script reads no settings or corrections).
   */
  submitArticle: { highlights: HighlightSpec[]; plan: DrawPlan };
  reportPageState: null;
  loadArticleCode: null;
  parseSnapshot: SnapshotReply;
}

export type ContentToBackground = ProtocolOf<typeof CONTENT_PARSERS, ContentReplies>;
