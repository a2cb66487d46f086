/**
 * Bundled by the benchmark (esbuild, IIFE, global `__slProfile`) and run in a loaded page's
 * main world, so the content script's steps are timed in the real browser with native Ranges.
 * Not shipped in the extension.
 */
import { Readability } from '@mozilla/readability';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import { splitExtraction, timeExtraction, timeGate, timeReportAndAnchors } from './own-work';
import { probeSnapshot } from './snapshot-probe';
import { median } from './stats';

/**
 * The content script's steps on this page (medians of `reps`, ms). `cold*` is the first
 * extraction, before V8 has optimized Readability and our code: the content script always
 * runs cold, once per page.
 */
export function profilePage(reps: number) {
  const cold = splitExtraction(document).split;
  const { readerable, gateMs } = timeGate(document, reps);
  const bare: number[] = [];
  for (let i = 0; i <= reps; i++) {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    if (i > 0) bare.push(performance.now() - t0);
  }
  const { split, extraction } = timeExtraction(document, reps);
  probeSnapshot(); // warm-up, like the medians below
  const offPage = probeSnapshot();
  const base = {
    offPage,
    readerable,
    gateMs,
    bareReadabilityMs: median(bare),
    readabilityMs: split.readabilityMs,
    extractMs: split.ownMs,
    coldReadabilityMs: cold.readabilityMs,
    coldExtractMs: cold.ownMs,
  };
  if (!extraction) return { ...base, reportMs: null, anchorMs: null, highlights: 0, anchored: 0 };
  const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
  const r = timeReportAndAnchors(document, extraction, index, reps);
  return {
    ...base,
    reportMs: r.reportMs,
    anchorMs: r.anchorMs,
    highlights: r.highlights,
    anchored: r.anchored,
  };
}
