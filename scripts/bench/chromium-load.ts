import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet, reproducible loads; every host but 127.0.0.1 fails at once (no network waits).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** One browser profile, with or without the extension. */
export interface Session {
  context: BrowserContext;
  worker: Worker | null;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium on a fresh profile, loading the unpacked extension in `extDir`
 * (and waiting for its service worker when it has one).
 */
export async function launch(extDir: string | null, withWorker = true): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const args = extDir
    ? [...FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`]
    : FLAGS;
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args,
      ignoreDefaultArgs: ['--disable-extensions'],
    })
    .catch((e: unknown) => {
      rmSync(profile, { recursive: true, force: true });
      throw e;
    });
  let worker: Worker | null = null;
  if (extDir && withWorker)
    worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10000 }));
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What one page load cost the page's main thread. */
export interface LoadSample {
  /** CDP `Performance.getMetrics` TaskDuration, ms. */
  taskMs: number;
  scriptMs: number;
  /** Longest 'longtask' entry over the whole load, ms (0 when none over 50 ms). */
  longestTaskMs: number;
  /** Longest long task that began after DOMContentLoaded, when content scripts run. */
  longestAfterDclMs: number;
  /** The extension's answer for the tab (ready, not-article, …) or null without it. */
  status: string | null;
  /**
   * The content script's own step timings ("sourcelens:clone", "sourcelens:extract"…, which it
   * records with performance.measure on the page's timeline), longest per step, ms.
   */
  steps: Record<string, number>;
}

// In-page code is kept as plain JS strings: tsx's helpers (`__name`) don't exist in the page.
// Collects long tasks from the very start of the document (the content script's tasks are
// attributed to the page's main thread, so the page's observer sees them too).
const OBSERVE_LONG_TASKS = `
  window.__slLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__slLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
`;

const READ_LONG_TASKS = `(() => {
  const entries = window.__slLong || [];
  const nav = performance.getEntriesByType('navigation')[0];
  const dcl = nav ? nav.domContentLoadedEventEnd : 0;
  let all = 0, afterDcl = 0;
  for (const e of entries) {
    all = Math.max(all, e.duration);
    if (e.start >= dcl) afterDcl = Math.max(afterDcl, e.duration);
  }
  const steps = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (m.name.startsWith('sourcelens:')) steps[m.name.slice(11)] = Math.max(steps[m.name.slice(11)] || 0, m.duration);
  }
  return { all, afterDcl, steps };
})()`;

const READ_STATUS = `(async () => {
  const all = await chrome.storage.session.get(null);
  const done = Object.values(all).find((s) => s && s.status && s.status !== 'loading');
  return done ? done.status : null;
})()`;

async function waitForStatus(worker: Worker, untilMs: number): Promise<string | null> {
  while (Date.now() < untilMs) {
    const status = (await worker.evaluate(READ_STATUS)) as string | null;
    if (status) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/** How long to watch a page after its load event. */
export interface SettleRule {
  /** Wait for the extension's answer first (sessions with a service worker), at most `maxMs`. */
  untilAnswer: boolean;
  maxMs: number;
  /** Then this much longer (the content script draws after the answer), or exactly this long without waiting for an answer. */
  afterMs: number;
}

/**
 * Loads `url` in a new tab and measures it. With the extension it waits for the tab's answer
 * (ready, not-article…) and then `afterMs`; without, exactly `afterMs`. `watchedMs` tells the
 * span watched, so the run without the extension can be given the same span.
 */
export async function measureLoad(
  session: Session,
  url: string,
  rule: SettleRule,
): Promise<LoadSample & { watchedMs: number }> {
  if (session.worker) await session.worker.evaluate('chrome.storage.session.clear()');
  const page = await session.context.newPage();
  await page.addInitScript({ content: OBSERVE_LONG_TASKS });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const loaded = Date.now();
  const status =
    session.worker && rule.untilAnswer
      ? await waitForStatus(session.worker, loaded + rule.maxMs)
      : null;
  await page.waitForTimeout(rule.afterMs);
  const watchedMs = Date.now() - loaded;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const long = (await page.evaluate(READ_LONG_TASKS)) as {
    all: number;
    afterDcl: number;
    steps: Record<string, number>;
  };
  await cdp.detach();
  await page.close();
  return {
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    longestTaskMs: long.all,
    longestAfterDclMs: long.afterDcl,
    status,
    steps: long.steps,
    watchedMs,
  };
}

/**
 * Writes a do-nothing MV3 extension whose content script is one statement, at the same
 * `document_idle` on every page: what any content script costs a page, for comparison.
 */
export function writeEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  return dir;
}
