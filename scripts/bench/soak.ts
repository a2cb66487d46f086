import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureBuilt } from './chromium-bench';
import { launch, type Session } from './chromium-load';
import type { BenchPage } from './pages';
import { servePages } from './serve';
import { round } from './stats';

/** One look at the extension after some loads. */
export interface SoakSample {
  loads: number;
  /** The service worker's JS heap in use after a garbage collection (CDP), MB. */
  workerHeapMB: number | null;
  /** Resident memory of the extension's process (where its service worker runs), MB. */
  extensionRssMB: number | null;
  /** Tab states the background keeps in `storage.session` (one per tab it knows). */
  tabStates: number;
  /** Tabs open in the browser at that moment (the soak's own page closed). */
  openTabs: number;
}

/** What 300 loads in one browser left behind. */
export interface SoakResult {
  loads: number;
  pages: number;
  samples: SoakSample[];
  /** Worker heap at the end ÷ after the first round of pages (after a garbage collection). */
  heapGrowth: number | null;
  /** Tab states left once every tab the soak opened is closed (should be 0). */
  statesLeft: number;
  /** The content script's conclusions over all loads, counted. */
  statuses: Record<string, number>;
}

// Evaluated in the service worker (plain strings: tsx's helpers do not exist there).
const TAB_STATES = `chrome.storage.session.get(null).then((all) =>
  Object.keys(all).filter((k) => k.startsWith('sourcelens:tab:')).length)`;
const STATE = `globalThis.sourcelens ? sourcelens.state : 'none'`;

/**
 * The extension's service worker's JS heap after a full garbage collection, MB, through a
 * second CDP client (puppeteer) on the same browser: Playwright gives no CDP session on
 * service workers. Found again at each look, since Chromium may have restarted the worker.
 */
async function workerHeap(cdpBrowser: Browser): Promise<number | null> {
  const target = await cdpBrowser
    .waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 5000 },
    )
    .catch(() => null);
  if (!target) return null;
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return round(usedSize / 1048576, 2);
  } finally {
    await cdp.detach();
  }
}

/** Connects a second CDP client to the browser of `session` (launched with a debugging port). */
async function connectCdp(session: Session): Promise<Browser> {
  const port = readFileSync(join(session.profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  return puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
}

/** Resident memory of Chromium's extension processes under `profile`, MB (Linux /proc). */
function extensionRss(profile: string): number | null {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--extension-process') || !cmd.includes(profile)) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb ? round(kb / 1024, 1) : null;
}

/** Opens `url`, waits (at most `maxMs`) for the content script's conclusion, closes the tab. */
async function openReadClose(session: Session, url: string, maxMs: number): Promise<string> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if ((context.auxData as { type?: string } | undefined)?.type === 'isolated')
      worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  let state = 'none';
  for (const until = Date.now() + maxMs; Date.now() < until;) {
    for (const contextId of worlds) {
      const { result } = await cdp
        .send('Runtime.evaluate', { expression: STATE, returnByValue: true, contextId })
        .catch(() => ({ result: { value: 'none' } }));
      if (result.value !== 'none') state = result.value as string;
    }
    if (state !== 'none' && state !== 'loading') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.detach();
  await page.close();
  return state;
}

/**
 * The soak (`npm run bench -- --soak`, not in CI): `loads` page loads in one browser, each
 * page opened, read by SourceLens and closed, cycling through `pages`; every `every` loads it
 * records the service worker's heap, the extension process's memory and the tab states the
 * background keeps. Bounded means: heap at the end within 1.5× of the heap after the first
 * round, and no tab state left for closed tabs.
 */
export async function soak(
  pages: BenchPage[],
  loads: number,
  maxMs: number,
  log: (s: string) => void,
  every = 50,
): Promise<SoakResult> {
  const ext = mkdtempSync(join(tmpdir(), 'sl-soak-ext-'));
  cpSync(ensureBuilt(), ext, { recursive: true });
  const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
  const session = await launch(ext, true, ['--remote-debugging-port=0']);
  const worker = session.worker!;
  const cdpBrowser = await connectCdp(session);
  const samples: SoakSample[] = [];
  const statuses: Record<string, number> = {};
  const look = async (done: number) => {
    const sample: SoakSample = {
      loads: done,
      workerHeapMB: await workerHeap(cdpBrowser),
      extensionRssMB: extensionRss(session.profile),
      tabStates: (await worker.evaluate(TAB_STATES)) as number,
      openTabs: session.context.pages().length,
    };
    samples.push(sample);
    log(`soak: ${JSON.stringify(sample)}`);
  };
  try {
    await look(0);
    for (let i = 0; i < loads; i++) {
      const page = pages[i % pages.length];
      const state = await openReadClose(session, server.urlOf(page.id), maxMs);
      statuses[state] = (statuses[state] ?? 0) + 1;
      if ((i + 1) % every === 0 || i + 1 === pages.length) await look(i + 1);
    }
    // Closed tabs' states go when the browser reports the tab removed: give it a moment.
    await new Promise((r) => setTimeout(r, 1000));
    await look(loads);
  } finally {
    await cdpBrowser.disconnect();
    await session.close();
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }
  const firstRound = samples.find((s) => s.loads === Math.min(pages.length, loads));
  const last = samples[samples.length - 1];
  return {
    loads,
    pages: pages.length,
    samples,
    heapGrowth:
      firstRound?.workerHeapMB && last.workerHeapMB
        ? round(last.workerHeapMB / firstRound.workerHeapMB)
        : null,
    statesLeft: last.tabStates,
    statuses,
  };
}
