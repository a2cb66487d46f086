import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { REPO_ROOT } from './pages';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet, reproducible loads; every host but 127.0.0.1 fails at once (no network waits).
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** One browser profile, with or without the extension. */
export interface Session {
  context: BrowserContext;
  worker: Worker | null;
  close(): Promise<void>;
}

/** Launches headless Chromium on a fresh profile, loading the unpacked extension in `extDir`. */
export async function launch(extDir: string | null): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const args = extDir ? [...FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  let worker: Worker | null = null;
  if (extDir) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10000 }));
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
  return { all, afterDcl };
})()`;

const READ_STATUS = `(async () => {
  const all = await chrome.storage.session.get(null);
  const done = Object.values(all).find((s) => s && s.status && s.status !== 'loading');
  return done ? done.status : null;
})()`;

const TIME_READABILITY = (reps: number) => `(() => {
  const times = [];
  for (let i = 0; i < ${reps + 1}; i++) {
    const t0 = performance.now();
    new globalThis.__slReadability(document.cloneNode(true)).parse();
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
})()`;

async function waitForStatus(worker: Worker, untilMs: number): Promise<string | null> {
  while (Date.now() < untilMs) {
    const status = (await worker.evaluate(READ_STATUS)) as string | null;
    if (status) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/**
 * Loads `url` in a new tab and measures it: waits for the extension's answer (or `settleMs`),
 * then lets the page settle until `settleMs` after the load event, so runs with and without
 * the extension cover the same span.
 */
export async function measureLoad(session: Session, url: string, settleMs: number): Promise<LoadSample> {
  if (session.worker) await session.worker.evaluate('chrome.storage.session.clear()');
  const page = await session.context.newPage();
  await page.addInitScript({ content: OBSERVE_LONG_TASKS });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + settleMs;
  const status = session.worker ? await waitForStatus(session.worker, deadline) : null;
  const rest = deadline - Date.now();
  if (rest > 0) await page.waitForTimeout(rest);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const long = (await page.evaluate(READ_LONG_TASKS)) as { all: number; afterDcl: number };
  await cdp.detach();
  await page.close();
  return {
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    longestTaskMs: long.all,
    longestAfterDclMs: long.afterDcl,
    status,
  };
}

/**
 * Times a bare `new Readability(document.cloneNode(true)).parse()` inside the loaded page
 * (Readability.js injected into the main world), `reps` times; returns the median in ms.
 */
export async function timeReadabilityInPage(page: Page, reps: number): Promise<number> {
  const source = readFileSync(join(REPO_ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.evaluate', { expression: `${source}\n;globalThis.__slReadability = Readability;` });
  await cdp.detach();
  return (await page.evaluate(TIME_READABILITY(reps))) as number;
}
