import type { TextSegment } from './flatten';

/** How far ahead of the last paired node to look for a run's twin (bounds the cost). */
const LOOKAHEAD = 4_000;

/**
 * Re-pairs article runs that have no live node with the live text node holding the very same
 * text, in document order. Needed because Readability, when its first pass finds too little,
 * rebuilds the page from `innerHTML` and retries: its output nodes are then copies the clone map
 * has never seen, although their text and order are the page's. Whitespace-only runs are left
 * alone (a span never starts or ends in them). `liveNodes` gives the page's text nodes in order
 * (asked for only when something needs repair). Mutates `segments`; returns how many it paired.
 */
export function repairSegments(
  text: string,
  segments: TextSegment[],
  liveNodes: () => Text[],
): number {
  if (!segments.some((s, i) => !s.node && !isBlank(runText(text, segments, i)))) return 0;
  const nodes = liveNodes();
  const position = new Map<Text, number>();
  nodes.forEach((n, i) => position.set(n, i));
  let cursor = 0;
  let repaired = 0;
  segments.forEach((seg, i) => {
    if (seg.node) {
      cursor = (position.get(seg.node) ?? cursor - 1) + 1;
      return;
    }
    const data = runText(text, segments, i);
    if (isBlank(data)) return;
    const end = Math.min(nodes.length, cursor + LOOKAHEAD);
    for (let j = cursor; j < end; j++) {
      if (nodes[j].data !== data) continue;
      seg.node = nodes[j];
      cursor = j + 1;
      repaired++;
      return;
    }
  });
  return repaired;
}

const isBlank = (s: string) => !/\S/.test(s);

function runText(text: string, segments: TextSegment[], i: number): string {
  return text.slice(
    segments[i].start,
    i + 1 < segments.length ? segments[i + 1].start : text.length,
  );
}
