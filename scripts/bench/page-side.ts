/**
 * What reading an article costs the page itself on the extension's usual path (read-page.ts
 * `readOffPage`): the content script writes the snapshot of its pruned copy, the background
 * parses it with Readability (not the page's time, so not timed), and the content script maps
 * the reply back to its text nodes. And Readability as its README runs it, for the
 * denominator: `new Readability(document.cloneNode(true)).parse()`, the clone included.
 */
import { Readability } from '@mozilla/readability';
import type { SnapshotReply } from '../../utils/messaging/snapshot';
import { finishExtraction } from '../../utils/extract/extract';
import { fromSnapshot, startSnapshot } from '../../utils/extract/snapshot';
import { readSnapshot } from '../../utils/extract/snapshot-read';
import { loadDocument } from '../cli/load-dom';
import { median } from './stats';

/** The page's share of an off-page read (ms, medians). */
export interface PageSideTimes {
  /** Writing the snapshot (both rounds when Readability asks again), the page's copy. */
  snapshotMs: number;
  /** Mapping the background's article back to the page (`finishExtraction`). */
  mapMs: number;
}

interface Written {
  json: string;
  texts: Text[];
}

function writeSnapshot(doc: Document, withUnlikely: boolean): Written {
  const writer = startSnapshot(doc, withUnlikely);
  while (!writer.step(() => true));
  return { json: writer.json, texts: writer.texts };
}

/** The background's answer to a snapshot, read in an empty document (as its DOMParser's). */
function parseInBackground(json: string, withUnlikely: boolean): SnapshotReply | undefined {
  return readSnapshot({ withUnlikely, ops: json }, loadDocument('<html></html>'));
}

/** One off-page read, the page's steps timed; null when the background finds no article. */
function readOnce(doc: Document): { snapshotMs: number; mapMs: number } | null {
  let snapshotMs = 0;
  for (const withUnlikely of [true, false]) {
    const t0 = performance.now();
    const written = writeSnapshot(doc, withUnlikely);
    snapshotMs += performance.now() - t0;
    const reply = parseInBackground(written.json, withUnlikely);
    if (reply === 'again') continue;
    if (!reply) return null;
    const t1 = performance.now();
    finishExtraction(doc, fromSnapshot(written.texts, reply), reply);
    return { snapshotMs, mapMs: performance.now() - t1 };
  }
  return null;
}

/** Medians over `reps` off-page reads (after one untimed); null when there is no article. */
export function timePageSide(
  doc: Document,
  reps: number,
  beforeRun: () => void,
): PageSideTimes | null {
  if (!readOnce(doc)) return null;
  const runs: { snapshotMs: number; mapMs: number }[] = [];
  for (let i = 0; i < reps; i++) {
    beforeRun();
    const run = readOnce(doc);
    if (run) runs.push(run);
  }
  return {
    snapshotMs: median(runs.map((r) => r.snapshotMs)),
    mapMs: median(runs.map((r) => r.mapMs)),
  };
}

/**
 * Readability as its README runs it, default options: `cloneNode(true)` and `parse()` timed
 * together (median of `reps` after one untimed run).
 */
export function timeDocumentedReadability(
  doc: Document,
  reps: number,
  beforeRun: () => void,
): number {
  const times: number[] = [];
  for (let i = 0; i <= reps; i++) {
    beforeRun();
    const t0 = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}
