/**
 * Runs the command line's own path on labeled pages, as the hidden evaluation does
 * (`npm run annotate -- --json --url URL FILE`): linkedom DOM → extractArticle (Readability, as
 * the content script does) → buildReport, with the page's address and nothing else (the page's
 * language is read from the page, never from the labels). Then scores the JSON's `outlets`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CatalogIndex } from '../../utils/core/report';
import type { CreditKind } from '../../utils/core/types';
import { annotateHtml, type FileResult } from '../cli/annotate-file';
import {
  findPageFile,
  readLabels,
  readPageFolders,
  readManifest,
  readPageHtml,
  type ManifestEntry,
  type PageLabels,
} from './labels';
import { OutletNames } from './match';
import { scorePage, type PageScore, type ReportedOutlet } from './score';
import type { LabelSet } from './sets';

/** One page's run: its score, the command line's result, and how long it took. */
export interface PageRun {
  score: PageScore;
  result: FileResult | null;
  file: string | null;
  error?: string;
  /** Milliseconds for extraction and the core together. */
  ms: number;
}

/** The command line's cited outlets in scoring form. */
export function reportedOutlets(result: FileResult | null): ReportedOutlet[] {
  if (!result) return [];
  return result.outlets.map((o) => ({
    id: o.id,
    name: o.name,
    listed: o.listed,
    domains: o.domains,
    kinds: [...new Set(o.mentions.map((m) => m.kind as CreditKind))],
    mentions: o.mentions.map(({ surface, kind, sentence, rule, confidence }) => ({
      surface,
      kind: kind as CreditKind,
      sentence,
      rule,
      confidence,
    })),
  }));
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

/** The language a page is scored under: the labels' main-text language, else the manifest's. */
function scoringLang(
  labels: PageLabels,
  entry: ManifestEntry | undefined,
  meta: { lang?: string },
) {
  return labels.lang ?? entry?.language ?? meta.lang ?? '?';
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
  const meta = file ? readMeta(file) : {};
  const lang = scoringLang(labels, entry, meta);
  const fail = (error: string): PageRun => ({
    score: scorePage(labels, lang, [], null, names),
    result: null,
    file,
    error,
    ms: 0,
  });
  if (!file) return fail('page file not found');
  const url = entry?.url ?? labels.url ?? meta.url ?? null;
  const t0 = performance.now();
  const result = annotateHtml(file, readPageHtml(file), index, url);
  const ms = performance.now() - t0;
  const score = scorePage(
    labels,
    lang,
    reportedOutlets(result),
    result.originalSource?.id ?? null,
    names,
  );
  return { score, result, file, ms, error: result.error };
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

/** Evaluates one set: a labels file with its pages, or a folder of page fixtures. */
export function runSet(set: LabelSet, index: CatalogIndex): PageRun[] {
  return set.labels
    ? runEvaluation(set.labels, set.pages, set.manifest, index)
    : runFolderEvaluation(set.pages, index);
}

/** Evaluates every labelled page folder under `dir` (`<slug>/source.html` + `meta.json`). */
export function runFolderEvaluation(dir: string, index: CatalogIndex): PageRun[] {
  const names = new OutletNames(index.catalog.outlets);
  return readPageFolders(dir).map(({ labels, entry }) =>
    runLabeledPage(labels, dir, entry, index, names),
  );
}
