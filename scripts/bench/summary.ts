import type { ChromiumPageResult } from './chromium-bench';
import { summarizeChromium, type ChromiumSummary } from './chromium-summary';
import type { LongTaskScan } from './long-task-scan';
import type { PageResult } from './page-bench';
import { median, percentile, round } from './stats';

/** One target (issue 12's, and the catalog's and gate's from issue 7), checked against this run. */
export interface Target {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  /** null when this run did not measure it (e.g. Chromium skipped). */
  pass: boolean | null;
}

/** The headline numbers of a run. */
export interface Summary extends ChromiumSummary {
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
    copy: number | null;
    flatten: number | null;
    repair: number | null;
    origin: number | null;
  };
  readabilityMsMedian: number | null;
  /**
   * The other two views of the ratio (docs/performance.md, "The engine"): (i) the engine's own
   * work (gate + report + anchor) ÷ the same parse; (ii) the page's whole work on the usual
   * off-page read (gate + snapshot + map + anchor) ÷ Readability as its README runs it (clone +
   * parse). Medians and p95 over article pages; the old view is `ownOverReadability*`.
   */
  views: {
    engine: [number | null, number | null];
    pageSide: [number | null, number | null];
    /** (ii)'s parts, medians: snapshot / map, each ÷ the documented Readability. */
    pageSideParts: [number | null, number | null];
    documentedReadabilityMsMedian: number | null;
  };
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
  contentScriptGzipBytes: number | null;
  /** Everything under content-scripts/ (the gate and the article script injected on articles). */
  contentScriptsDirGzipBytes: number | null;
  contentBeyondBaselineGzipBytes: number | null;
}

/** Inputs to the summary, as measured by the parts of the benchmark. */
export interface SummaryInput {
  pages: PageResult[];
  catalog: { fullOver100: number; tenXOverFull: number } | null;
  throughputMBps: number | null;
  background: { loadMs: number; indexMs: number } | null;
  chromium: ChromiumPageResult[] | null;
  longTasks: LongTaskScan | null;
  sizes: {
    contentScriptGzipBytes: number;
    contentScriptsDirGzipBytes: number;
    contentBeyondBaselineGzipBytes: number;
  } | null;
}

const orNull = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? null : round(v, digits);

const part = (pages: PageResult[], key: 'gateMs' | 'extractMs' | 'reportMs' | 'anchorMs') =>
  orNull(median(pages.map((p) => p.own[key] / p.readabilityMs!)));

const subpart = (pages: PageResult[], key: 'copyMs' | 'flattenMs' | 'repairMs' | 'originMs') =>
  orNull(median(pages.map((p) => p.own.parts[key] / p.readabilityMs!)));

/** Median and p95 of a per-page value over the pages that have it. */
function spread(values: (number | null)[]): [number | null, number | null] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return [orNull(median(known)), orNull(percentile(known, 95))];
}

function views(articles: PageResult[]): Summary['views'] {
  const side = articles.filter((p) => p.pageSide && p.documentedReadabilityMs);
  const sidePart = (k: 'snapshotMs' | 'mapMs') =>
    orNull(median(side.map((p) => p.pageSide![k] / p.documentedReadabilityMs!)));
  return {
    engine: spread(articles.map((p) => p.engineOverReadability)),
    pageSide: spread(articles.map((p) => p.pageSideOverReadability)),
    pageSideParts: [sidePart('snapshotMs'), sidePart('mapMs')],
    documentedReadabilityMsMedian: orNull(median(side.map((p) => p.documentedReadabilityMs!))),
  };
}

/** Reduces the per-page results to the numbers the issue asks for. */
export function summarize(input: SummaryInput): Summary {
  const articles = input.pages.filter((p) => p.article && p.ownOverReadability !== null);
  const ratios = articles.map((p) => p.ownOverReadability!);
  const negatives = input.pages.filter((p) => p.category === 'negative');
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
      copy: subpart(articles, 'copyMs'),
      flatten: subpart(articles, 'flattenMs'),
      repair: subpart(articles, 'repairMs'),
      origin: subpart(articles, 'originMs'),
    },
    readabilityMsMedian: orNull(median(articles.map((p) => p.readabilityMs!))),
    views: views(articles),
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
    ...summarizeChromium(input.chromium, input.longTasks, input.pages),
    contentScriptGzipBytes: input.sizes?.contentScriptGzipBytes ?? null,
    contentScriptsDirGzipBytes: input.sizes?.contentScriptsDirGzipBytes ?? null,
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

/** Limit on the content scripts, gzipped in all (issue 12). */
export const CONTENT_SCRIPT_LIMIT = 20 * 1024;

/** The targets, each passed, failed or not measured in this run. */
export function checkTargets(s: Summary): Target[] {
  // The check on the largest page: its longest task may exceed the one without the
  // extension by 10 ms, or stay at 50 ms.
  const big = s.largestPage;
  const bigLimit = big?.longestWithout != null ? Math.max(50, big.longestWithout + 10) : 50;
  return [
    target(
      'check articles: extra time ÷ bare Readability, summed',
      s.checkExtraOverReadability,
      2,
      '×',
    ),
    target(
      'non-articles: extra time beyond a do-nothing script, median',
      s.nonArticleExtraMsMedian,
      5,
      'ms',
    ),
    target(
      `largest page (${big?.id ?? '–'}): longest task`,
      big?.longestWith ?? null,
      bigLimit,
      'ms',
    ),
    target('pages with an extension task over 100 ms (--long-tasks)', s.pagesOver100, 0, ''),
    target('pages with an extension task over 50 ms (--long-tasks)', s.pagesOver50, 3, ''),
    target('content scripts, gzipped in all', s.contentScriptGzipBytes, CONTENT_SCRIPT_LIMIT, 'B'),
    target(
      'everything under content-scripts/, gzipped',
      s.contentScriptsDirGzipBytes,
      CONTENT_SCRIPT_LIMIT,
      'B',
    ),
    target(
      'pages whose article differs on the pruned copy (Node)',
      s.prunedDiffersNode.length,
      0,
      '',
    ),
    target('full ÷ 100-outlet catalog detection time', s.catalogFullOver100, 1.3, '×'),
    target('gate on non-article pages, median', s.gateMsMedian, 2, 'ms'),
  ];
}
