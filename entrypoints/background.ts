import { getCatalogIndex } from '@/utils/background/catalog-loader';
import { createBackgroundService } from '@/utils/background/service';
import { createLiveLookup } from '@/utils/background/live-lookup/lookup';
import { createOffPageParser } from '@/utils/background/off-page';
import { createArticleInjector } from '@/utils/background/inject';
import { createReportCounter } from '@/utils/background/my-sources';
import { registerSidePanelCommand } from '@/utils/background/side-panel';
import { CREDIT_KINDS } from '@/utils/core/types';
import { getSettings, shouldHighlight, watchSettings } from '@/utils/settings';
import { dismissedOn, siteOf } from '@/utils/settings/corrections';
import { getCorrections, watchCorrections } from '@/utils/settings/corrections-store';

/** The kinds of credit the reader's settings let SourceLens draw on a page. */
async function drawableKinds(pageUrl: string) {
  const settings = await getSettings();
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    // No address: the site list cannot match it.
  }
  return CREDIT_KINDS.filter((kind) => shouldHighlight(settings, host, kind));
}

export default defineBackground(() => {
  const service = createBackgroundService({
    browser,
    getIndex: getCatalogIndex,
    // `fetch` bound to the worker: an unbound reference throws "Illegal invocation" in Chrome.
    liveLookup: createLiveLookup({ fetch: (input, init) => fetch(input, init) }),
    isLiveLookupOn: async () => (await getSettings()).liveLookups,
    onReportReady: createReportCounter(async () => (await getSettings()).mySources),
    drawableKinds,
    dismissedOutlets: async (pageUrl) => dismissedOn(await getCorrections(), siteOf(pageUrl)),
    parseSnapshot: createOffPageParser(browser),
    injectArticle: createArticleInjector(browser),
  });
  // Pages draw what the background tells them: a change of settings or corrections (a credit
  // dismissed or restored in the popup) reaches every open report and its badge.
  watchSettings(() => void service.redrawAll());
  watchCorrections(() => void service.redrawAll());

  // Answer through sendResponse + `return true`: works in Chrome, Firefox and WXT's fake browser.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    service
      .handleMessage(message, sender)
      .then(sendResponse, (e: unknown) =>
        sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: the old report no longer applies (its content script will send a new one).
    if (change.status === 'loading') void service.handleTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.handleTabRemoved(tabId));
  // The manifest's "toggle-highlights" shortcut (Alt+Shift+S by default) acts on the active tab.
  registerSidePanelCommand(browser);
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-highlights') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await service.toggleHighlights(id);
  });
});
