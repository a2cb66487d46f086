import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollTarget } from './support/cdp-target';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  type ChromiumSession,
} from './support/chromium';
import { loadReferenceLabels, REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

// Chrome's real side panel, opened the way a reader opens it: the popup's button (a user
// gesture, which sidePanel.open requires). Playwright lists no side panel among its pages, so
// the panel is read through the DevTools protocol. The panel page's following of tab switches
// and navigations is covered in both browsers by popup-panel.e2e.ts.
const expected = loadReferenceLabels();
const ROW_IDS = `[...document.querySelectorAll('[data-outlet-id]')].map((e) => e.getAttribute('data-outlet-id'))`;

describe('Chrome side panel', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens from the popup’s button, shows the article’s report and follows a tab switch', async () => {
    const { page, tabId } = await openTab(session, server.url(REFERENCE_PAGE));
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-outlet-id]', { timeout: 60_000 });
    await page.bringToFront();
    await popup.click('.panel-button');
    const cdp = await session.context.newCDPSession(page);
    const ids = await pollTarget<string[]>(
      cdp,
      '/sidepanel.html',
      `(() => { const ids = ${ROW_IDS}; return ids.length ? ids : null; })()`,
      'the side panel to show the report',
    );
    expect(ids).toHaveLength(expected.outlets.length);
    // The popup closes itself once the panel is open: the manifest is read from the worker.
    const fromWorker = (await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    )) as { side_panel?: { default_path?: string }; permissions?: string[] };
    expect(fromWorker.side_panel?.default_path).toBe('sidepanel.html');
    expect(fromWorker.permissions).toContain('sidePanel');
    expect(fromWorker.permissions).not.toContain('tabs');
    // A switch to a page that is not an article: the panel follows.
    const other = await openTab(session, server.url('e2e/not-article.html'));
    await other.page.bringToFront();
    const state = await pollTarget<string>(
      cdp,
      '/sidepanel.html',
      `document.querySelector('.state[data-state="not-article"]') ? 'not-article' : null`,
      'the side panel to follow the tab switch',
    );
    expect(state).toBe('not-article');
  });
});
