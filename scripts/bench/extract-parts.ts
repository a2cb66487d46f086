import { flattenArticle } from '../../utils/extract/flatten';
import { readClone } from '../../utils/extract/extract';
import { findOriginLine } from '../../utils/extract/origin-line';
import { clonePruned } from '../../utils/extract/pruned-clone';
import { repairSegments } from '../../utils/extract/repair';
import { collectTextNodes } from '../../utils/extract/walk';
import { timeMedian } from './stats';

/** Where our share of `extractArticle` goes (ms, medians); diagnostic, not part of `own`. */
export interface ExtractParts {
  /** The pruned copy: cloning, pruning and pairing its text nodes with the live page's. */
  copyMs: number;
  /** Readability's article element → text, block roles and segments. */
  flattenMs: number;
  /** Re-pairing runs whose node Readability copied (a walk of the page when any). */
  repairMs: number;
  /** The "Source: …" line search after the article (a few nodes of the live page). */
  originMs: number;
}

const noop = () => undefined;

/**
 * Times the steps of `extractArticle` other than Readability one by one, by calling the same
 * exported functions on the same inputs (one pruned copy, parsed once).
 */
export function timeExtractParts(doc: Document, reps: number): ExtractParts {
  const copyMs = timeMedian(() => clonePruned(doc), noop, reps);
  const prepared = clonePruned(doc);
  const parsed = readClone(prepared);
  if (!parsed || parsed === 'again') return { copyMs, flattenMs: 0, repairMs: 0, originMs: 0 };
  const map = (n: Text) => prepared.pairs.get(n) ?? null;
  const content = parsed.content!;
  const flattenMs = timeMedian(() => flattenArticle(content, map), noop, reps);
  const flat = flattenArticle(content, map);
  const liveNodes = collectTextNodes(doc);
  // repairSegments fills in the segments it is given: each run gets a fresh copy (untimed).
  const repairMs = timeMedian(
    (segments) => repairSegments(flat.text, segments, () => liveNodes),
    () => flat.segments.map((s) => ({ ...s })),
    reps,
  );
  let last: Text | null = null;
  for (let i = flat.segments.length - 1; i >= 0 && !last; i--) last = flat.segments[i].node;
  const originMs = last ? timeMedian(() => findOriginLine(last), noop, reps) : 0;
  return { copyMs, flattenMs, repairMs, originMs };
}
