import type { ChromiumPageResult } from './chromium-bench';
import type { LongTaskScan } from './long-task-scan';
import type { PageResult } from './page-bench';
import { median, round, sum } from './stats';

/** The headline numbers of the Chromium parts and the pruning (see summary.ts). */
export interface ChromiumSummary {
  /** Extension time beyond a do-nothing content script, and a warm bare Readability parse. */
  checkArticles: { id: string; extraMs: number | null; readabilityMs: number | null }[];
  /** Summed over the check articles: Σ extra ÷ Σ bare Readability (target ≤ 2). */
  checkExtraOverReadability: number | null;
  /** Median over the non-article pages of the extra time beyond a do-nothing content script. */
  nonArticleExtraMsMedian: number | null;
  /** What a do-nothing content script costs (median over the Chromium pages). */
  emptyContentScriptMs: number | null;
  /** The largest Chromium page (en-reddit-h1 on the shared corpus): its longest tasks. */
  largestPage: { id: string; longestWith: number | null; longestWithout: number | null } | null;
  /** Longest of the content script's own steps over the Chromium pages. */
  longestStepMs: number | null;
  /** From --long-tasks: pages with an extension task over 100 and over 50 ms. */
  pagesOver100: number | null;
  pagesOver50: number | null;
  /** Pages whose article differs on the pruned copy: Node (every page), Chromium (--long-tasks). */
  prunedDiffersNode: string[];
  prunedDiffersChromium: string[] | null;
  /** Readability on whole ÷ on pruned copies, parse times summed over article pages (Node). */
  pruningSpeedup: number | null;
}

const nums = (xs: (number | null | undefined)[]) =>
  xs.filter((x): x is number => typeof x === 'number');

/** Reduces the Chromium results, the long-task scan and the pruning checks to their headlines. */
export function summarizeChromium(
  chromium: ChromiumPageResult[] | null,
  longTasks: LongTaskScan | null,
  pages: PageResult[],
): ChromiumSummary {
  const c = chromium ?? [];
  const checks = c.filter((p) => p.isCheckArticle);
  const readability = (p: ChromiumPageResult) => p.inPage?.bareReadabilityMs ?? null;
  const checkExtra = sum(nums(checks.map((p) => p.extraMs)));
  const checkReadability = sum(nums(checks.map(readability)));
  const largest = [...c]
    .filter((p) => !p.isCheckArticle && p.status !== 'not-article')
    .sort((a, b) => b.bytes - a.bytes)[0];
  const pruned = pages.filter((p) => p.pruning);
  const wholeMs = sum(pruned.map((p) => p.pruning!.wholeParseMs));
  const prunedMs = sum(pruned.map((p) => p.pruning!.prunedParseMs));
  return {
    checkArticles: checks.map((p) => ({
      id: p.id,
      extraMs: p.extraMs,
      readabilityMs: readability(p),
    })),
    checkExtraOverReadability:
      checks.length && checkReadability > 0 ? round(checkExtra / checkReadability) : null,
    nonArticleExtraMsMedian: chromium
      ? round(median(nums(c.filter((p) => p.status === 'not-article').map((p) => p.extraMs))), 1)
      : null,
    emptyContentScriptMs: chromium ? round(median(nums(c.map((p) => p.emptyMs))), 1) : null,
    largestPage: largest
      ? {
          id: largest.id,
          longestWith: largest.longestMsWith,
          longestWithout: largest.longestMsBare,
        }
      : null,
    longestStepMs: chromium
      ? round(Math.max(0, ...c.flatMap((p) => Object.values(p.steps))), 1)
      : null,
    pagesOver100: longTasks ? longTasks.over100.length : null,
    pagesOver50: longTasks ? longTasks.over50.length : null,
    prunedDiffersNode: pruned.filter((p) => !p.pruning!.sameArticle).map((p) => p.id),
    prunedDiffersChromium: longTasks ? longTasks.prunedDiffers : null,
    pruningSpeedup: prunedMs > 0 ? round(wholeMs / prunedMs) : null,
  };
}
