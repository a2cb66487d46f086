import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  launchPlainChromium,
  openPopup,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import {
  expectCantRunHere,
  expectHighlightsInPlace,
  expectReferenceHighlights,
  expectReferencePopup,
  expectReferenceReport,
  expectRelatedLinks,
  reportOf,
  type ReportShape,
} from './support/expectations';
import { SCREENSHOTS } from './support/paths';
import { poll } from './support/poll';
import {
  isHighlightInView,
  locateHighlight,
  measureLayout,
  readCard,
  readFocus,
  readHighlightPlaces,
  readHighlights,
  requestTabState,
  serializeDocument,
  snapshotPopup,
} from './support/probes';
import { loadReferenceLabels, loadRerenderExpectations, REFERENCE_PAGE, RERENDER_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  waitForCard,
  waitForHighlightedPhrases,
  waitForHighlights,
  waitForNoCard,
  waitForSettledState,
} from './support/waits';

// Debian Chromium, headless, with .output/chrome-mv3 loaded as an unpacked extension.
// The reference article is served from 127.0.0.1; no test touches the network.
const expected = loadReferenceLabels();

const settledState = (popup: Page) => waitForSettledState(() => popup.evaluate(snapshotPopup));
const drawnHighlights = (page: Page) => waitForHighlights(() => page.evaluate(readHighlights));

describe('Chromium with the built extension', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let article: { page: Page; tabId: number };
  let popup: Page;
  let report: ReportShape;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromiumWithExtension();
    article = await openTab(session, server.url(REFERENCE_PAGE));
    popup = await openPopup(session, article.tabId);
    report = await poll(async () => reportOf(await popup.evaluate(requestTabState, article.tabId)), {
      message: 'the report',
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('sets the toolbar badge to the number of cited outlets', async () => {
    const badge = await poll(async () => (await readBadge(session.worker, article.tabId)) || null, {
      message: 'the badge',
    });
    expect(badge).toBe(String(expected.outlets.length));
  });

  it('reports the publisher, the original source and each cited outlet with its kinds', async () => {
    expectReferenceReport(report, expected);
  });

  it('shows every cited outlet, its evidence and links to its own coverage in the popup', async () => {
    await popup.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
    const shown = await popup.evaluate(snapshotPopup);
    expectReferencePopup(shown, expected.outlets);
    expectRelatedLinks(shown, report);
  });

  it('draws every credit with the CSS Custom Highlight API', async () => {
    const texts = expectReferenceHighlights(await drawnHighlights(article.page), expected.outlets);
    expect(texts).toContain('According to AP');
    expectHighlightsInPlace(await article.page.evaluate(readHighlightPlaces), expected.outlets);
  });

  it('leaves the page DOM and layout exactly as they are without the extension', async () => {
    await drawnHighlights(article.page);
    const plain = await launchPlainChromium();
    try {
      const page = await plain.newPage({ viewport: { width: 1100, height: 800 } });
      await page.goto(server.url(REFERENCE_PAGE));
      expect(await article.page.evaluate(serializeDocument)).toBe(await page.evaluate(serializeDocument));
      expect(await article.page.evaluate(measureLayout)).toEqual(await page.evaluate(measureLayout));
    } finally {
      await plain.close();
    }
  });

  it('says "not an article" for a page that is not one, and sets no badge', async () => {
    const other = await openTab(session, server.url('e2e/not-article.html'));
    const page = await openPopup(session, other.tabId);
    expect(await settledState(page)).toBe('not-article');
    expect(await readBadge(session.worker, other.tabId)).toBe('');
    expect(await other.page.evaluate(readHighlights)).toEqual([]);
    await page.close();
    await other.page.close();
  });

  it('says it can\'t run on a browser page', async () => {
    const other = await openTab(session, 'chrome://version');
    const page = await openPopup(session, other.tabId);
    await settledState(page);
    expectCantRunHere(await page.evaluate(snapshotPopup));
    expect(await readBadge(session.worker, other.tabId)).toBe('');
    await page.close();
    await other.page.close();
  });

  it('saves the README screenshots: the popup in light and dark, the page with highlights', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
    // Show the first outlet's evidence, as a reader who opened its credits would see it.
    await popup.locator('[data-outlet-id] details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-dark.png'), fullPage: true });
    await article.page.bringToFront();
    await article.page.getByText('According to AP').first().scrollIntoViewIfNeeded();
    await article.page.evaluate(() => window.scrollBy(0, -200));
    await article.page.screenshot({ path: join(SCREENSHOTS, 'page-highlights.png') });
    expect((await article.page.evaluate(readHighlights)).length).toBeGreaterThan(0);
  });

  it('opens a hover card on a highlight with the mouse, and moves through them by keyboard', async () => {
    const page = article.page;
    await drawnHighlights(page);
    const point = await poll(() => page.evaluate(locateHighlight, 'According to AP'), { message: 'the AP credit on screen' });
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(() => page.evaluate(readCard));
    expect(card.text).toContain('Associated Press');
    await page.keyboard.press('Escape');
    await waitForNoCard(() => page.evaluate(readCard));
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+KeyN');
    const focused = await waitForCard(() => page.evaluate(readCard), true);
    expect(focused.text.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await waitForNoCard(() => page.evaluate(readCard));
  });

  it('scrolls the page to a credit picked in the popup and flashes it', async () => {
    await drawnHighlights(article.page);
    await article.page.evaluate(() => window.scrollTo(0, 0));
    // The last outlet's first credit: below the fold on the reference page.
    const outlet = report.outlets[report.outlets.length - 1];
    const card = `[data-outlet-id="${outlet.id}"]`;
    // Unfold the outlet's credits as a reader would, then pick the first one.
    await popup.click(`${card} details > summary`);
    await popup.waitForSelector(`${card} .mention-button`, { state: 'visible' });
    // Under a real popup the page is visible; here it is another tab, and a hidden tab doesn't
    // run smooth scrolling: show the article first, then click in the popup's (background) tab.
    await article.page.bringToFront();
    await popup.click(`${card} .mention-button`);
    const focus = await poll(() => article.page.evaluate(readFocus), { message: `the ${outlet.name} credit to flash` });
    expect(focus.text).toContain(outlet.mentions[0].surface);
    await poll(() => article.page.evaluate(isHighlightInView, focus.text), { message: 'the credit scrolled into view' });
    await popup.bringToFront();
  });

  it('turns the highlights off and on again from the popup switch', async () => {
    const count = () =>
      article.page.evaluate(readHighlights).then((all) =>
        all.filter((e) => e.name.startsWith('sourcelens-') && e.name !== 'sourcelens-focus').reduce((n, e) => n + e.texts.length, 0),
      );
    await drawnHighlights(article.page);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await popup.click('.highlight-toggle');
    await poll(async () => (await count()) === 0, { message: 'highlights to go away' });
    await popup.click('.highlight-toggle');
    expect(await poll(async () => (await count()) || null, { message: 'highlights to come back' })).toBe(before);
  });

  it('re-anchors its highlights when the page re-renders its article, twice', async () => {
    // First render after 300 ms (same text, new nodes), second after 800 more (one more credit).
    const other = await openTab(session, `${server.url(RERENDER_PAGE)}?first=300&second=800`);
    const phrases = loadRerenderExpectations();
    const { texts, connected } = await waitForHighlightedPhrases(() => other.page.evaluate(readHighlights), phrases);
    expect(connected, 'no highlight is left on detached text').toBe(true);
    expect(texts.filter((t) => t === ''), 'no empty highlight').toEqual([]);
    expect(texts.length).toBe(phrases.length);
    await other.page.close();
  });
});
