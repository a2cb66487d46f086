import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog, type Catalog } from '../../utils/core/catalog-schema';
import { findMentions } from '../../utils/core/find-mentions';
import {
  buildCatalogIndex,
  buildReport,
  type ArticleInput,
  type CatalogIndex,
} from '../../utils/core/report';
import { REPO_ROOT } from './pages';
import { median, ratio, round, sum, timeMedian } from './stats';
import { growCatalog, shrinkCatalog } from './synthetic-catalog';

/** Background start-up: validating the bundled catalog and compiling its indexes. */
export interface BackgroundTimes {
  catalogBytes: number;
  outlets: number;
  /** `JSON.parse` + `parseCatalog` (the bundle inlines the JSON, so both run at start-up). */
  loadMs: number;
  /** `buildCatalogIndex` (alias automaton + domain index). */
  indexMs: number;
  /**
   * The first run of each in this process: a service worker starts cold every time the
   * browser wakes it, so this is closer to what a reader's first page waits for.
   */
  coldLoadMs: number;
  coldIndexMs: number;
}

/** Detection time over every article page with one catalog. */
export interface CatalogRun {
  name: '100' | 'full' | '10x';
  outlets: number;
  aliases: number;
  indexMs: number;
  /** Sum over article pages of the per-page median `buildReport` time. */
  detectMs: number;
  /** Of which: finding the aliases (`findMentions`: fold + automaton scan + boundary checks). */
  scanMs: number;
  /** Alias occurrences kept by `findMentions` over all pages (each then goes through the cues). */
  mentions: number;
}

const noop = () => undefined;

/** Loads the shipped catalog and times what the background does with it on start-up. */
export function benchBackground(reps: number): { times: BackgroundTimes; catalog: Catalog } {
  const text = readFileSync(join(REPO_ROOT, 'utils', 'core', 'catalog.json'), 'utf8');
  let t0 = performance.now();
  const { catalog } = parseCatalog(JSON.parse(text));
  const coldLoadMs = performance.now() - t0;
  t0 = performance.now();
  buildCatalogIndex(catalog);
  const coldIndexMs = performance.now() - t0;
  const loadMs = timeMedian(() => parseCatalog(JSON.parse(text)), noop, reps);
  const indexMs = timeMedian(() => buildCatalogIndex(catalog), noop, reps);
  return {
    times: {
      catalogBytes: Buffer.byteLength(text),
      outlets: catalog.outlets.length,
      loadMs,
      indexMs,
      coldLoadMs,
      coldIndexMs,
    },
    catalog,
  };
}

/** Every outlet id a report names, so the small catalog still contains what the pages cite. */
export function citedIds(articles: ArticleInput[], index: CatalogIndex): Set<string> {
  const ids = new Set<string>();
  for (const a of articles) {
    const r = buildReport(a, index);
    for (const o of [...r.outlets, ...r.uncertain]) ids.add(o.id);
    if (r.publisher) ids.add(r.publisher.id);
    if (r.originalSource) ids.add(r.originalSource.id);
  }
  return ids;
}

/**
 * Median `buildReport` time of `article` with each index. The catalogs take turns inside each
 * repeat, so a burst of load on the shared machine hits all of them alike.
 */
function timeInTurns(article: ArticleInput, indexes: CatalogIndex[], reps: number) {
  const report: number[][] = indexes.map(() => []);
  const scan: number[][] = indexes.map(() => []);
  for (let r = 0; r <= reps; r++) {
    indexes.forEach((index, k) => {
      let t0 = performance.now();
      buildReport(article, index);
      if (r > 0) report[k].push(performance.now() - t0);
      t0 = performance.now();
      findMentions(article.text, index.aliases);
      if (r > 0) scan[k].push(performance.now() - t0);
    });
  }
  return indexes.map((index, k) => ({
    reportMs: median(report[k]),
    scanMs: median(scan[k]),
    mentions: findMentions(article.text, index.aliases).length,
  }));
}

/**
 * Times detection + matching on the same articles with a 100-outlet catalog (plus the outlets
 * the pages cite), the full catalog, and a synthetic catalog ten times the full one.
 */
export function benchCatalogScaling(full: Catalog, articles: ArticleInput[], reps: number) {
  const fullIndex = buildCatalogIndex(full);
  const catalogs: [CatalogRun['name'], Catalog][] = [
    ['100', shrinkCatalog(full, 100, citedIds(articles, fullIndex))],
    ['full', full],
    ['10x', growCatalog(full, 10)],
  ];
  const indexes = catalogs.map(([, c]) => buildCatalogIndex(c));
  const indexMs = catalogs.map(([, c]) =>
    timeMedian(() => buildCatalogIndex(c), noop, Math.min(reps, 3)),
  );
  const perPage = articles.map((a) => timeInTurns(a, indexes, reps));
  const runs: CatalogRun[] = catalogs.map(([name, c], k) => ({
    name,
    outlets: c.outlets.length,
    aliases: indexes[k].aliases.aliasCount,
    indexMs: indexMs[k],
    detectMs: sum(perPage.map((p) => p[k].reportMs)),
    scanMs: sum(perPage.map((p) => p[k].scanMs)),
    mentions: sum(perPage.map((p) => p[k].mentions)),
  }));
  const [r100, rFull, r10x] = runs;
  return {
    runs: runs.map((r) => ({
      ...r,
      indexMs: round(r.indexMs),
      detectMs: round(r.detectMs),
      scanMs: round(r.scanMs),
    })),
    fullOver100: ratio(rFull.detectMs, r100.detectMs),
    tenXOverFull: ratio(r10x.detectMs, rFull.detectMs),
    /** Per-page ratios, so a few large pages can't hide what happens on the typical one. */
    fullOver100MedianPerPage: median(perPage.map((p) => ratio(p[1].reportMs, p[0].reportMs))),
  };
}

/**
 * Core throughput: UTF-8 megabytes of article text per second through `buildReport` (full
 * catalog), on the `count` articles with the most text.
 */
export function benchThroughput(
  items: { id: string; article: ArticleInput }[],
  index: CatalogIndex,
  reps: number,
  count = 5,
) {
  const largest = [...items]
    .sort((a, b) => b.article.text.length - a.article.text.length)
    .slice(0, count);
  const rows = largest.map(({ id, article }) => {
    const ms = timeMedian(() => buildReport(article, index), noop, reps);
    const bytes = Buffer.byteLength(article.text);
    return { id, textBytes: bytes, ms: round(ms), mbPerS: round(bytes / 1e6 / (ms / 1000), 2) };
  });
  const totalBytes = sum(rows.map((r) => r.textBytes));
  const totalMs = sum(rows.map((r) => r.ms ?? 0));
  return { pages: rows, mbPerS: round(totalBytes / 1e6 / (totalMs / 1000), 2) };
}
