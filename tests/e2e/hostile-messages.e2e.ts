import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import { poll } from './support/poll';
import { requestTabState, snapshotPopup } from './support/probes';
import { startHostileServer, type HostileServer } from './support-security/hostile-server';

// Messages sent from inside SourceLens's real content-script world (found through CDP) in
// Chromium, so the browser fills in the real sender: a compromised or buggy content script in
// tab A can neither reach the popup's protocol nor change tab B, and its failure becomes tab A's
// error state only. CHROME_BUILD_DIR points at another build if set.

/** The chrome.* calls this file makes inside the service worker (no @types/chrome needed). */
declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

/** Sends `message` with `chrome.runtime.sendMessage` from the extension's isolated world in `page`. */
async function sendFromContentScript(page: Page, message: unknown): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.push({
      id: context.id,
      name: context.name,
      type: (context.auxData as { type?: string } | undefined)?.type,
    }),
  );
  await cdp.send('Runtime.enable');
  const world = await poll(
    () => worlds.find((w) => w.type === 'isolated' && w.name === 'SourceLens'),
    {
      message: "SourceLens's content-script world",
    },
  );
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

describe('messages from a real content script (Chromium)', () => {
  let server: HostileServer;
  let session: ChromiumSession;
  let a: { page: Page; tabId: number };
  let b: { page: Page; tabId: number };

  /** Everything a message could change: session storage and both badges. */
  const snapshot = async () => ({
    session: await session.worker.evaluate(() => chrome.storage.session.get(null)),
    badges: [await readBadge(session.worker, a.tabId), await readBadge(session.worker, b.tabId)],
  });

  beforeAll(async () => {
    server = await startHostileServer();
    session = await launchChromiumWithExtension(process.env.CHROME_BUILD_DIR || undefined);
    a = await openTab(session, server.url('hostile/article.html?tab=a'));
    b = await openTab(session, server.url('hostile/markup-in-text.html?tab=b'));
    for (const { tabId } of [a, b])
      await poll(async () => (await readBadge(session.worker, tabId)) || null, {
        message: 'a badge',
      });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('refuses malformed, oversized and misdirected messages, changing nothing', async () => {
    const before = await snapshot();
    const hostile = [
      { type: 'getTabState', data: { tabId: b.tabId } },
      { type: 'setHighlights', data: { tabId: b.tabId, on: false } },
      { type: 'focusAttribution', data: { tabId: b.tabId, outletIndex: 0, mentionIndex: 0 } },
      { type: 'getRelatedCoverage', data: { tabId: b.tabId } },
      { type: 'submitArticle', data: { text: 'according to AFP' } },
      {
        type: 'submitArticle',
        data: {
          url: 'x',
          title: 'x',
          byline: null,
          siteName: null,
          lang: 'en',
          publishedTime: null,
          text: 'a'.repeat(5_000_000),
        },
      },
      { type: 'reportPageState', data: { status: 'ready', report: {}, highlightsOn: true } },
      { type: 'nothing', data: null },
      'submitArticle',
      null,
    ];
    for (const message of hostile) {
      expect(
        await sendFromContentScript(a.page, message),
        JSON.stringify(message).slice(0, 80),
      ).toMatchObject({ ok: false });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets a content script speak only for its own tab', async () => {
    const popup = await openPopup(session, b.tabId);
    const bBefore = await popup.evaluate(requestTabState, b.tabId);
    const forged = {
      type: 'submitArticle',
      data: {
        url: 'https://www.reuters.com/',
        title: 'x',
        byline: null,
        siteName: null,
        lang: 'en',
        publishedTime: null,
        text: 'Nothing here.',
        tabId: b.tabId,
      },
    };
    expect(await sendFromContentScript(a.page, forged)).toMatchObject({ ok: true });
    expect(await popup.evaluate(requestTabState, b.tabId)).toEqual(bBefore);
    // Tab A's own report changed, and its address is the page's, not the claimed one.
    expect(await popup.evaluate(requestTabState, a.tabId)).toMatchObject({
      value: { status: 'ready', report: { url: a.page.url(), publisher: null, outlets: [] } },
    });
    await popup.close();
  });

  it("shows a content script's failure as that tab's error state, leaving the other tab alone", async () => {
    const popupB = await openPopup(session, b.tabId);
    const bBefore = await popupB.evaluate(requestTabState, b.tabId);
    const badgeB = await readBadge(session.worker, b.tabId);
    const failure = {
      type: 'reportPageState',
      data: { status: 'error', message: 'Simulated failure <b>in</b> tab A' },
    };
    expect(await sendFromContentScript(a.page, failure)).toMatchObject({ ok: true });

    const popupA = await openPopup(session, a.tabId);
    const shown = await poll(
      async () => {
        const snap = await popupA.evaluate(snapshotPopup);
        return snap.state === 'error' ? snap : null;
      },
      { message: "tab A's error state" },
    );
    expect(shown.outlets).toEqual([]);
    expect(await popupA.evaluate(() => document.querySelector('.state-detail')?.textContent)).toBe(
      'Simulated failure <b>in</b> tab A',
    );
    expect(await popupA.evaluate(() => document.querySelectorAll('.state b').length)).toBe(0);
    expect(await readBadge(session.worker, a.tabId)).toBe('');

    expect(await popupB.evaluate(requestTabState, b.tabId)).toEqual(bBefore);
    expect(await readBadge(session.worker, b.tabId)).toBe(badgeB);
    await popupA.close();
    await popupB.close();
  });
});
