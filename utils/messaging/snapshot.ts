import * as v from 'valibot';
import type { TextBlock } from '../core/types';
import { fromSchema } from './from-schema';

/**
 * Parsing off the page (utils/extract/snapshot.ts, snapshot-read.ts): the content script sends
 * a plain snapshot of its pruned copy; the background (Firefox) or its offscreen document
 * (Chrome) reads it with the same Readability and answers the article text and, per run of it,
 * the number of the snapshot's text node it came from.
 */

/** Longest snapshot accepted (UTF-16 units of its JSON text); bigger pages wait for the reader. */
export const MAX_SNAPSHOT = 3_900_000;

/**
 * A snapshot: `ops` is the JSON text of a flat list of operations in document order (see
 * snapshot.ts); `withUnlikely` says the copy left out Readability's unlikely candidates.
 */
export const SnapshotSchema = v.object({
  withUnlikely: v.boolean(),
  ops: v.pipe(v.string(), v.maxLength(MAX_SNAPSHOT)),
});
export type SnapshotPayload = v.InferOutput<typeof SnapshotSchema>;
export const parseSnapshotPayload = fromSchema(SnapshotSchema);

/** Readability's article on a snapshot, with the way back to the snapshot's text nodes. */
export interface OffPageArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** The article flattened (utils/extract/flatten.ts), block breaks as '\n'. */
  text: string;
  blocks: TextBlock[];
  /** Pairs of numbers: a run's start in `text`, then its text node's number (-1: none). */
  runs: number[];
}

/** No article; 'again' to send a copy that keeps the unlikely candidates (see readDocument). */
export type SnapshotReply = OffPageArticle | 'again' | null;

/** The background's request to its offscreen document (Chrome), which nothing else sends. */
export const OFFSCREEN_PARSE = 'offscreen:parseSnapshot';
