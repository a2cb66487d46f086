import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserDriver, TabPage } from './driver';
import {
  gotoExtensionPage,
  launchFirefoxWithExtension,
  openPopup,
  openTab,
  readBadge,
} from './firefox';
import { FIREFOX_PATH, ROOT } from './paths';
import { REFERENCE_PAGE } from './reference';
import { readShadowRootFirefox } from './shadow-roots';

/** A Puppeteer page seen through the shared `TabPage` interface. */
export function adaptPuppeteerPage(page: Page): TabPage {
  const evaluate = (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg);
  return {
    evaluate: evaluate as TabPage['evaluate'],
    readShadowRoot: (selector, fn) => readShadowRootFirefox(page, selector, fn),
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.type(selector, value),
    waitForVisible: async (selector) => {
      await page.waitForSelector(selector, { visible: true, timeout: 30_000 });
    },
    moveMouse: (x, y) => page.mouse.move(x, y),
    pressEscape: () => page.keyboard.press('Escape'),
    pressNextHighlight: async () => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyN');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    },
    bringToFront: () => page.bringToFront(),
    goto: async (url) => {
      await page.goto(url);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

const VIEWPORT = { width: 1100, height: 800 };

/** Debian Firefox ESR through puppeteer-core over WebDriver BiDi, with `.output/firefox-mv2`. */
export const firefoxDriver: BrowserDriver = {
  name: 'Firefox ESR',
  async launch() {
    const session = await launchFirefoxWithExtension();
    return {
      openTab: async (url) => {
        const { page, tabId } = await openTab(session, url);
        return { page: adaptPuppeteerPage(page), tabId };
      },
      openPopup: async (tabId) => adaptPuppeteerPage(await openPopup(session, tabId)),
      openExtensionPage: async (path) => {
        const page = await session.browser.newPage();
        await gotoExtensionPage(page, session.extensionUrl(path));
        return adaptPuppeteerPage(page);
      },
      readBadge: (tabId) => readBadge(session, tabId),
      close: () => session.close(),
    };
  },
  async readWithoutExtension(url, read) {
    const profile = await mkdtemp(join(tmpdir(), 'sourcelens-firefox-plain-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      defaultViewport: VIEWPORT,
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      return await page.evaluate(read);
    } finally {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
  // WebDriver BiDi can't open privileged about: pages; a file:// copy of the article is just
  // as far out of reach (content scripts run on http and https only).
  forbiddenPage: {
    what: 'a page outside http(s) (file://)',
    url: () => pathToFileURL(join(ROOT, 'tests/fixtures', REFERENCE_PAGE)).href,
  },
};
