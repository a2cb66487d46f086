import { readFileSync } from 'node:fs';
import type { CatalogIndex } from '../../utils/core/report';
import type { Extraction } from '../../utils/extract/extract';
import { loadDocument } from '../cli/load-dom';
import { timeExtractParts, type ExtractParts } from './extract-parts';
import { collectYoungGarbage } from './gc';
import {
  timeExtraction,
  timeGate,
  timePruning,
  timeReportAndAnchors,
  type PruningEffect,
} from './own-work';
import type { BenchPage } from './pages';
import { timeDocumentedReadability, timePageSide, type PageSideTimes } from './page-side';
import { withRangeShim } from './range-shim';
import { ratio } from './stats';

/** Where SourceLens's own time goes on one page (ms, median of the repeats). */
export interface OwnTimes {
  gateMs: number;
  /** extractArticle minus the clone and Readability's parse inside it. */
  extractMs: number;
  /** Of which, timed one by one (diagnostic; see extract-parts.ts). */
  parts: ExtractParts;
  /** Detection + matching: `buildReport` with the full catalog (runs in the background). */
  reportMs: number;
  /** Offsets → Ranges for every highlight (map, then quote search; see range-shim.ts). */
  anchorMs: number;
  /** gate + extract + report + anchor. */
  totalMs: number;
}

/** Everything measured on one page in Node (linkedom). */
export interface PageResult extends Omit<BenchPage, 'file'> {
  /** What the gate said; false means the extension stops after it. */
  readerable: boolean;
  gateMs: number;
  /** Readability found an article (only then do the fields below have values). */
  article: boolean;
  textChars: number;
  outlets: number;
  highlights: number;
  anchored: number;
  /** `Readability.parse()` with the extension's options, inside extractArticle. */
  readabilityMs: number | null;
  /** Readability on a whole copy against the pruned copy (readerable pages only). */
  pruning: PruningEffect | null;
  own: OwnTimes;
  /** The old view: own work (the pruned copy included) ÷ `readabilityMs`. */
  ownOverReadability: number | null;
  /** Readability as its README runs it: `cloneNode(true)` + `parse()`, default options (ms). */
  documentedReadabilityMs: number | null;
  /** The page's steps on the usual off-page read (page-side.ts). */
  pageSide: PageSideTimes | null;
  /** (i) the engine's own work (gate + report + anchor) ÷ `readabilityMs`. */
  engineOverReadability: number | null;
  /** (ii) the page's whole work (gate + snapshot + map + anchor) ÷ `documentedReadabilityMs`. */
  pageSideOverReadability: number | null;
  /** Kept for the catalog-scaling and throughput runs; not part of the JSON output. */
  extraction?: Extraction;
}

/** Measures one page: the gate, Readability, and each part of SourceLens's own work. */
export function benchPage(page: BenchPage, index: CatalogIndex, reps: number): PageResult {
  const meta = { id: page.id, origin: page.origin, category: page.category, bytes: page.bytes };
  const doc = loadDocument(readFileSync(page.file, 'utf8'));
  const { readerable, gateMs } = timeGate(doc, reps);
  const parts = { copyMs: 0, flattenMs: 0, repairMs: 0, originMs: 0 };
  const zero = { gateMs, extractMs: 0, parts, reportMs: 0, anchorMs: 0, totalMs: gateMs };
  const base: PageResult = {
    ...meta,
    readerable,
    gateMs,
    article: false,
    textChars: 0,
    outlets: 0,
    highlights: 0,
    anchored: 0,
    readabilityMs: null,
    pruning: null,
    own: zero,
    ownOverReadability: null,
    documentedReadabilityMs: null,
    pageSide: null,
    engineOverReadability: null,
    pageSideOverReadability: null,
  };
  if (!readerable) return base;
  const pruning = timePruning(doc, reps, collectYoungGarbage);
  const { split, extraction } = timeExtraction(doc, reps, collectYoungGarbage);
  if (!extraction) return { ...base, pruning };
  const r = timeReportAndAnchors(withRangeShim(doc), extraction, index, reps);
  const totalMs = gateMs + split.ownMs + r.reportMs + r.anchorMs;
  const documented = timeDocumentedReadability(doc, reps, collectYoungGarbage);
  const pageSide = timePageSide(doc, reps, collectYoungGarbage);
  const pageSideMs = pageSide && gateMs + pageSide.snapshotMs + pageSide.mapMs + r.anchorMs;
  return {
    ...base,
    article: true,
    textChars: extraction.article.text.length,
    outlets: r.report.outlets.length,
    highlights: r.highlights,
    anchored: r.anchored,
    readabilityMs: split.readabilityMs,
    pruning,
    own: {
      gateMs,
      extractMs: split.ownMs,
      parts: timeExtractParts(doc, reps),
      reportMs: r.reportMs,
      anchorMs: r.anchorMs,
      totalMs,
    },
    ownOverReadability: ratio(totalMs, split.readabilityMs),
    documentedReadabilityMs: documented,
    pageSide,
    engineOverReadability: ratio(gateMs + r.reportMs + r.anchorMs, split.readabilityMs),
    pageSideOverReadability: pageSideMs === null ? null : ratio(pageSideMs, documented),
    extraction,
  };
}
