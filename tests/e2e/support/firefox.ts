import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, FIREFOX_BUILD, FIREFOX_PATH, GECKO_ID } from './paths';
import { poll } from './poll';

/** The few WebExtension calls the tests make from an extension page. */
declare const browser: {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** A Firefox profile with the built extension installed as a temporary add-on. */
export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/<path>`; the uuid is pinned by a pref, so it is known up front. */
  extensionUrl(path: string): string;
  /** An extension page kept open to call browser.* from (tabs, badge, messages). */
  control: Page;
  close(): Promise<void>;
}

/**
 * Navigates to an extension page. Firefox's BiDi navigation to moz-extension:// may never
 * report "loaded" to Puppeteer, so the navigation is started without waiting and the page is
 * polled until the extension API is there.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    () =>
      page.evaluate(
        (u) =>
          location.href === u && document.readyState === 'complete' && typeof browser === 'object',
        url,
      ),
    { message: `extension page ${url}` },
  );
}

/**
 * Launches Debian's Firefox ESR (WebDriver BiDi) on a fresh profile, installs
 * `.output/firefox-mv2`, and opens a control page inside the extension. `prefs` are extra
 * Firefox preferences (the privacy test routes all traffic through a recording proxy this way).
 */
export async function launchFirefoxWithExtension(
  dir = FIREFOX_BUILD,
  prefs: Record<string, unknown> = {},
): Promise<FirefoxSession> {
  assertBuilt(dir);
  const uuid = randomUUID();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelens-firefox-'));
  const instance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    // System access lets the BiDi session open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...prefs,
    },
    defaultViewport: { width: 1100, height: 800 },
  });
  const close = async () => {
    await instance.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    await instance.installExtension(dir);
    const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    const control = await instance.newPage();
    await gotoExtensionPage(control, extensionUrl('popup.html'));
    return { browser: instance, extensionUrl, control, close };
  } catch (e) {
    await close();
    throw e;
  }
}

function listTabIds(control: Page): Promise<number[]> {
  return control.evaluate(async () =>
    (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/**
 * Opens `url` in a new tab and returns the page with its tab id (the one id that wasn't there
 * before: without the "tabs" permission tabs.query shows no URLs).
 */
export async function openTab(
  session: FirefoxSession,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await listTabIds(session.control));
  const page = await session.browser.newPage();
  const tabId = await poll(
    async () => {
      const fresh = (await listTabIds(session.control)).filter((id) => !before.has(id));
      return fresh.length === 1 ? fresh[0] : null;
    },
    { message: 'the new tab to appear' },
  );
  await page.goto(url);
  return { page, tabId };
}

/** The toolbar badge text of a tab, read through browserAction from the control page. */
export function readBadge(session: FirefoxSession, tabId: number): Promise<string> {
  return session.control.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup as a page for `tabId` (`popup.html?tabId=N`). */
export async function openPopup(session: FirefoxSession, tabId: number): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 420, height: 700 });
  await gotoExtensionPage(page, session.extensionUrl(`popup.html?tabId=${tabId}`));
  return page;
}
