import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launch, measureLoad, timeReadabilityInPage, type LoadSample } from './chromium-load';
import { REPO_ROOT, type BenchPage } from './pages';
import { servePages } from './serve';
import { median, round } from './stats';

/** What the extension cost one page in real Chromium (medians over loads, ms). */
export interface ChromiumPageResult {
  id: string;
  bytes: number;
  loads: number;
  /** The extension's answer for the tab in the runs with it (ready, not-article, …). */
  status: string | null;
  taskMsWithout: number | null;
  taskMsWith: number | null;
  /** Main-thread time the extension adds: median with − median without. */
  extraTaskMs: number | null;
  /** Longest long task after DOMContentLoaded (when content scripts run), with / without. */
  longestTaskMsWith: number | null;
  longestTaskMsWithout: number | null;
  /** Bare `new Readability(document.cloneNode(true)).parse()` in the same page. */
  readabilityMs: number | null;
}

/** The Chromium version string, or null when the browser is missing. */
export function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Builds the Chrome extension when .output/chrome-mv3 is missing (build output goes to stderr). */
export function ensureBuilt(): string {
  const out = join(REPO_ROOT, '.output', 'chrome-mv3');
  if (!existsSync(join(out, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  }
  return out;
}

/**
 * Picks the Chromium pages: the reference fixture(s), the `largest` biggest corpus pages, and
 * the smallest non-article fixture (what the extension costs a page it does nothing on).
 */
export function pickChromiumPages(pages: BenchPage[], largest: number): BenchPage[] {
  const reference = pages.filter((p) => p.category === 'reference');
  const big = pages.filter((p) => p.origin === 'corpus').sort((a, b) => b.bytes - a.bytes).slice(0, largest);
  const negatives = pages.filter((p) => p.origin === 'fixture' && p.category === 'negative').sort((a, b) => a.bytes - b.bytes);
  return [...reference, ...big, ...negatives.slice(0, 1)];
}

function summarize(page: BenchPage, without: LoadSample[], withExt: LoadSample[], readabilityMs: number | null): ChromiumPageResult {
  const m = (list: LoadSample[], key: keyof Omit<LoadSample, 'status'>) => (list.length ? median(list.map((s) => s[key])) : NaN);
  const statuses = withExt.map((s) => s.status ?? 'timeout');
  return {
    id: page.id,
    bytes: page.bytes,
    loads: withExt.length,
    status: statuses.sort()[Math.floor(statuses.length / 2)] ?? null,
    taskMsWithout: round(m(without, 'taskMs'), 1),
    taskMsWith: round(m(withExt, 'taskMs'), 1),
    extraTaskMs: round(m(withExt, 'taskMs') - m(without, 'taskMs'), 1),
    longestTaskMsWith: round(m(withExt, 'longestAfterDclMs'), 1),
    longestTaskMsWithout: round(m(without, 'longestAfterDclMs'), 1),
    readabilityMs: readabilityMs === null ? null : round(readabilityMs, 2),
  };
}

/**
 * Loads each page `loads` times without and with the extension (alternating, so drift on the
 * shared machine hits both alike) and times a bare Readability parse in the same page. Runs a
 * copy of the built extension so a rebuild during the run can't change what is measured.
 */
export async function benchChromium(pages: BenchPage[], loads: number, settleMs: number, log: (s: string) => void) {
  const ext = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const bare = await launch(null);
  const withExt = await launch(ext);
  const results: ChromiumPageResult[] = [];
  try {
    for (const page of pages) {
      log(`chromium: ${page.id}`);
      const url = server.urlOf(page.id);
      // One untimed load each warms the caches and the compiled extension code.
      await measureLoad(bare, url, settleMs);
      await measureLoad(withExt, url, settleMs);
      const a: LoadSample[] = [];
      const b: LoadSample[] = [];
      for (let i = 0; i < loads; i++) {
        a.push(await measureLoad(bare, url, settleMs));
        b.push(await measureLoad(withExt, url, settleMs));
      }
      const tab = await bare.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const readabilityMs = await timeReadabilityInPage(tab, 5).catch(() => null);
      await tab.close();
      results.push(summarize(page, a, b, readabilityMs));
    }
  } finally {
    await withExt.close();
    await bare.close();
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }
  return results;
}
