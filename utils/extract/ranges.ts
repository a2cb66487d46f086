import type { TextSegment } from './flatten';

/** A position inside a live text node. */
interface Point {
  node: Text;
  offset: number;
}

/** Index of the last segment starting at or before `offset` (segments are sorted). */
function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function pointAt(segments: TextSegment[], offset: number, isEnd: boolean): Point | null {
  if (!segments.length) return null;
  let i = segmentAt(segments, isEnd ? offset - 1 : offset);
  // Text we added (line breaks, the byline) has no node: move to the next real run.
  while (i < segments.length && !segments[i].node) {
    if (isEnd) return null;
    i++;
  }
  const seg = segments[i];
  if (!seg?.node) return null;
  const local = Math.max(0, offset - seg.start);
  if (local > seg.node.data.length) return null;
  return { node: seg.node, offset: local };
}

/**
 * Maps [start, end) of the article text to a Range over the live page's text nodes, or null when
 * the span touches text that is not in the page (added line breaks, a detached node) or the
 * page's text changed since extraction.
 */
export function rangeFromOffsets(
  doc: Document,
  segments: TextSegment[],
  start: number,
  end: number,
  expected?: string,
): Range | null {
  const a = pointAt(segments, start, false);
  const b = pointAt(segments, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  if (range.collapsed) return null;
  if (
    expected !== undefined &&
    range.toString().replace(/\s+/g, ' ') !== expected.replace(/\s+/g, ' ')
  ) {
    return null;
  }
  return range;
}
