import { readFileSync } from 'node:fs';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { buildReport, type CatalogIndex } from '../../utils/core/report';
import { toHighlightSpecs } from '../../utils/background/highlights';
import { extractArticle, type Extraction } from '../../utils/extract/extract';
import { flattenArticle } from '../../utils/extract/flatten';
import { findCanonicalUrl, findDocumentLang } from '../../utils/extract/metadata';
import { findOriginLine } from '../../utils/extract/origin-line';
import { pairTextNodes } from '../../utils/extract/walk';
import { rangeFromOffsets } from '../../utils/highlight/ranges';
import { loadDocument } from '../cli/load-dom';
import type { BenchPage } from './pages';
import { withRangeShim } from './range-shim';
import { ratio, sum, timeMedian } from './stats';

/** Where SourceLens's own time goes on one page (ms, median of the repeats). */
export interface OwnTimes {
  gateMs: number;
  /** Pairing the clone's text nodes with the live page's (one walk of each). */
  pairMs: number;
  /** Article element → text with block breaks and the live-node segments. */
  flattenMs: number;
  /** The "Source: X" line search below the article, canonical URL and language lookups. */
  originMs: number;
  /** Detection + matching: `buildReport` with the full catalog. */
  reportMs: number;
  /** Offsets → Ranges for every highlight (segment search + checks; see range-shim.ts). */
  anchorMs: number;
  totalMs: number;
}

/** Everything measured on one page in Node (linkedom). */
export interface PageResult extends Omit<BenchPage, 'file'> {
  /** What the gate said; false means the extension stops after it. */
  readerable: boolean;
  gateMs: number;
  /** Readability found an article (only then do the other fields have values). */
  article: boolean;
  textChars: number;
  outlets: number;
  highlights: number;
  anchored: number;
  /** `new Readability(document.cloneNode(true), <the extension's options>).parse()`. */
  readabilityMs: number | null;
  /** The whole `extractArticle` (clone, pairing, Readability, flattening), as a cross-check. */
  extractMs: number | null;
  own: OwnTimes;
  ownOverReadability: number | null;
  /** Kept for the catalog-scaling and throughput runs; not part of the JSON output. */
  extraction?: Extraction;
}

// The options extractArticle passes: the serializer hands back the element, no HTML string.
const READER_OPTIONS = { keepClasses: true, serializer: (el: Node) => el as Element };
const noop = () => undefined;

function timeExtraction(doc: Document, extraction: Extraction, index: CatalogIndex, reps: number) {
  const clone = doc.cloneNode(true) as Document;
  const pairMs = timeMedian(() => pairTextNodes(doc, clone), noop, reps);
  const pairs = pairTextNodes(doc, clone);
  const parsed = new Readability<Element>(clone, READER_OPTIONS).parse();
  const map = (n: Text) => pairs?.get(n) ?? null;
  const flattenMs = parsed?.content ? timeMedian(() => flattenArticle(parsed.content!, map), noop, reps) : 0;
  const segments = extraction.segments;
  let last: Text | null = null;
  for (let i = segments.length - 1; i >= 0 && !last; i--) last = segments[i].node;
  const originMs = timeMedian(
    () => {
      if (doc.body && last) findOriginLine(doc.body, last);
      findCanonicalUrl(doc, null);
      findDocumentLang(doc);
    },
    noop,
    reps,
  );
  const report = buildReport(extraction.article, index);
  const reportMs = timeMedian(() => buildReport(extraction.article, index), noop, reps);
  const specs = toHighlightSpecs(report);
  const shim = withRangeShim(doc);
  const text = extraction.article.text;
  // The content script's anchor(): the cue-wide span first, the outlet name as a fallback.
  const anchorAll = () =>
    specs.map(
      (s) =>
        rangeFromOffsets(shim, segments, s.cueStart, s.cueEnd, text.slice(s.cueStart, s.cueEnd)) ??
        rangeFromOffsets(shim, segments, s.start, s.end, text.slice(s.start, s.end)),
    );
  const anchorMs = timeMedian(anchorAll, noop, reps);
  return {
    times: { pairMs, flattenMs, originMs, reportMs, anchorMs },
    outlets: report.outlets.length,
    highlights: specs.length,
    anchored: anchorAll().filter(Boolean).length,
  };
}

/** Measures one page: the gate, Readability, and each part of SourceLens's own work. */
export function benchPage(page: BenchPage, index: CatalogIndex, reps: number): PageResult {
  const meta = { id: page.id, origin: page.origin, category: page.category, bytes: page.bytes };
  const doc = loadDocument(readFileSync(page.file, 'utf8'));
  const readerable = isProbablyReaderable(doc);
  const gateMs = timeMedian(() => isProbablyReaderable(doc), noop, reps);
  const zero = { gateMs, pairMs: 0, flattenMs: 0, originMs: 0, reportMs: 0, anchorMs: 0, totalMs: gateMs };
  const base: PageResult = {
    ...meta, readerable, gateMs, article: false, textChars: 0, outlets: 0, highlights: 0, anchored: 0,
    readabilityMs: null, extractMs: null, own: zero, ownOverReadability: null,
  };
  if (!readerable) return base;
  const extraction = extractArticle(doc);
  if (!extraction) return base;
  const readabilityMs = timeMedian(() => new Readability<Element>(doc.cloneNode(true) as Document, READER_OPTIONS).parse(), noop, reps);
  const extractMs = timeMedian(() => extractArticle(doc), noop, reps);
  const { times, outlets, highlights, anchored } = timeExtraction(doc, extraction, index, reps);
  const totalMs = gateMs + sum(Object.values(times));
  return {
    ...base,
    article: true,
    textChars: extraction.article.text.length,
    outlets,
    highlights,
    anchored,
    readabilityMs,
    extractMs,
    own: { gateMs, ...times, totalMs },
    ownOverReadability: ratio(totalMs, readabilityMs),
    extraction,
  };
}
