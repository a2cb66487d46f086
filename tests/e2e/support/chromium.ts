import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { assertBuilt, CHROME_BUILD, CHROMIUM_PATH } from './paths';
import { poll } from './poll';

/** The few chrome.* calls the tests make inside the service worker (no @types/chrome needed). */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** Flags for a quiet, offline, sandbox-free headless Chromium (we run as root in CI). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A Chromium profile with the built extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's MV3 service worker (it can call chrome.* for the tests). */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium on a fresh profile with `.output/chrome-mv3` loaded, and finds the
 * extension's id from its service worker's address.
 */
export async function launchChromiumWithExtension(dir = CHROME_BUILD): Promise<ChromiumSession> {
  assertBuilt(dir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BASE_ARGS],
    viewport: { width: 1100, height: 800 },
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Launches the same Chromium without any extension (the baseline for "page unchanged"). */
export async function launchPlainChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BASE_ARGS });
}

/** Ids of every open tab, asked of the extension's service worker. */
function listTabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/**
 * Opens `url` in a new tab and returns the page with its browser tab id. Without the "tabs"
 * permission (SourceLens doesn't ask for it) tabs.query shows no URLs, so the new tab is the
 * one id that wasn't there before.
 */
export async function openTab(
  session: ChromiumSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await listTabIds(session.worker));
  const page = await session.context.newPage();
  const tabId = await poll(
    async () => {
      const fresh = (await listTabIds(session.worker)).filter((id) => !before.has(id));
      return fresh.length === 1 ? fresh[0] : null;
    },
    { message: 'the new tab to appear' },
  );
  await page.goto(url);
  return { page, tabId };
}

/** The toolbar badge text of a tab (what the user sees on the icon). */
export function readBadge(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup as a page for `tabId` (`popup.html?tabId=N`), as the popup supports. */
export async function openPopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 420, height: 700 });
  await page.goto(session.extensionUrl(`popup.html?tabId=${tabId}`));
  return page;
}
