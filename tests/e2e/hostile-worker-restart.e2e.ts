import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import { reportOf } from './support/expectations';
import { poll } from './support/poll';
import { requestTabState, snapshotPopup } from './support/probes';
import { REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';
import { startHostileServer, type HostileServer } from './support-security/hostile-server';

// Chrome stops an idle MV3 service worker after ~30 s and starts a fresh one on the next event,
// with nothing in memory. Here it is stopped on purpose through CDP (Target.closeTarget on its target)
// while two tabs hold reports; the popup must then show both exactly as before (storage.session).

describe('a restarted MV3 service worker (Chromium)', () => {
  let pages: FixtureServer;
  let hostile: HostileServer;
  let session: ChromiumSession;
  const tabs: { page: Page; tabId: number }[] = [];

  beforeAll(async () => {
    pages = await startFixtureServer();
    hostile = await startHostileServer();
    session = await launchChromiumWithExtension(process.env.CHROME_BUILD_DIR || undefined);
    tabs.push(
      await openTab(session, pages.url(REFERENCE_PAGE)),
      await openTab(session, hostile.url('hostile/article.html')),
    );
    for (const { tabId } of tabs) {
      await poll(async () => (await readBadge(session.worker, tabId)) || null, {
        message: `the badge of tab ${tabId}`,
      });
    }
  });
  afterAll(async () => {
    await session?.close();
    await pages?.close();
    await hostile?.close();
  });

  it('loses nothing the popup needs', async () => {
    const popup = await openPopup(session, tabs[0].tabId);
    const before = await Promise.all(
      tabs.map(({ tabId }) => popup.evaluate(requestTabState, tabId)),
    );
    expect(before.map(reportOf).every(Boolean)).toBe(true);
    await popup.close();

    // A marker in the worker's memory: gone after a real restart.
    await session.worker.evaluate(
      () => void ((globalThis as Record<string, unknown>).sourcelensTestMarker = 1),
    );
    const cdp = await session.context.newCDPSession(tabs[0].page);
    const workerTargets = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(session.extensionUrl('')),
      );
    const [target] = await workerTargets();
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await poll(async () => (await workerTargets()).length === 0, { message: 'the worker to stop' });

    // The popup's first message wakes a new worker, which must answer from storage.session.
    const again = await openPopup(session, tabs[0].tabId);
    await again.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
    const marker = await poll(
      async () => {
        const [worker] = session.context.serviceWorkers();
        const value = await Promise.race([
          worker.evaluate(() =>
            String((globalThis as Record<string, unknown>).sourcelensTestMarker),
          ),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000)),
        ]);
        return value;
      },
      { message: 'the restarted worker to answer' },
    );
    expect(marker).toBe('undefined');
    const after = await Promise.all(
      tabs.map(({ tabId }) => again.evaluate(requestTabState, tabId)),
    );
    expect(after).toEqual(before);
    expect((await again.evaluate(snapshotPopup)).outlets.length).toBe(
      reportOf(before[0])!.outlets.length,
    );
    await again.close();
  });
});
