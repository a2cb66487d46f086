/**
 * Runs the extension's own pipeline on labeled pages: linkedom DOM → extractArticle (Readability,
 * as the content script does) → buildReport (the core), then scores the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildReport, type ArticleReport, type CatalogIndex } from '../../utils/core/report';
import type { CreditKind } from '../../utils/core/types';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from '../cli/load-dom';
import {
  findPageFile,
  readLabels,
  readManifest,
  type ManifestEntry,
  type PageLabels,
} from './labels';
import { OutletNames } from './match';
import { scorePage, type PageScore, type ReportedOutlet } from './score';

/** One page's run: its score, the report, and how long extraction and the core took. */
export interface PageRun {
  score: PageScore;
  report: ArticleReport | null;
  file: string | null;
  error?: string;
  /** Milliseconds in Readability extraction and in the core (buildReport). */
  extractMs: number;
  coreMs: number;
}

/** Runs extraction and the core on one page's HTML. `lang` overrides the page's own language. */
export function reportPage(
  html: string,
  url: string | null,
  lang: string | null,
  index: CatalogIndex,
): { report: ArticleReport | null; extractMs: number; coreMs: number } {
  const t0 = performance.now();
  const extraction = extractArticle(loadDocument(html), { url });
  const t1 = performance.now();
  if (!extraction) return { report: null, extractMs: t1 - t0, coreMs: 0 };
  const article = lang ? { ...extraction.article, lang } : extraction.article;
  const report = buildReport(article, index);
  return { report, extractMs: t1 - t0, coreMs: performance.now() - t1 };
}

/** The report's cited outlets (plus the original source, as kind `other`) in scoring form. */
export function reportedOutlets(
  report: ArticleReport | null,
  countOriginalSource: boolean,
): ReportedOutlet[] {
  if (!report) return [];
  const list: ReportedOutlet[] = report.outlets.map((o) => ({
    id: o.id,
    name: o.name,
    kinds: [...new Set(o.mentions.map((m) => m.kind))],
    mentions: o.mentions.map(({ surface, kind, sentence, rule, confidence }) => ({
      surface,
      kind,
      sentence,
      rule,
      confidence,
    })),
  }));
  const origin = report.originalSource;
  if (countOriginalSource && origin && !list.some((o) => o.id === origin.id)) {
    const kind: CreditKind = 'other';
    list.push({
      id: origin.id,
      name: origin.name,
      kinds: [kind],
      mentions: [
        {
          surface: origin.name,
          kind,
          sentence: '(original source)',
          rule: 'original-source',
          confidence: 1,
        },
      ],
    });
  }
  return list;
}

/** Reads `<dir>/<id>/meta.json` ({url, lang}) when a page lives in its own folder. */
function readMeta(file: string): { url?: string; lang?: string } {
  const meta = join(dirname(file), 'meta.json');
  if (!existsSync(meta)) return {};
  try {
    return JSON.parse(readFileSync(meta, 'utf8')) as { url?: string; lang?: string };
  } catch {
    return {};
  }
}

/** Runs and scores one labeled page. */
export function runLabeledPage(
  labels: PageLabels,
  pagesDir: string,
  entry: ManifestEntry | undefined,
  index: CatalogIndex,
  names: OutletNames,
): PageRun {
  const file = findPageFile(pagesDir, labels, entry);
  const fail = (error: string): PageRun => ({
    score: scorePage(labels, entry?.language ?? labels.lang ?? '?', [], null, names),
    report: null,
    file,
    error,
    extractMs: 0,
    coreMs: 0,
  });
  if (!file) return fail('page file not found');
  const meta = readMeta(file);
  const url = entry?.url ?? labels.url ?? meta.url ?? null;
  const lang = entry?.language ?? labels.lang ?? meta.lang ?? null;
  try {
    const { report, extractMs, coreMs } = reportPage(readFileSync(file, 'utf8'), url, lang, index);
    const reported = reportedOutlets(report, !labels.originalSource);
    const score = scorePage(
      labels,
      lang ?? report?.lang ?? '?',
      reported,
      report?.originalSource?.id ?? null,
      names,
    );
    return {
      score,
      report,
      file,
      extractMs,
      coreMs,
      error: report ? undefined : 'no article found',
    };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** Evaluates every page of a labels file. */
export function runEvaluation(
  labelsFile: string,
  pagesDir: string,
  manifestFile: string | undefined,
  index: CatalogIndex,
): PageRun[] {
  const labels = readLabels(labelsFile);
  const manifest = readManifest(manifestFile);
  const names = new OutletNames(index.catalog.outlets);
  return labels.map((l) => runLabeledPage(l, pagesDir, manifest[l.id], index, names));
}
