import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import { chromiumDriver } from './support/chromium-driver';
import type { BrowserDriver, ExtensionBrowser } from './support/driver';
import { firefoxDriver } from './support/firefox-driver';
import { poll } from './support/poll';
import { readHighlights } from './support/probes';
import { REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

// Readability off the page (utils/extract/snapshot.ts): the content script sends a snapshot of
// its pruned copy, the background (Firefox) or its offscreen document (Chrome) parses it, and
// the page maps the answer back to its own text nodes. Every article takes that path
// (entrypoints/news.content/read-page.ts), here a 210 KB news page whose parse in the page took 40–110 ms.
const ARTICLE = 'pages/en-bbc-nyc-mass-burials-1/source.html';

/** The names of the highlights drawn in the page and how many ranges each has. */
const drawnRanges = (entries: { name: string; texts: string[] }[]) =>
  entries.filter((e) => e.name.startsWith('sourcelens-')).reduce((n, e) => n + e.texts.length, 0);

describe.each<BrowserDriver>([chromiumDriver, firefoxDriver])(
  '$name reading an article off the page',
  (driver) => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await driver.launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('counts its credits on the badge and draws them in the page', async () => {
      const { page, tabId } = await browser.openTab(server.url(ARTICLE));
      const badge = await poll(async () => (await browser.readBadge(tabId)) || null, {
        message: 'the badge',
      });
      expect(Number(badge)).toBeGreaterThan(0);
      const ranges = await poll(
        async () => drawnRanges(await page.evaluate(readHighlights)) || null,
        { message: 'a highlight' },
      );
      expect(ranges).toBeGreaterThan(0);
    });

    it('reads a page the background refused in the page, once the popup opens', async () => {
      // The off-page parse fails on this page (an element of its snapshot has too many attributes): it waits, and the
      // popup's "analyze" has the article script ask for the reader script (Readability in the
      // page, injected on that request only: entrypoints/reader.ts).
      const { page, tabId } = await browser.openTab(server.url('e2e/refused-snapshot.html'));
      const waiting = await poll(async () => (await browser.readBadge(tabId)) || null, {
        message: 'the waiting badge',
      });
      expect(Number.isNaN(Number(waiting))).toBe(true);
      expect(drawnRanges(await page.evaluate(readHighlights))).toBe(0);
      const popup = await browser.openPopup(tabId);
      const badge = await poll(
        async () => {
          const text = await browser.readBadge(tabId);
          return Number(text) > 0 ? text : null;
        },
        { message: 'the badge after analyzing in the page' },
      );
      expect(Number(badge)).toBe(2);
      await page.bringToFront();
      const ranges = await poll(
        async () => drawnRanges(await page.evaluate(readHighlights)) || null,
        { message: 'a highlight' },
      );
      expect(ranges).toBeGreaterThan(0);
      await popup.close();
    });
  },
);

describe('Chromium’s offscreen document', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  const hasDocument = () =>
    session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean> } } }
      ).chrome.offscreen.hasDocument(),
    );

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is made for the parse, when a page needs it, and not before', async () => {
    expect(await hasDocument()).toBe(false);
    const { tabId } = await openTab(session, server.url(REFERENCE_PAGE));
    expect(await poll(async () => (await readBadge(session.worker, tabId)) || null)).toBe('6');
    expect(await hasDocument()).toBe(true);
  });
});
