import { rangeFromOffsets } from './ranges';
import type { TextSegment } from './flatten';
import { drain, indexTextSteps, type Steps } from './text-index-build';
import { collapseSpace, matchQuote, rangeFromIndex, type TextIndex } from './text-index';

/** A span of the article text to find in the live page (UTF-16 offsets, end exclusive). */
export interface AnchorTarget {
  start: number;
  end: number;
}

/** How a span was placed: through the clone-to-live node map, or by re-finding its quote. */
export type AnchorMethod = 'map' | 'quote';

export interface Anchor {
  range: Range;
  method: AnchorMethod;
}

/** The article text and its node map, as `extractArticle` returns them. */
export interface AnchorSource {
  text: string;
  segments: TextSegment[];
}

const CONTEXT = 40;

/** The closest element holding both nodes (the live article's root, when given its ends). */
export function commonAncestor(a: Node, b: Node): Element | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) {
    if (seen.has(n)) return n.nodeType === 1 ? (n as Element) : n.parentElement;
  }
  return null;
}

/** The live element that holds every mapped run of the article (null if nothing is mapped). */
export function findLiveRoot(segments: TextSegment[]): Element | null {
  let first: Text | null = null;
  let last: Text | null = null;
  for (const s of segments) {
    // White space between blocks may come from a wrapper far above the article: skip it.
    if (!s.node?.isConnected || !/\S/.test(s.node.data)) continue;
    first ??= s.node;
    last = s.node;
  }
  return first && last ? commonAncestor(first, last) : null;
}

/**
 * Places one span of the article text in the live page. First through the node map (exact by
 * construction, and checked against the text); when that fails (text with no live node, such as
 * the byline Readability lifted out, or a page changed since), by finding the same words with
 * the same context in the page's text. `getIndex` builds that index lazily, once per pass, in
 * steps (see `indexTextSteps`). Returns null when the words are not in the page.
 */
export function* anchorSpan(
  doc: Document,
  source: AnchorSource,
  target: AnchorTarget,
  getIndex: () => Steps<TextIndex>,
): Steps<Anchor | null> {
  const exact = source.text.slice(target.start, target.end);
  const mapped = rangeFromOffsets(doc, source.segments, target.start, target.end, exact);
  if (mapped) return { range: mapped, method: 'map' };
  // Search for the whole line the span sits in (a byline: "By Jane Roe, Associated Press"),
  // then take the span inside it: a lone "AP" would match any photo credit on the page.
  const line = trimmedLineAround(source.text, target.start, target.end);
  const index = yield* getIndex();
  for (const from of wordStarts(source.text, line.start, target.start)) {
    const anchor = anchorInLine(doc, source, { start: from, end: line.end }, target, index);
    if (anchor) return anchor;
  }
  return null;
}

/** Where to start the searched line: its start, then after each of its first words (bylines
 * from metadata carry a "By" the page may not show). */
function wordStarts(text: string, lineStart: number, spanStart: number): number[] {
  const starts = [lineStart];
  const re = /\s+/g;
  re.lastIndex = lineStart;
  for (
    let m = re.exec(text);
    m && starts.length < 4 && m.index + m[0].length <= spanStart;
    m = re.exec(text)
  ) {
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Finds `line` in the page (exactly, then ignoring case) and returns `target` inside it. */
function anchorInLine(
  doc: Document,
  source: AnchorSource,
  line: AnchorTarget,
  target: AnchorTarget,
  index: TextIndex,
): Anchor | null {
  const exact = source.text.slice(target.start, target.end);
  const selector = {
    exact: source.text.slice(line.start, line.end),
    prefix: source.text.slice(Math.max(0, line.start - CONTEXT), line.start),
    suffix: source.text.slice(line.end, line.end + CONTEXT),
    position: source.text.length ? line.start / source.text.length : undefined,
  };
  const found = matchQuote(index, selector) ?? matchQuote(index, selector, true);
  if (!found) return null;
  const from = found[0] + collapsedLength(source.text.slice(line.start, target.start), true);
  const to = from + collapsedLength(exact, false);
  const range = rangeFromIndex(doc, index, from, to);
  const want = collapseSpace(exact).trim().toLowerCase();
  if (!range || collapseSpace(range.toString()).trim().toLowerCase() !== want) return null;
  return { range, method: 'quote' };
}

/**
 * The line (between '\n's, white space trimmed) holding [start, end); the span itself if it
 * crosses lines. utils/core's `lineAround` keeps the whole line untrimmed, crossing or not.
 */
function trimmedLineAround(text: string, start: number, end: number): AnchorTarget {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start);
  const le = nl < 0 ? text.length : nl;
  if (le < end) return { start, end };
  let s = ls;
  let e = le;
  while (s < start && /\s/.test(text[s])) s++;
  while (e > end && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Length of `s` once white space is collapsed as in the text index (`lead`: s starts a line). */
function collapsedLength(s: string, lead: boolean): number {
  const c = collapseSpace(s);
  return lead ? c.length : c.trim().length;
}

/** Two levels above the article's live root: where a lifted byline or dateline usually sits. */
function neighbourhood(source: AnchorSource): Element | null {
  const root = findLiveRoot(source.segments);
  return root?.parentElement?.parentElement ?? root?.parentElement ?? root;
}

/** Text indexes already built for a page, by root: reused across calls on the same page. */
export type IndexCache = Map<Node, TextIndex>;

/**
 * Places every span (see `anchorSpan`). The quote search looks around the article first and
 * in the whole body only for what it did not find there, so a big page's text is indexed only
 * when needed; each index is built at most once per `indexes` cache (callers placing spans in
 * several passes pass the same one). `roots` overrides where to search, in order. Pauses after
 * each span and while building an index, so a caller can spread the work over slices.
 */
export function* anchorSpanSteps(
  doc: Document,
  source: AnchorSource,
  targets: AnchorTarget[],
  roots: (Node | null)[] = [neighbourhood(source), doc.body],
  indexes: IndexCache = new Map(),
): Steps<(Anchor | null)[]> {
  const places = [...new Set(roots.filter((r): r is Node => r !== null))];
  if (!places.length) places.push(doc.documentElement);
  const indexOf = (root: Node) =>
    function* (): Steps<TextIndex> {
      let index = indexes.get(root);
      if (!index) indexes.set(root, (index = yield* indexTextSteps(root)));
      return index;
    };
  const anchors: (Anchor | null)[] = [];
  for (const t of targets) {
    let found: Anchor | null = null;
    for (const root of places) {
      found = yield* anchorSpan(doc, source, t, indexOf(root));
      if (found) break;
    }
    anchors.push(found);
    yield;
  }
  return anchors;
}

/** Places every span at once (see `anchorSpanSteps`). */
export function anchorSpans(
  doc: Document,
  source: AnchorSource,
  targets: AnchorTarget[],
  roots?: (Node | null)[],
  indexes?: IndexCache,
): (Anchor | null)[] {
  return drain(anchorSpanSteps(doc, source, targets, roots, indexes));
}
