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
  /** The throwaway profile directory (names this browser's processes). */
  profile: string;
  worker: Worker | null;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium on a fresh profile, loading the unpacked extension in `extDir`
 * (and waiting for its service worker when it has one).
 */
export async function launch(
  extDir: string | null,
  withWorker = true,
  extraArgs: string[] = [],
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const args = extDir
    ? [
        ...FLAGS,
        ...extraArgs,
        `--disable-extensions-except=${extDir}`,
        `--load-extension=${extDir}`,
      ]
    : [...FLAGS, ...extraArgs];
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
    profile,
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
  /** What the content script concluded (ready, not-article, waiting…), null without it. */
  status: string | null;
  /**
   * The content script's own steps (snapshot slices, extract, anchor slices, draw; clone slices and parse when it reads in the page), read
   * from its isolated world (entrypoints/news.content/steps.ts): the longest run per step, ms.
   */
  steps: Record<string, number>;
  /** The same, summed over the runs of each step, ms. */
  stepTotals: Record<string, number>;
  /** The size of the pruned copy the content script read (elements, textChars, pruned). */
  copy: Record<string, number> | null;
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

/** What the content script left in its world (see steps.ts); "none" before it ran. */
const READ_STATE = `globalThis.sourcelens ? sourcelens.state : 'none'`;
const READ_STEPS = `JSON.stringify(globalThis.sourcelens || null)`;
/** Asked of pages without the extension, so every session polls its page alike. */
const NO_STATE = `'none'`;

/** How often to look at the page while waiting for the content script's conclusion. */
const POLL_MS = 250;

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** Evaluates `expression` in the page's main world, or in a content script's isolated world. */
async function evaluate(cdp: Cdp, expression: string, contextId?: number): Promise<unknown> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
    ...(contextId === undefined ? {} : { contextId }),
  });
  return result.value;
}

/** Watches for the extension's isolated worlds (content scripts) in the page's frames. */
function watchIsolatedWorlds(cdp: Cdp): number[] {
  const ids: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (aux?.type === 'isolated') ids.push(context.id);
  });
  return ids;
}

/** The isolated world where SourceLens's content script left its log, if any yet. */
async function findOurWorld(cdp: Cdp, worlds: number[]): Promise<number | undefined> {
  for (const id of worlds) {
    const state = await evaluate(cdp, READ_STATE, id).catch(() => 'none');
    if (state !== 'none') return id;
  }
  return undefined;
}

/** How long to watch a page after its load event. */
export interface SettleRule {
  /** Wait for the content script's conclusion first (the extension's session), at most `maxMs`. */
  untilAnswer: boolean;
  maxMs: number;
  /** Then this much longer (the content script draws after the answer), or exactly this long without waiting for an answer. */
  afterMs: number;
}

/** Polls the page every `POLL_MS` until `done` says so or `untilMs` passes; returns the last state. */
async function pollPage(
  cdp: Cdp,
  worlds: number[] | null,
  untilMs: number,
  done: (state: string) => boolean,
): Promise<{ state: string | null; world: number | undefined }> {
  let world: number | undefined;
  let state: string | null = null;
  while (Date.now() < untilMs) {
    if (worlds) {
      world ??= await findOurWorld(cdp, worlds);
      state = world === undefined ? null : ((await evaluate(cdp, READ_STATE, world)) as string);
    } else await evaluate(cdp, NO_STATE);
    if (state && done(state)) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return { state, world };
}

/**
 * Loads `url` in a new tab and measures it. With the extension (`untilAnswer`) it waits for
 * the content script's conclusion and then `afterMs`; without, it watches exactly `afterMs`.
 * Every session looks at its page at the same rate, so the looking costs all of them alike;
 * `watchedMs` tells the span watched, so the other sessions can be given the same.
 */
export async function measureLoad(
  session: Session,
  url: string,
  rule: SettleRule,
): Promise<LoadSample & { watchedMs: number }> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: OBSERVE_LONG_TASKS });
  const cdp = await session.context.newCDPSession(page);
  const worlds = watchIsolatedWorlds(cdp);
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  const loaded = Date.now();
  let status: string | null = null;
  let world: number | undefined;
  if (rule.untilAnswer) {
    ({ state: status, world } = await pollPage(
      cdp,
      worlds,
      loaded + rule.maxMs,
      (s) => s !== 'loading',
    ));
  }
  await pollPage(cdp, rule.untilAnswer ? worlds : null, Date.now() + rule.afterMs, () => false);
  const watchedMs = Date.now() - loaded;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const long = (await evaluate(cdp, READ_LONG_TASKS)) as { all: number; afterDcl: number };
  const log =
    world === undefined
      ? null
      : (JSON.parse((await evaluate(cdp, READ_STEPS, world)) as string) as {
          steps: Record<string, number[]>;
          copy?: Record<string, number>;
        } | null);
  await cdp.detach();
  await page.close();
  const steps = Object.entries(log?.steps ?? {});
  return {
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    longestTaskMs: long.all,
    longestAfterDclMs: long.afterDcl,
    status,
    steps: Object.fromEntries(steps.map(([k, v]) => [k, Math.max(...v)])),
    stepTotals: Object.fromEntries(steps.map(([k, v]) => [k, v.reduce((a, b) => a + b, 0)])),
    copy: log?.copy ?? null,
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
