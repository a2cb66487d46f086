import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './chromium-bench';
import { launch, measureLoad, type Session } from './chromium-load';
import { bundleProfiler, profileInPage } from './chromium-profile';
import type { BenchPage } from './pages';
import { servePages } from './serve';
import { round } from './stats';

/** One page loaded once with the extension and once without (ms). */
export interface LongTaskRow {
  id: string;
  bytes: number;
  status: string | null;
  /** Longest long task after DOMContentLoaded, with the extension and in a load without it. */
  longestTaskMs: number | null;
  longestTaskMsWithout: number | null;
  /** Longest run of the content script's own steps (each runs as its own task or inside one). */
  longestStepMs: number | null;
  steps: Record<string, number>;
  /** The pruned copy the content script read: elements, textChars, pruned. */
  copy: Record<string, number> | null;
  /** In the page without the extension: Readability on a whole copy vs on the pruned copy. */
  bareReadabilityMs: number | null;
  prunedParseMs: number | null;
  /** The article found on the pruned copy is the one found on a whole copy. */
  sameArticle: boolean | null;
}

/** What `--long-tasks` found over every page. */
export interface LongTaskScan {
  pages: number;
  /** Pages where the content script ran a task (a step) over 50 and over 100 ms. */
  over50: string[];
  over100: string[];
  /** Pages whose article differs on the pruned copy (none expected). */
  prunedDiffers: string[];
  rows: LongTaskRow[];
}

/** Loads one page with the extension and without it, and checks the pruning in the bare page. */
async function scanPage(
  url: string,
  page: BenchPage,
  [withExt, bare]: Session[],
  settleMs: number,
  profiler: string,
): Promise<LongTaskRow> {
  const s = await measureLoad(withExt, url, { untilAnswer: true, maxMs: settleMs, afterMs: 400 });
  const b = await measureLoad(bare, url, { untilAnswer: false, maxMs: 0, afterMs: s.watchedMs });
  const tab = await bare.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const inPage = await profileInPage(tab, profiler, 1).catch(() => null);
  await tab.close();
  const steps = Object.fromEntries(Object.entries(s.steps).map(([k, v]) => [k, round(v, 1) ?? 0]));
  return {
    id: page.id,
    bytes: page.bytes,
    status: s.status,
    longestTaskMs: round(s.longestAfterDclMs, 1),
    longestTaskMsWithout: round(b.longestAfterDclMs, 1),
    longestStepMs: round(Math.max(0, ...Object.values(s.steps)), 1),
    steps,
    copy: s.copy,
    bareReadabilityMs: inPage ? round(inPage.bareReadabilityMs, 1) : null,
    prunedParseMs: inPage ? round(inPage.prunedParseMs, 1) : null,
    sameArticle: inPage?.sameArticle ?? null,
  };
}

/**
 * `--long-tasks`: loads every page once with the extension and once without, records the
 * longest task of each and the content script's longest step (no extension task may pass
 * 100 ms, at most 3 pages 50 ms), and checks in the page that Readability finds the same
 * article on the pruned copy as on a whole one.
 */
export async function scanLongTasks(
  pages: BenchPage[],
  settleMs: number,
  log: (s: string) => void,
): Promise<LongTaskScan> {
  const ext = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const profiler = await bundleProfiler();
  const rows: LongTaskRow[] = [];
  const sessions: Session[] = [];
  try {
    sessions.push(await launch(ext), await launch(null));
    for (const [i, page] of pages.entries()) {
      log(`long tasks ${i + 1}/${pages.length}: ${page.id}`);
      rows.push(await scanPage(server.urlOf(page.id), page, sessions, settleMs, profiler));
    }
  } finally {
    for (const s of sessions) await s.close();
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }
  const over = (ms: number) => rows.filter((r) => (r.longestStepMs ?? 0) > ms).map((r) => r.id);
  return {
    pages: rows.length,
    over50: over(50),
    over100: over(100),
    prunedDiffers: rows.filter((r) => r.sameArticle === false).map((r) => r.id),
    rows,
  };
}
