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
  /** One of the articles the check sums over (`checkArticleIds`). */
  isCheckArticle: boolean;
  loads: number;
  /** What the content script concluded in the runs with it (ready, not-article, waiting…). */
  status: string | null;
  /** CDP TaskDuration: without any extension, with a do-nothing content script, with SourceLens. */
  taskMsBare: number | null;
  taskMsEmpty: number | null;
  taskMsWith: number | null;
  /** Main-thread time SourceLens adds beyond a do-nothing content script: with − empty. */
  extraMs: number | null;
  /** What a do-nothing content script costs: empty − bare. */
  emptyMs: number | null;
  /** `extraMs` ÷ a warm bare Readability parse of the page (`inPage.bareReadabilityMs`). */
  extraOverReadability: number | null;
  /** Longest long task after DOMContentLoaded, per mode. */
  longestMsWith: number | null;
  longestMsEmpty: number | null;
  longestMsBare: number | null;
  /** The content script's steps in the runs with it: the longest run of each (median), ms. */
  steps: Record<string, number>;
  /** Readability and the pruning timed inside the page (see in-page-entry.ts). */
  inPage: InPageProfile | null;
}

/**
 * The articles the check sums over: the reference article, a corpus article kept in
 * tests/fixtures/pages, and `en-theweek-h1` when the held-back corpus is given with --pages,
 * else a fixture article of about its size (1.2 MB). Extra time beyond a do-nothing content
 * script ≤ 2× a warm bare Readability parse, summed.
 */
const CHECK_ARTICLES = ['us-israel-relations', 'en-bbc-nyc-mass-burials-1'];
const HELD_BACK_CHECK = 'en-theweek-h1';
const FIXTURE_CHECK = 'en-yahoo-gma-flag-photo-abc-1';

/** The ids of the check articles among `pages`. */
export function checkArticleIds(pages: BenchPage[]): string[] {
  const has = (id: string) => pages.some((p) => p.id === id);
  return [...CHECK_ARTICLES, has(HELD_BACK_CHECK) ? HELD_BACK_CHECK : FIXTURE_CHECK].filter(has);
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
 * Picks the Chromium pages: the check articles, the `largest` biggest corpus pages, the big
 * generated pages (forum-page.ts) and the non-article fixtures (what the extension costs a
 * page it does nothing on).
 */
export function pickChromiumPages(pages: BenchPage[], largest: number): BenchPage[] {
  const checkIds = checkArticleIds(pages);
  const checks = pages.filter((p) => checkIds.includes(p.id));
  const big = pages
    .filter((p) => p.origin === 'corpus' && !checkIds.includes(p.id))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, largest);
  const generated = pages.filter((p) => p.origin === 'fixture' && p.category === 'large');
  const negatives = pages.filter((p) => p.origin === 'fixture' && p.category === 'negative');
  return [...checks, ...big, ...generated, ...negatives];
}

// The content script draws its highlights right after its conclusion: watch a little longer.
const SETTLE_AFTER_MS = 400;

const med = (list: LoadSample[], key: 'taskMs' | 'longestAfterDclMs') =>
  list.length ? median(list.map((s) => s[key])) : NaN;

/** Median over loads of each step's longest run (a step missing from a load counts as 0). */
function medianSteps(samples: LoadSample[]): Record<string, number> {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.steps)))].sort();
  return Object.fromEntries(
    names.map((n) => [n, round(median(samples.map((s) => s.steps[n] ?? 0)), 1) ?? 0]),
  );
}

/** Rounds every number in a profile to hundredths of a millisecond. */
function roundProfile<T>(value: T): T {
  if (typeof value === 'number') return round(value, 2) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundProfile(v)])) as T;
}

/**
 * Loads `url` `loads` times in each session, taking turns so drift on the shared machine hits
 * all alike. The extension's session goes first and waits for the content script's conclusion
 * (at most `maxMs`); the others then watch their page for the same span.
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
  await run(); // untimed: warms the caches (the content script itself always runs cold)
  const withSamples: LoadSample[] = [];
  const otherSamples: LoadSample[][] = others.map(() => []);
  for (let i = 0; i < loads; i++) {
    const { w, o } = await run();
    withSamples.push(w);
    o.forEach((s, k) => otherSamples[k].push(s));
  }
  return { withSamples, otherSamples };
}

/** The result for one page from its samples in the three sessions and its in-page profile. */
function pageResult(
  page: BenchPage,
  isCheckArticle: boolean,
  [withExt, empty, bare]: LoadSample[][],
  inPage: InPageProfile | null,
): ChromiumPageResult {
  const statuses = withExt.map((s) => s.status ?? 'timeout').sort();
  const extra = med(withExt, 'taskMs') - med(empty, 'taskMs');
  const isArticle = inPage?.readerable && inPage.textChars > 0;
  return {
    id: page.id,
    bytes: page.bytes,
    isCheckArticle,
    loads: withExt.length,
    status: statuses[Math.floor(statuses.length / 2)] ?? null,
    taskMsBare: round(med(bare, 'taskMs'), 1),
    taskMsEmpty: round(med(empty, 'taskMs'), 1),
    taskMsWith: round(med(withExt, 'taskMs'), 1),
    extraMs: round(extra, 1),
    emptyMs: round(med(empty, 'taskMs') - med(bare, 'taskMs'), 1),
    extraOverReadability:
      isArticle && inPage.bareReadabilityMs > 0 ? round(extra / inPage.bareReadabilityMs) : null,
    longestMsWith: round(med(withExt, 'longestAfterDclMs'), 1),
    longestMsEmpty: round(med(empty, 'longestAfterDclMs'), 1),
    longestMsBare: round(med(bare, 'longestAfterDclMs'), 1),
    steps: medianSteps(withExt),
    inPage: roundProfile(inPage),
  };
}

/**
 * Loads each page `loads` times with SourceLens, with a do-nothing content script and without
 * any extension, and profiles Readability inside the page. Runs a copy of the built
 * extension, so a rebuild during the run changes nothing.
 */
export async function benchChromium(
  pages: BenchPage[],
  loads: number,
  settleMs: number,
  log: (s: string) => void,
) {
  const checkIds = checkArticleIds(pages);
  const ext = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const emptyExt = writeEmptyExtension();
  const profiler = await bundleProfiler();
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const sessions: Session[] = [];
  const results: ChromiumPageResult[] = [];
  try {
    const withExt = await launch(ext);
    const empty = await launch(emptyExt, false);
    const bare = await launch(null);
    sessions.push(withExt, empty, bare);
    for (const page of pages) {
      log(`chromium: ${page.id}`);
      const url = server.urlOf(page.id);
      const { withSamples, otherSamples } = await sampleLoads(
        withExt,
        [empty, bare],
        url,
        // The cost on a non-article is small against the noise of a load: more loads there.
        page.category === 'negative' ? loads * 3 : loads,
        settleMs,
      );
      const tab = await bare.context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const inPage = await profileInPage(tab, profiler, 5).catch(() => null);
      await tab.close();
      const isCheck = checkIds.includes(page.id);
      results.push(pageResult(page, isCheck, [withSamples, ...otherSamples], inPage));
    }
  } finally {
    for (const s of sessions) await s.close();
    await server.close();
    for (const dir of [ext, emptyExt]) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
