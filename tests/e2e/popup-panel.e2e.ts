import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver } from './support/chromium-driver';
import type { BrowserDriver, ExtensionBrowser, TabPage } from './support/driver';
import { reportOf, type ReportShape } from './support/expectations';
import { firefoxDriver } from './support/firefox-driver';
import {
  readChain,
  readLocalStorageKeys,
  readPeriods,
  readRowTops,
  readView,
} from './support/panel-probes';
import { poll } from './support/poll';
import { readHighlights, requestTabState } from './support/probes';
import { loadReferenceLabels, REFERENCE_PAGE, RERENDER_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

// The compact popup, the source chain, the side panel (its page, following the active tab) and
// My sources, in both browsers on fresh profiles. Expected outlets come from the reference
// page's hand-made labels.
const expected = loadReferenceLabels();
const POPUP = { width: 400, height: 600 };

describe.each<BrowserDriver>([chromiumDriver, firefoxDriver])(
  '$name: compact popup, side panel and My sources',
  (driver) => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let article: { page: TabPage; tabId: number };
    let report: ReportShape;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await driver.launch();
      article = await browser.openTab(server.url(REFERENCE_PAGE));
      const popup = await browser.openPopup(article.tabId);
      report = await poll(
        async () => reportOf(await popup.evaluate(requestTabState, article.tabId)),
        { message: 'the report' },
      );
      await popup.close();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('starts every cited outlet’s row within the first 600 px at 400×600, folded', async () => {
      const popup = await browser.openPopup(article.tabId);
      await popup.setViewport(POPUP.width, POPUP.height);
      await popup.waitForVisible('[data-outlet-id]');
      const { ids, tops, height } = await popup.evaluate(readRowTops);
      console.log(
        `${driver.name}: rows start at ${tops.map(Math.round).join(', ')} px; page ${height} px`,
      );
      expect(ids).toHaveLength(expected.outlets.length);
      expect(new Set(ids).size, 'one data-outlet-id per cited outlet').toBe(ids.length);
      for (const top of tops) expect(top).toBeLessThan(POPUP.height);
      await popup.close();
    });

    it('tells the source chain in words: publisher, original source, every cited outlet', async () => {
      const popup = await browser.openPopup(article.tabId);
      await popup.waitForVisible('.chain-text');
      const { text, markedNodes } = await popup.evaluate(readChain);
      expect(markedNodes).toBe(0);
      expect(
        text.startsWith(`${expected.publisherName} republished ${report.originalSource?.name},`),
      ).toBe(true);
      const cited = text.slice(text.indexOf('which cites'));
      for (const outlet of report.outlets) expect(cited).toContain(outlet.name);
      expect(report.outlets).toHaveLength(expected.outlets.length);
      await popup.close();
    });

    it('shows the active tab’s report in the side panel, following tab switches and navigations', async () => {
      const panel = await browser.openExtensionPage('sidepanel.html');
      // The panel page is itself the active tab now: it follows the reader back to the article.
      await article.page.bringToFront();
      const onArticle = await poll(
        async () => {
          const view = await panel.evaluate(readView);
          return view.ids.length === expected.outlets.length ? view : null;
        },
        { message: 'the panel to show the article’s report' },
      );
      expect(onArticle.ids.sort()).toEqual(report.outlets.map((o) => o.id).sort());
      const other = await browser.openTab(server.url('e2e/not-article.html'));
      await other.page.bringToFront();
      await poll(async () => (await panel.evaluate(readView)).state === 'not-article', {
        message: 'the panel to follow to a page that is not an article',
      });
      await other.page.goto(server.url(`${RERENDER_PAGE}?first=100&second=0`));
      await poll(async () => (await panel.evaluate(readView)).ids.includes('reuters'), {
        message: 'the panel to follow the navigation to another article',
      });
      await other.page.close();
      await panel.close();
    });

    it('counts nothing in My sources while it is off, and two articles once it is on', async () => {
      const page = await browser.openExtensionPage('my-sources.html');
      await page.waitForVisible('input[name="mySources"]');
      expect(await page.evaluate(readPeriods)).toEqual({ 7: 0, 30: 0 });
      expect(
        (await page.evaluate(readLocalStorageKeys)).filter((k) => k.includes('my-sources')),
      ).toEqual([]);
      await page.click('input[name="mySources"]');
      const opened = [
        await browser.openTab(server.url(`${REFERENCE_PAGE}?reader=1`)),
        await browser.openTab(server.url(`${RERENDER_PAGE}?first=100&second=0`)),
        // The same article again (a reload) is not a new article.
        await browser.openTab(server.url(`${REFERENCE_PAGE}?reader=1`)),
      ];
      for (const { tabId } of opened)
        await poll(async () => (await browser.readBadge(tabId)) || null, { message: 'a report' });
      await page.bringToFront();
      const periods = await poll(
        async () => {
          const p = await page.evaluate(readPeriods);
          return p[7] === 2 ? p : null;
        },
        { message: 'My sources to count two articles' },
      );
      expect(periods).toEqual({ 7: 2, 30: 2 });
      for (const { page: tab } of opened) await tab.close();
      await page.close();
    });

    it('drops a credit the reader marks "not a citation" from the badge and the page, until restored', async () => {
      const dismissed = report.outlets.find((o) => o.name === 'Reuters') ?? report.outlets[0];
      const drawnTexts = async () =>
        (await article.page.evaluate(readHighlights)).flatMap((h) => h.texts).join(' | ');
      const badgeIs = (text: string) => async () =>
        (await browser.readBadge(article.tabId)) === text ? text : null;
      const all = String(report.outlets.length);
      await poll(badgeIs(all), { message: `the badge to say ${all}` });
      expect(await drawnTexts()).toContain(dismissed.name);

      const popup = await browser.openPopup(article.tabId);
      const row = `[data-outlet-id="${dismissed.id}"]`;
      await popup.click(`${row} summary`);
      await popup.click(`${row} .dismiss-button`);
      const fewer = String(report.outlets.length - 1);
      await poll(badgeIs(fewer), { message: `the badge to say ${fewer}` });
      await poll(async () => !(await drawnTexts()).includes(dismissed.name) || null, {
        message: `${dismissed.name}'s highlights to go`,
      });

      await popup.click('details.dismissed summary');
      await popup.click(`[data-dismissed-id="${dismissed.id}"] button`);
      await poll(badgeIs(all), { message: `the badge to say ${all} again` });
      await poll(async () => (await drawnTexts()).includes(dismissed.name) || null, {
        message: `${dismissed.name}'s highlights to come back`,
      });
      await popup.close();
    });
  },
);
