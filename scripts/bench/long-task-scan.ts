import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './chromium-bench';
import { launch, measureLoad, type Session } from './chromium-load';
import type { BenchPage } from './pages';
import { servePages } from './serve';
import { round } from './stats';

/** One page's longest extension work in a single load (ms). */
export interface LongTaskRow {
  id: string;
  bytes: number;
  status: string | null;
  /** Longest long task after DOMContentLoaded, with the extension and in a load without it. */
  longestTaskMs: number | null;
  longestTaskMsWithout: number | null;
  /** Longest of the content script's own `sourcelens:*` steps. */
  longestStepMs: number | null;
  steps: Record<string, number>;
}

/**
 * `--long-tasks`: loads every page once with the extension (and once without, for comparison)
 * and records its longest task and step, to check "no task over 50 ms on any corpus page" on all
 * of them, not only the largest.
 */
export async function scanLongTasks(
  pages: BenchPage[],
  settleMs: number,
  log: (s: string) => void,
) {
  const ext = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const rows: LongTaskRow[] = [];
  let session: Session | null = null;
  let bare: Session | null = null;
  try {
    session = await launch(ext);
    bare = await launch(null);
    for (const [i, page] of pages.entries()) {
      log(`long tasks ${i + 1}/${pages.length}: ${page.id}`);
      const s = await measureLoad(session, server.urlOf(page.id), {
        untilAnswer: true,
        maxMs: settleMs,
        afterMs: 300,
      });
      // The same page without the extension, watched as long: is a long task the page's own?
      const b = await measureLoad(bare, server.urlOf(page.id), {
        untilAnswer: false,
        maxMs: 0,
        afterMs: s.watchedMs,
      });
      const steps = Object.fromEntries(
        Object.entries(s.steps).map(([k, v]) => [k, round(v, 1) ?? 0]),
      );
      rows.push({
        id: page.id,
        bytes: page.bytes,
        status: s.status,
        longestTaskMs: round(s.longestAfterDclMs, 1),
        longestTaskMsWithout: round(b.longestAfterDclMs, 1),
        longestStepMs: round(Math.max(0, ...Object.values(s.steps)), 1),
        steps,
      });
    }
  } finally {
    await session?.close();
    await bare?.close();
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }
  const over = rows.filter((r) => Math.max(r.longestTaskMs ?? 0, r.longestStepMs ?? 0) > 50);
  return { pages: rows.length, over50: over.map((r) => r.id), rows };
}
