import { Readability } from '@mozilla/readability';
import { flattenArticle } from '../../utils/extract/flatten';
import { findOriginLine } from '../../utils/extract/origin-line';
import { repairSegments } from '../../utils/extract/repair';
import { pairTextNodes } from '../../utils/extract/walk';
import { timeMedian } from './stats';

/** Where our share of `extractArticle` goes (ms, medians); diagnostic, not part of `own`. */
export interface ExtractParts {
  /** Pairing the clone's text nodes with the live page's (a walk of each). */
  pairMs: number;
  /** Readability's article element → text, block roles and segments. */
  flattenMs: number;
  /** Re-pairing runs whose node Readability copied (a walk of the page when any). */
  repairMs: number;
  /** The "Source: …" line search after the article (a walk of the page). */
  originMs: number;
}

// The options extractArticle passes: the serializer hands back the element, no HTML string.
const READER_OPTIONS = { keepClasses: true, serializer: (el: Node) => el as Element };
const noop = () => undefined;

/**
 * Times the steps of `extractArticle` other than Readability one by one, by calling the same
 * exported functions on the same inputs (one clone, parsed once).
 */
export function timeExtractParts(doc: Document, reps: number): ExtractParts {
  const clone = doc.cloneNode(true) as Document;
  const pairMs = timeMedian(() => pairTextNodes(doc, clone), noop, reps);
  const { pairs, liveNodes } = pairTextNodes(doc, clone);
  const content = new Readability<Element>(clone, READER_OPTIONS).parse()?.content;
  if (!content) return { pairMs, flattenMs: 0, repairMs: 0, originMs: 0 };
  const map = (n: Text) => pairs?.get(n) ?? null;
  const flattenMs = timeMedian(() => flattenArticle(content, map), noop, reps);
  const flat = flattenArticle(content, map);
  // repairSegments fills in the segments it is given: each run gets a fresh copy (untimed).
  const repairMs = timeMedian(
    (segments) => repairSegments(flat.text, segments, () => liveNodes),
    () => flat.segments.map((s) => ({ ...s })),
    reps,
  );
  let last: Text | null = null;
  for (let i = flat.segments.length - 1; i >= 0 && !last; i--) last = flat.segments[i].node;
  const originMs = last ? timeMedian(() => findOriginLine(last), noop, reps) : 0;
  return { pairMs, flattenMs, repairMs, originMs };
}
