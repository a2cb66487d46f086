import type { Page } from 'playwright-core';
import {
  launchChromiumWithExtension,
  launchPlainChromium,
  openPopup,
  openTab,
  readBadge,
} from './chromium';
import type { BrowserDriver, TabPage } from './driver';
import { readShadowRootChromium } from './shadow-roots';

/** A Playwright page seen through the shared `TabPage` interface. */
export function adaptPlaywrightPage(page: Page): TabPage {
  const evaluate = (fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg);
  return {
    evaluate: evaluate as TabPage['evaluate'],
    readShadowRoot: (selector, fn) => readShadowRootChromium(page, selector, fn),
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    waitForVisible: async (selector) => {
      await page.waitForSelector(selector, { state: 'visible', timeout: 30_000 });
    },
    moveMouse: (x, y) => page.mouse.move(x, y),
    pressEscape: () => page.keyboard.press('Escape'),
    pressNextHighlight: () => page.keyboard.press('Alt+Shift+KeyN'),
    bringToFront: () => page.bringToFront(),
    goto: async (url) => {
      await page.goto(url);
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** Debian Chromium through playwright-core, with `.output/chrome-mv3` loaded unpacked. */
export const chromiumDriver: BrowserDriver = {
  name: 'Chromium',
  async launch() {
    const session = await launchChromiumWithExtension();
    return {
      openTab: async (url) => {
        const { page, tabId } = await openTab(session, url);
        return { page: adaptPlaywrightPage(page), tabId };
      },
      openPopup: async (tabId) => adaptPlaywrightPage(await openPopup(session, tabId)),
      openExtensionPage: async (path) => {
        const page = await session.context.newPage();
        await page.goto(session.extensionUrl(path));
        return adaptPlaywrightPage(page);
      },
      readBadge: (tabId) => readBadge(session.worker, tabId),
      close: () => session.close(),
    };
  },
  async readWithoutExtension(url, read) {
    const browser = await launchPlainChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      await page.goto(url);
      return await page.evaluate(read);
    } finally {
      await browser.close();
    }
  },
  forbiddenPage: { what: 'a browser page (chrome://version)', url: () => 'chrome://version' },
};
