import type { OffPageArticle } from '../messaging/snapshot';
import type { FlatText, TextSegment } from './flatten';
import { startPrunedWalk, type CloneStats } from './pruned-clone';

/**
 * A plain snapshot of the page's pruned copy (pruned-clone.ts), which Readability reads in an
 * inert document of its own (snapshot-read.ts): off the page in the background, or in the page.
 * It is the JSON text of a flat list of operations in document order, so no nesting limit
 * applies and it crosses to the background as one string (cheap to send):
 *
 * - `1, localName, n, name₁, value₁ … nameₙ, valueₙ`: opens an HTML element (it becomes the
 *   parent of what follows); `2, namespace, qualifiedName, n, …` one in another namespace;
 * - `0`: closes the open element;
 * - `3, data`: a text node, numbered 0, 1, 2… in this order;
 * - `8, data`: a comment (it ends a run of inline content for Readability).
 */
export const Op = { Close: 0, Open: 1, OpenNs: 2, Text: 3, Comment: 8 } as const;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Writes the snapshot in steps; `step` returns true once it is complete. */
export interface SnapshotWriter {
  step(hasTime: () => boolean): boolean;
  /** The JSON text (once complete). */
  readonly json: string;
  /** The page's text node behind each number. */
  readonly texts: Text[];
  /** What was copied (pruned-clone.ts `CloneStats`). */
  readonly stats: CloneStats;
}

/**
 * Writes `el`'s attributes: their count, then each name and value. Read by name, not through
 * `el.attributes`, whose iteration makes an `Attr` node and a wrapper for every attribute of
 * the page, garbage the walk then collects (in Chromium 156, 5.2 ms instead of 9.0 to write a
 * 2,155-element page this way, measured in the page). `getAttribute` lowercases its argument
 * on HTML elements, so a name a script gave capitals (`setAttributeNS`) is not found by name:
 * such an element's list is read whole. Two attributes with one name in different namespaces
 * (only a script makes them) both carry the first's value here; the reader keeps one anyway.
 */
function writeAttributes(el: Element, out: unknown[]): void {
  const names = el.getAttributeNames();
  const start = out.length;
  out.push(names.length);
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value === null) {
      out.length = start;
      out.push(el.attributes.length);
      for (const a of el.attributes) out.push(a.name, a.value);
      return;
    }
    out.push(name, value);
  }
}

/**
 * Starts the snapshot of `live`'s pruned copy, written straight from the page: each step's
 * operations are turned into JSON text before the step ends, so nothing is left to serialize
 * in one go.
 */
export function startSnapshot(live: Document, withUnlikely: boolean): SnapshotWriter {
  let chunks: string[];
  let texts: Text[];
  let out: unknown[];
  const walk = startPrunedWalk(live, withUnlikely, {
    reset() {
      chunks = [];
      texts = [];
      out = [];
    },
    text(node) {
      out.push(Op.Text, node.data);
      texts.push(node);
    },
    comment(node) {
      out.push(Op.Comment, node.data);
    },
    element(el, enter) {
      if (el.namespaceURI === HTML_NS) out.push(Op.Open, el.localName);
      else out.push(Op.OpenNs, el.namespaceURI ?? '', el.tagName);
      writeAttributes(el, out);
      if (!enter) out.push(Op.Close);
    },
    close() {
      out.push(Op.Close);
    },
  });
  return {
    get json() {
      return `[${chunks.join(',')}]`;
    },
    get texts() {
      return texts;
    },
    get stats() {
      return walk.stats;
    },
    step(hasTime) {
      const done = walk.step(hasTime);
      // `out` belongs to this step unless the walk started over within it.
      if (out.length) chunks.push(JSON.stringify(out).slice(1, -1));
      out = [];
      return done;
    },
  };
}

/**
 * The article Readability found in a snapshot, mapped back to the page's text nodes by their
 * numbers (`texts` from the writer): the `FlatText` the in-page path would have flattened.
 */
export function fromSnapshot(texts: Text[], a: OffPageArticle): FlatText {
  const segments: TextSegment[] = [];
  for (let i = 0; i < a.runs.length; i += 2)
    segments.push({ start: a.runs[i], node: texts[a.runs[i + 1]] ?? null });
  return { text: a.text, segments, blocks: a.blocks };
}
