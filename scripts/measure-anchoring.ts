/**
 * `npx tsx scripts/measure-anchoring.ts PAGES_DIR_OR_FILE... [--slow N]`: for every saved page,
 * runs the content script's pipeline (extraction on a clone, core, highlight specs, anchoring on
 * the "live" document) and prints the share of attributions anchored back to the page's text,
 * how (node map or quote search), and the time of each step. A dev tool, not a test: it may
 * read the shared corpus. The DOM is happy-dom's (linkedom has no working Range), so times are
 * a rough stand-in for a browser's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import rawCatalog from '../utils/core/catalog.json';
import { parseCatalog } from '../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport } from '../utils/core/report';
import { toHighlightSpecs } from '../utils/background/highlights';
import { extractArticle } from '../utils/extract/extract';
import { anchorSpans } from '../utils/extract/anchor';
import { collapseSpace } from '../utils/extract/text-index';
import { Browser } from 'happy-dom';

const { positionals, values } = parseArgs({
  options: { slow: { type: 'string', default: '0' }, verbose: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (!positionals.length) {
  process.stderr.write(
    'Usage: npx tsx scripts/measure-anchoring.ts PAGES_DIR_OR_FILE... [--verbose]\n',
  );
  process.exit(2);
}

const files = positionals.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

interface Row {
  page: string;
  kb: number;
  specs: number;
  anchored: number;
  viaQuote: number;
  extractMs: number;
  anchorMs: number;
  misses: string[];
}

/** Parses a page without running its scripts or loading anything. */
function loadPage(html: string): { doc: Document; close: () => void } {
  const browser = new Browser({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const page = browser.newPage();
  // The page's own document: happy-dom's Ranges only work there (not in DOMParser output).
  // Scripts are off, so setting a local saved page as content runs nothing.
  page.content = html;
  return { doc: page.mainFrame.document as unknown as Document, close: () => void browser.close() };
}

function measure(file: string): Row {
  const html = readFileSync(file, 'utf8');
  const { doc, close } = loadPage(html);
  try {
    return measureDoc(file, html, doc);
  } finally {
    close();
  }
}

/** The live text around a range, to check by eye that a quote search picked the right place. */
function contextOf(range: Range): string {
  const block =
    range.startContainer.parentElement?.closest('p,li,figcaption,div,span') ??
    range.startContainer.parentElement;
  return collapseSpace(block?.textContent ?? '')
    .trim()
    .slice(0, 120);
}

function measureDoc(file: string, html: string, doc: Document): Row {
  const t0 = performance.now();
  const extraction = extractArticle(doc);
  const t1 = performance.now();
  const row: Row = {
    page: basename(file, '.html'),
    kb: Math.round(html.length / 1024),
    specs: 0,
    anchored: 0,
    viaQuote: 0,
    extractMs: t1 - t0,
    anchorMs: 0,
    misses: [],
  };
  if (!extraction) return row;
  const specs = toHighlightSpecs(buildReport(extraction.article, index));
  const source = { text: extraction.article.text, segments: extraction.segments };
  const t2 = performance.now();
  const anchors = anchorSpans(
    doc,
    source,
    specs.map((s) => ({ start: s.cueStart, end: s.cueEnd })),
  );
  // A cue span that can't be placed falls back to the outlet's name alone, as the page does.
  const names = anchorSpans(
    doc,
    source,
    specs.map((s, i) => (anchors[i] ? { start: 0, end: 0 } : { start: s.start, end: s.end })),
  );
  row.anchorMs = performance.now() - t2;
  row.specs = specs.length;
  specs.forEach((s, i) => {
    const a = anchors[i] ?? names[i];
    const want = collapseSpace(
      source.text.slice(anchors[i] ? s.cueStart : s.start, anchors[i] ? s.cueEnd : s.end),
    ).trim();
    // Case is ignored: a byline from metadata ("By JANE ROE, AP") is shown as "Jane Roe, Ap".
    if (a && collapseSpace(a.range.toString()).trim().toLowerCase() === want.toLowerCase()) {
      row.anchored++;
      if (a.method === 'quote') {
        row.viaQuote++;
        if (values.verbose)
          row.misses.push(`(by quote) ${s.kind} “${want}” in “${contextOf(a.range)}”`);
      }
    } else row.misses.push(`${s.kind} “${source.text.slice(s.cueStart, s.cueEnd)}”`);
  });
  return row;
}

const rows = files.map(measure);
const fmt = (n: number) => n.toFixed(1).padStart(7);
let specs = 0;
let anchored = 0;
let viaQuote = 0;
process.stdout.write(
  `${'page'.padEnd(44)} ${'KB'.padStart(5)} ${'attr'.padStart(5)} ${'ok'.padStart(4)} ${'quote'.padStart(5)} ${'extract ms'.padStart(10)} ${'anchor ms'.padStart(9)}\n`,
);
for (const r of rows) {
  specs += r.specs;
  anchored += r.anchored;
  viaQuote += r.viaQuote;
  process.stdout.write(
    `${r.page.padEnd(44)} ${String(r.kb).padStart(5)} ${String(r.specs).padStart(5)} ${String(r.anchored).padStart(4)} ${String(r.viaQuote).padStart(5)} ${fmt(r.extractMs).padStart(10)} ${fmt(r.anchorMs).padStart(9)}\n`,
  );
  if (values.verbose)
    for (const m of r.misses)
      process.stdout.write(`    ${m.startsWith('(') ? m : `missed: ${m}`}\n`);
}
const slowest = [...rows].sort((a, b) => b.anchorMs - a.anchorMs)[0];
process.stdout.write(
  `\n${rows.length} pages, ${specs} attributions, ${anchored} anchored (${((100 * anchored) / Math.max(1, specs)).toFixed(1)}%), ${viaQuote} by quote search\n` +
    `anchoring: total ${rows.reduce((a, r) => a + r.anchorMs, 0).toFixed(1)} ms, slowest ${slowest?.page} ${slowest?.anchorMs.toFixed(1)} ms\n`,
);
if (Number(values.slow) > 0)
  process.exitCode = rows.some((r) => r.anchorMs > Number(values.slow)) ? 1 : 0;
