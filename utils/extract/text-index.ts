/**
 * A whitespace-collapsed copy of a live subtree's visible text, with a way back from every
 * character to the text node and offset it came from. Used to re-find a quote in the page when
 * the clone-to-live node map cannot place it (the byline Readability lifted out, a node that
 * Readability rewrote, a page that re-rendered since extraction).
 */

export { buildTextIndex, indexTextSteps } from './text-index-build';

export interface TextIndex {
  /** The subtree's text, every whitespace run collapsed to one space. */
  text: string;
  /** The live text nodes, in document order. */
  nodes: Text[];
  /** For each character of `text`: index into `nodes`. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset in that node's data (UTF-16 units). */
  offsetOf: Int32Array;
}

/**
 * Collapses every white-space run (no-break spaces included) to one space, keeping the ends, as
 * `buildTextIndex` does, so lengths line up with the index (utils/core's `normalizeSpace` trims).
 */
export const collapseSpace = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

const lowered = new WeakMap<TextIndex, string>();
function lowerText(index: TextIndex): string {
  let s = lowered.get(index);
  if (s === undefined) lowered.set(index, (s = index.text.toLowerCase()));
  return s;
}

/** Length of the common suffix of `a` and `b` (up to `max` characters). */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
    n++;
  return n;
}

function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** What to look for: the exact quote and a little text on either side of it. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected, as a share (0..1) of the index's text; breaks ties. */
  position?: number;
}

const CONTEXT = 40;
const MAX_CANDIDATES = 500;

/**
 * Finds the occurrence of `selector.exact` in `index` whose surroundings best match its prefix
 * and suffix (white space collapsed on both sides; letter case too when `ignoreCase`). Returns
 * [start, end) in `index.text`, or null when the quote is not there at all.
 */
export function matchQuote(
  index: TextIndex,
  selector: QuoteSelector,
  ignoreCase = false,
): [number, number] | null {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const exact = fold(collapseSpace(selector.exact).trim());
  if (!exact) return null;
  const prefix = fold(collapseSpace(selector.prefix).slice(-CONTEXT));
  const suffix = fold(collapseSpace(selector.suffix).slice(0, CONTEXT));
  const text = ignoreCase ? lowerText(index) : index.text;
  // Lower-casing changed some lengths (rare letters): offsets would no longer line up.
  if (text.length !== index.text.length) return null;
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  let from = 0;
  for (let n = 0; n < MAX_CANDIDATES; n++) {
    const at = text.indexOf(exact, from);
    if (at < 0) break;
    from = at + 1;
    const before = text.slice(Math.max(0, at - CONTEXT), at);
    const after = text.slice(at + exact.length, at + exact.length + CONTEXT);
    // Context agreement dominates; distance from the expected place only breaks ties.
    let score = commonSuffix(before, prefix, CONTEXT) + commonPrefix(after, suffix, CONTEXT);
    if (selector.position !== undefined && text.length) {
      score -= Math.abs(at / text.length - selector.position);
    }
    if (score > bestScore) {
      bestScore = score;
      best = [at, at + exact.length];
    }
  }
  return best;
}

/** Turns [start, end) of `index.text` into a live Range, or null if the nodes left the page. */
export function rangeFromIndex(
  doc: Document,
  index: TextIndex,
  start: number,
  end: number,
): Range | null {
  if (end <= start || end > index.nodeOf.length) return null;
  const a = index.nodes[index.nodeOf[start]];
  const b = index.nodes[index.nodeOf[end - 1]];
  if (!a.isConnected || !b.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(a, index.offsetOf[start]);
    range.setEnd(b, index.offsetOf[end - 1] + 1);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
