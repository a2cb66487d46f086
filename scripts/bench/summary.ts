import type { ChromiumPageResult } from './chromium-bench';
import type { PageResult } from './page-bench';
import { median, percentile, round } from './stats';

/** One target from issue 7, checked against this run. */
export interface Target {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  /** null when this run did not measure it (e.g. Chromium skipped). */
  pass: boolean | null;
}

/** The headline numbers of a run. */
export interface Summary {
  articlePages: number;
  ownOverReadabilityMedian: number | null;
  ownOverReadabilityP95: number | null;
  ownMsMedian: number | null;
  /** Median over article pages of each part of own ÷ Readability (where the ratio comes from). */
  ownPartsOverReadabilityMedian: {
    gate: number | null;
    extract: number | null;
    report: number | null;
    anchor: number | null;
  };
  /** The same for the steps inside our share of extractArticle, timed one by one. */
  extractPartsOverReadabilityMedian: {
    pair: number | null;
    flatten: number | null;
    repair: number | null;
    origin: number | null;
  };
  readabilityMsMedian: number | null;
  catalogFullOver100: number | null;
  catalog10xOverFull: number | null;
  /** The gate on non-article pages (corpus `negative` + fixture non-articles). */
  gateMsMedian: number | null;
  gateMsP95: number | null;
  /** The gate on every page. */
  gateMsMedianAll: number | null;
  throughputMBps: number | null;
  catalogLoadMs: number | null;
  catalogIndexMs: number | null;
  /** Longest task after DOMContentLoaded with the extension, over the Chromium pages. */
  longestTaskMs: number | null;
  /** Longest of the content script's own step measures (clone, extract, …) over the pages. */
  longestStepMs: number | null;
  extraTaskMsMedian: number | null;
  /**
   * own ÷ Readability timed inside Chromium pages (warm): gate + own extract + report + anchor
   * against Readability's parse in extractArticle. Report runs in the background in the product.
   */
  inPageOwnOverReadabilityMedian: number | null;
  /** Extra main-thread time on the non-article page (the fixed cost: bundle, gate, message). */
  fixedCostMs: number | null;
  /** The same for a do-nothing content script (what any content script costs). */
  emptyContentScriptMs: number | null;
  contentScriptGzipBytes: number | null;
  contentBeyondBaselineGzipBytes: number | null;
}

/** Inputs to the summary, as measured by the parts of the benchmark. */
export interface SummaryInput {
  pages: PageResult[];
  catalog: { fullOver100: number; tenXOverFull: number } | null;
  throughputMBps: number | null;
  background: { loadMs: number; indexMs: number } | null;
  chromium: ChromiumPageResult[] | null;
  sizes: { contentScriptGzipBytes: number; contentBeyondBaselineGzipBytes: number } | null;
}

const orNull = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? null : round(v, digits);

const part = (pages: PageResult[], key: 'gateMs' | 'extractMs' | 'reportMs' | 'anchorMs') =>
  orNull(median(pages.map((p) => p.own[key] / p.readabilityMs!)));

const subpart = (pages: PageResult[], key: 'pairMs' | 'flattenMs' | 'repairMs' | 'originMs') =>
  orNull(median(pages.map((p) => p.own.parts[key] / p.readabilityMs!)));

/** Reduces the per-page results to the numbers the issue asks for. */
export function summarize(input: SummaryInput): Summary {
  const articles = input.pages.filter((p) => p.article && p.ownOverReadability !== null);
  const ratios = articles.map((p) => p.ownOverReadability!);
  const negatives = input.pages.filter((p) => p.category === 'negative');
  const chromium = input.chromium ?? [];
  const longest = chromium.map((c) => c.longestTaskMsWith).filter((v): v is number => v !== null);
  const extra = chromium.map((c) => c.extraTaskMs).filter((v): v is number => v !== null);
  const fixed = chromium.find((c) => c.extraTaskMsEmptyExtension !== null);
  const inPageRatios = chromium.flatMap(({ inPage: p }) =>
    p && p.readerable && p.reportMs !== null && p.readabilityMs > 0
      ? [(p.gateMs + p.extractMs + p.reportMs + (p.anchorMs ?? 0)) / p.readabilityMs]
      : [],
  );
  return {
    articlePages: articles.length,
    ownOverReadabilityMedian: orNull(median(ratios)),
    ownOverReadabilityP95: orNull(percentile(ratios, 95)),
    ownMsMedian: orNull(median(articles.map((p) => p.own.totalMs))),
    ownPartsOverReadabilityMedian: {
      gate: part(articles, 'gateMs'),
      extract: part(articles, 'extractMs'),
      report: part(articles, 'reportMs'),
      anchor: part(articles, 'anchorMs'),
    },
    extractPartsOverReadabilityMedian: {
      pair: subpart(articles, 'pairMs'),
      flatten: subpart(articles, 'flattenMs'),
      repair: subpart(articles, 'repairMs'),
      origin: subpart(articles, 'originMs'),
    },
    readabilityMsMedian: orNull(median(articles.map((p) => p.readabilityMs!))),
    catalogFullOver100: orNull(input.catalog?.fullOver100),
    catalog10xOverFull: orNull(input.catalog?.tenXOverFull),
    gateMsMedian: orNull(median(negatives.map((p) => p.gateMs))),
    gateMsP95: orNull(
      percentile(
        negatives.map((p) => p.gateMs),
        95,
      ),
    ),
    gateMsMedianAll: orNull(median(input.pages.map((p) => p.gateMs))),
    throughputMBps: input.throughputMBps,
    catalogLoadMs: orNull(input.background?.loadMs),
    catalogIndexMs: orNull(input.background?.indexMs),
    longestTaskMs: input.chromium ? orNull(longest.length ? Math.max(...longest) : null, 1) : null,
    longestStepMs: input.chromium
      ? orNull(Math.max(0, ...chromium.flatMap((c) => Object.values(c.steps ?? {}))), 1)
      : null,
    extraTaskMsMedian: input.chromium ? orNull(median(extra), 1) : null,
    inPageOwnOverReadabilityMedian: input.chromium ? orNull(median(inPageRatios)) : null,
    fixedCostMs: orNull(fixed?.extraTaskMs, 1),
    emptyContentScriptMs: orNull(fixed?.extraTaskMsEmptyExtension, 1),
    contentScriptGzipBytes: input.sizes?.contentScriptGzipBytes ?? null,
    contentBeyondBaselineGzipBytes: input.sizes?.contentBeyondBaselineGzipBytes ?? null,
  };
}

function target(name: string, value: number | null, limit: number, unit: string): Target {
  return {
    name,
    value,
    limit,
    unit,
    pass: value === null || Number.isNaN(value) ? null : value <= limit,
  };
}

/** The targets, each passed, failed or not measured in this run. */
export function checkTargets(s: Summary): Target[] {
  return [
    target('own ÷ Readability, median over article pages', s.ownOverReadabilityMedian, 0.1, '×'),
    target('full ÷ 100-outlet catalog detection time', s.catalogFullOver100, 1.3, '×'),
    target('longest task with the extension (Chromium)', s.longestTaskMs, 50, 'ms'),
    target('gate on non-article pages, median', s.gateMsMedian, 2, 'ms'),
    target(
      'content script gzip beyond Readability + polyfill',
      s.contentBeyondBaselineGzipBytes,
      15 * 1024,
      'B',
    ),
  ];
}
