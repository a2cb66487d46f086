/**
 * Times SourceLens's own work on a page the way the content script does it, in any DOM: Node
 * (linkedom) for the per-page table and the page's main world in Chromium (bundled by
 * in-page-entry.ts). No Node or browser APIs beyond the DOM and `performance.now()`.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { buildReport, type ArticleReport, type CatalogIndex } from '../../utils/core/report';
import { toHighlightSpecs } from '../../utils/background/highlights';
import { anchorSpans } from '../../utils/extract/anchor';
import { extractArticle, readClone, type Extraction } from '../../utils/extract/extract';
import { clonePruned } from '../../utils/extract/pruned-clone';
import { median } from './stats';

/** One run of `extractArticle`, split into Readability's part and ours (ms). */
export interface ExtractSplit {
  totalMs: number;
  /** `document.cloneNode(true)` plus `Readability.parse()`, as called inside extractArticle. */
  readabilityMs: number;
  /** Everything else: pairing clone and live nodes, flattening, repairs, origin line, metadata. */
  ownMs: number;
}

/**
 * Runs the real `extractArticle` once while timing the clone and Readability's parse inside
 * it, so Readability's share and ours come from the same run (no cross-run noise).
 */
export function splitExtraction(doc: Document): {
  split: ExtractSplit;
  extraction: Extraction | null;
} {
  let inside = 0;
  const proto = Readability.prototype as { parse: (...a: unknown[]) => unknown };
  const parse = proto.parse;
  const clone = doc.cloneNode;
  proto.parse = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    try {
      return parse.apply(this, args);
    } finally {
      inside += performance.now() - t0;
    }
  };
  // An own property shadows the prototype's method on this document only.
  doc.cloneNode = function (this: Document, deep?: boolean) {
    const t0 = performance.now();
    const copy = clone.call(this, deep);
    inside += performance.now() - t0;
    return copy;
  };
  const t0 = performance.now();
  try {
    const extraction = extractArticle(doc);
    const totalMs = performance.now() - t0;
    return { split: { totalMs, readabilityMs: inside, ownMs: totalMs - inside }, extraction };
  } finally {
    proto.parse = parse;
    delete (doc as Partial<Document>).cloneNode;
  }
}

/**
 * Medians over `reps` runs (after one warm-up) of each part of the extraction; `beforeRun` is
 * called untimed before each (Node passes a young-generation GC).
 */
export function timeExtraction(
  doc: Document,
  reps: number,
  beforeRun: () => void = () => undefined,
): { split: ExtractSplit; extraction: Extraction | null } {
  const first = splitExtraction(doc);
  if (!first.extraction) return first;
  const runs = Array.from({ length: reps }, () => {
    beforeRun();
    return splitExtraction(doc).split;
  });
  const m = (k: keyof ExtractSplit) => median(runs.map((r) => r[k]));
  return {
    split: { totalMs: m('totalMs'), readabilityMs: m('readabilityMs'), ownMs: m('ownMs') },
    extraction: first.extraction,
  };
}

function medianTime(reps: number, run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The gate's time and verdict on `doc`. */
export function timeGate(doc: Document, reps: number): { readerable: boolean; gateMs: number } {
  return {
    readerable: isProbablyReaderable(doc),
    gateMs: medianTime(reps, () => isProbablyReaderable(doc)),
  };
}

/**
 * Places the report's highlights in `doc` as the content script does: the cue-wide spans
 * first, then the outlet names of those that failed. Returns how many were placed.
 */
export function anchorReport(doc: Document, extraction: Extraction, report: ArticleReport): number {
  const specs = toHighlightSpecs(report);
  const source = { text: extraction.article.text, segments: extraction.segments };
  const cues = anchorSpans(
    doc,
    source,
    specs.map((s) => ({ start: s.cueStart, end: s.cueEnd })),
  );
  const missing = specs.filter((_, i) => !cues[i]).map((s) => ({ start: s.start, end: s.end }));
  const names = missing.length ? anchorSpans(doc, source, missing) : [];
  return cues.filter(Boolean).length + names.filter(Boolean).length;
}

/**
 * Detection + matching (`buildReport`) and anchoring times for one extracted article;
 * `anchorDoc` is the page's document (or, in Node, its stand-in from range-shim.ts).
 */
export function timeReportAndAnchors(
  anchorDoc: Document,
  extraction: Extraction,
  index: CatalogIndex,
  reps: number,
) {
  const report = buildReport(extraction.article, index);
  const reportMs = medianTime(reps, () => buildReport(extraction.article, index));
  const anchorMs = medianTime(reps, () => anchorReport(anchorDoc, extraction, report));
  return {
    report,
    reportMs,
    anchorMs,
    highlights: toHighlightSpecs(report).length,
    anchored: anchorReport(anchorDoc, extraction, report),
  };
}

/** What pruning the copy (utils/extract/prune.ts) changes for Readability on one page. */
export interface PruningEffect {
  /** A bare Readability's parse of a whole copy (`cloneNode(true)`, not timed), ms. */
  wholeParseMs: number;
  /** Readability's parse of the pruned copy (the copy not timed), ms. */
  prunedParseMs: number;
  /** Elements in the page and in the pruned copy. */
  elements: number;
  prunedElements: number;
  /** The article (text, metadata, links to the live nodes' text) is the same both ways. */
  sameArticle: boolean;
}

/**
 * Times a bare Readability (default options, as a page without SourceLens would run it) on a
 * whole copy of `doc` against SourceLens's `readClone` on the pruned copy, and compares the
 * articles SourceLens finds with and without pruning.
 */
export function timePruning(doc: Document, reps: number, beforeRun: () => void): PruningEffect {
  const timeParse = (copy: () => Document | Parameters<typeof readClone>[0]) => {
    const times: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const input = copy();
      beforeRun();
      const t0 = performance.now();
      if ('pairs' in input) readClone(input);
      else new Readability(input).parse();
      if (i > 0) times.push(performance.now() - t0);
    }
    return median(times);
  };
  const whole = extractArticle(doc, { unpruned: true });
  const pruned = extractArticle(doc);
  const same =
    JSON.stringify(whole?.article) === JSON.stringify(pruned?.article) &&
    whole?.segments.length === pruned?.segments.length &&
    (whole?.segments ?? []).every((s, i) => s.node === pruned!.segments[i].node);
  return {
    wholeParseMs: timeParse(() => doc.cloneNode(true) as Document),
    prunedParseMs: timeParse(() => clonePruned(doc)),
    elements: doc.querySelectorAll('*').length,
    prunedElements: clonePruned(doc).stats.elements,
    sameArticle: same,
  };
}
