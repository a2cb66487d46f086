import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM,
  launch,
  measureLoad,
  writeEmptyExtension,
  type LoadSample,
  type Session,
} from './chromium-load';
import { bundleProfiler, profileInPage, type InPageProfile } from './chromium-profile';
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
  /** Same for a do-nothing content script (the fixed cost any content script pays), when run. */
  extraTaskMsEmptyExtension: number | null;
  /** Longest long task after DOMContentLoaded (when content scripts run), with / without. */
  longestTaskMsWith: number | null;
  longestTaskMsWithout: number | null;
  /** The content script's own step measures in the runs with it (median per step), ms. */
  steps: Record<string, number>;
  /** The content script's steps timed inside the page (see in-page-entry.ts). */
  inPage: InPageProfile | null;
}

/** The Chromium version string, or null when the browser is missing. */
export function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/**
 * Builds the Chrome extension when .output/chrome-mv3 is missing or `force` is set (build
 * output goes to stderr, keeping stdout for the report).
 */
export function ensureBuilt(force = false): string {
  const out = join(REPO_ROOT, '.output', 'chrome-mv3');
  if (force || !existsSync(join(out, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
    });
  }
  return out;
}

/**
 * Picks the Chromium pages: the reference fixture(s), the `largest` biggest corpus pages, and
 * the smallest non-article fixture (what the extension costs a page it does nothing on).
 */
export function pickChromiumPages(pages: BenchPage[], largest: number): BenchPage[] {
  const reference = pages.filter((p) => p.category === 'reference');
  const big = pages
    .filter((p) => p.origin === 'corpus')
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, largest);
  const negatives = pages
    .filter((p) => p.origin === 'fixture' && p.category === 'negative')
    .sort((a, b) => a.bytes - b.bytes);
  return [...reference, ...big, ...negatives.slice(0, 1)];
}

// The content script draws its highlights right after the answer; watch a little longer.
const SETTLE_AFTER_MS = 300;

const med = (list: LoadSample[], key: 'taskMs' | 'longestAfterDclMs') =>
  list.length ? median(list.map((s) => s[key])) : NaN;

/** Median over loads of each step the content script measured (a missing step counts as 0). */
function medianSteps(samples: LoadSample[]): Record<string, number> {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.steps)))].sort();
  return Object.fromEntries(
    names.map((n) => [n, round(median(samples.map((s) => s.steps[n] ?? 0)), 1) ?? 0]),
  );
}

/** Rounds every number in a profile (nested objects too) to hundredths of a millisecond. */
function roundProfile<T>(value: T): T {
  if (typeof value === 'number') return round(value, 2) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundProfile(v)])) as T;
}

/**
 * Loads `url` `loads` times in each session, taking turns so drift on the shared machine hits
 * all alike. The extension's session goes first and waits for its answer (at most `maxMs`);
 * the others then watch their page for the same span.
 */
async function sampleLoads(
  withExt: Session,
  others: Session[],
  url: string,
  loads: number,
  maxMs: number,
) {
  const run = async () => {
    const w = await measureLoad(withExt, url, {
      untilAnswer: true,
      maxMs,
      afterMs: SETTLE_AFTER_MS,
    });
    const o: LoadSample[] = [];
    for (const s of others)
      o.push(await measureLoad(s, url, { untilAnswer: false, maxMs: 0, afterMs: w.watchedMs }));
    return { w, o };
  };
  await run(); // untimed: warms the caches and the compiled extension code
  const withSamples: LoadSample[] = [];
  const otherSamples: LoadSample[][] = others.map(() => []);
  for (let i = 0; i < loads; i++) {
    const { w, o } = await run();
    withSamples.push(w);
    o.forEach((s, k) => otherSamples[k].push(s));
  }
  return { withSamples, otherSamples };
}

/**
 * Loads each page `loads` times without and with the extension, profiles the content script's
 * steps inside the page, and on the non-article page also loads it with a do-nothing
 * extension. Runs a copy of the built extension, so a rebuild during the run changes nothing.
 */
export async function benchChromium(
  pages: BenchPage[],
  loads: number,
  settleMs: number,
  log: (s: string) => void,
) {
  const ext = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const emptyExt = writeEmptyExtension();
  const profiler = await bundleProfiler();
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const sessions: Session[] = [];
  const results: ChromiumPageResult[] = [];
  try {
    const bare = await launch(null);
    sessions.push(bare);
    const withExt = await launch(ext);
    sessions.push(withExt);
    const empty = await launch(emptyExt, false);
    sessions.push(empty);
    for (const page of pages) {
      log(`chromium: ${page.id}`);
      const url = server.urlOf(page.id);
      const isFixedCostPage = page.origin === 'fixture' && page.category === 'negative';
      const { withSamples: b, otherSamples } = await sampleLoads(
        withExt,
        isFixedCostPage ? [bare, empty] : [bare],
        url,
        // The fixed cost is small against the noise of a load; a tiny page affords more loads.
        isFixedCostPage ? loads * 3 : loads,
        settleMs,
      );
      const [a, c] = otherSamples;
      const tab = await bare.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const inPage = await profileInPage(tab, profiler, 5).catch(() => null);
      await tab.close();
      const statuses = b.map((s) => s.status ?? 'timeout').sort();
      results.push({
        id: page.id,
        bytes: page.bytes,
        loads: b.length,
        status: statuses[Math.floor(statuses.length / 2)] ?? null,
        taskMsWithout: round(med(a, 'taskMs'), 1),
        taskMsWith: round(med(b, 'taskMs'), 1),
        extraTaskMs: round(med(b, 'taskMs') - med(a, 'taskMs'), 1),
        extraTaskMsEmptyExtension: c ? round(med(c, 'taskMs') - med(a, 'taskMs'), 1) : null,
        longestTaskMsWith: round(med(b, 'longestAfterDclMs'), 1),
        longestTaskMsWithout: round(med(a, 'longestAfterDclMs'), 1),
        steps: medianSteps(b),
        inPage: roundProfile(inPage),
      });
    }
  } finally {
    for (const s of sessions) await s.close();
    await server.close();
    for (const dir of [ext, emptyExt]) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
