/**
 * Shared set-up for the background tests: the real catalog, the service over WXT's fake
 * browser, senders as the browser reports them, and a snapshot of everything a message could
 * change (session store and badges).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, type CatalogIndex } from '../../utils/core/report';
import {
  createBackgroundService,
  type BackgroundDeps,
  type SenderInfo,
} from '../../utils/background/service';
import type { Browser } from '../../utils/background/browser-type';
import type { ArticlePayload } from '../../utils/messaging';

/** The real catalog, indexed once for every test. */
export const realIndex: CatalogIndex = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

/** The fake browser, typed as the real one (the service only uses what the fake implements). */
export const testBrowser = fakeBrowser as unknown as Browser;

/** A background service over the fake browser; `getIndex` may be swapped to inject failures. */
export function makeService(
  getIndex: () => CatalogIndex = () => realIndex,
  deps: Partial<BackgroundDeps> = {},
) {
  return createBackgroundService({ browser: testBrowser, getIndex, ...deps });
}

/** A content script in the top frame of tab `tabId`, as `runtime.onMessage` reports it. */
export const fromTab = (
  tabId: number,
  url = `https://news.example/article-${tabId}`,
): SenderInfo => ({
  url,
  frameId: 0,
  tab: { id: tabId },
});

/** The popup (an extension page). */
export const fromPopup = (): SenderInfo => ({ url: fakeBrowser.runtime.getURL('/popup.html') });

/** A short article that credits Reuters and AP. */
export const article = (over: Partial<ArticlePayload> = {}): ArticlePayload => ({
  url: 'https://news.example/a',
  title: 'A title',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  text: 'The ministry confirmed the deal, according to Reuters.\nOfficials told AP the talks would go on.',
  ...over,
});

/** Everything a message could change: the session store and each tab's badge. */
export async function snapshot(tabIds: number[]) {
  const session = await fakeBrowser.storage.session.get(null);
  const badges = await Promise.all(
    tabIds.map((tabId) => fakeBrowser.action.getBadgeText({ tabId })),
  );
  return { session, badges };
}
