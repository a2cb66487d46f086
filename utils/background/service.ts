import type { Browser } from './browser-type';
import { buildReport, type ArticleReport, type CatalogIndex } from '../core/report';
import {
  CONTENT_SCHEMAS,
  PAGE_SCHEMAS,
  parseEnvelope,
  PROBE_ENVELOPE,
  type ArticlePayload,
  type BackgroundToContent,
  type Envelope,
  type Result,
  type TabState,
} from '../messaging';
import { setBadge } from './badge';
import { toHighlightSpecs } from './highlights';
import { TabStore } from './tab-store';
import type { LiveLookup } from './live-lookup/lookup';
import type { LiveCoverage } from './live-lookup/types';
import { GDELT_ORIGINS } from './live-lookup/gdelt-request';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface SenderInfo {
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface BackgroundDeps {
  browser: Browser;
  getIndex: () => CatalogIndex;
  /** Live related coverage; absent means the feature is not wired (tests, other builds). */
  liveLookup?: LiveLookup;
  /** Whether the reader turned live lookups on (utils/settings); absent means off. */
  isLiveLookupOn?: () => Promise<boolean>;
}

const fail = (error: string): Result<never> => ({ ok: false, error });

/**
 * The background's logic, independent of how listeners are registered: validates every message
 * against its sender and schema, builds reports, keeps one state per tab and sets the badge.
 */
export function createBackgroundService({
  browser,
  getIndex,
  liveLookup,
  isLiveLookupOn,
}: BackgroundDeps) {
  const store = new TabStore(browser);
  const extensionOrigin = browser.runtime.getURL('/');

  const isExtensionPage = (sender: SenderInfo) =>
    typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);

  async function sendToTab<M extends keyof BackgroundToContent>(
    tabId: number,
    type: M,
    data: Parameters<BackgroundToContent[M]>[0],
  ): Promise<Result<null>> {
    try {
      const envelope: Envelope = { type, data };
      const reply = (await browser.tabs.sendMessage(tabId, envelope, {
        frameId: 0,
      })) as Result<null>;
      return reply ?? fail('No answer from the page');
    } catch {
      return fail('The page is not reachable (reload it to run SourceLens)');
    }
  }

  async function submitArticle(tabId: number, article: ArticlePayload) {
    try {
      const report = buildReport(article, getIndex());
      const previous = await store.get(tabId);
      const highlightsOn = previous?.status === 'ready' ? previous.highlightsOn : true;
      await store.set(tabId, { status: 'ready', report, highlightsOn });
      await setBadge(browser, tabId, report.outlets.length);
      return { ok: true as const, value: { highlights: toHighlightSpecs(report), highlightsOn } };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await store.set(tabId, { status: 'error', message });
      await setBadge(browser, tabId, null);
      return fail(message);
    }
  }

  /** Live lookups run only when the reader opted in and granted the GDELT host permission. */
  async function getRelatedCoverage(report: ArticleReport): Promise<LiveCoverage> {
    if (!liveLookup || !(await isLiveLookupOn?.())) return { status: 'off' };
    const granted = await browser.permissions
      .contains({ origins: GDELT_ORIGINS })
      .catch(() => false);
    if (!granted) return { status: 'no-permission' };
    return liveLookup.lookup(report);
  }

  /** True when a SourceLens content script answers in the tab's top frame (even with a refusal). */
  async function hasContentScript(tabId: number): Promise<boolean> {
    try {
      await browser.tabs.sendMessage(tabId, PROBE_ENVELOPE, { frameId: 0 });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * No report yet: the page is still loading, or no content script runs in the tab at all. The
   * popup sees no address for tabs it was not clicked on, so it cannot tell these apart itself;
   * without this, chrome://version or a store page said "Reading the page…" forever.
   */
  async function stateWithoutReport(tabId: number): Promise<TabState> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab?.status !== 'complete') return { status: 'loading' };
    // document_idle scripts may be injected just after the load event: ask twice.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await hasContentScript(tabId)) return { status: 'loading' };
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { status: 'not-running' };
  }

  async function handleContent(raw: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const tabId = sender.tab?.id;
    // Only the top frame of a real tab speaks for that tab.
    if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return fail('Not a tab');
    const msg = parseEnvelope(CONTENT_SCHEMAS, raw);
    if (!msg.ok) return fail(msg.error);
    if (msg.type === 'submitArticle') {
      // The page's address comes from the browser too: a page must not pose as another outlet.
      const article = msg.data as ArticlePayload;
      return submitArticle(tabId, sender.url ? { ...article, url: sender.url } : article);
    }
    const state = msg.data as { status: 'not-article' } | { status: 'error'; message: string };
    await store.set(
      tabId,
      state.status === 'error' ? { status: 'error', message: state.message } : state,
    );
    await setBadge(browser, tabId, null);
    return { ok: true, value: null };
  }

  async function handlePage(raw: unknown): Promise<Result<unknown>> {
    const msg = parseEnvelope(PAGE_SCHEMAS, raw);
    if (!msg.ok) return fail(msg.error);
    const data = msg.data as {
      tabId: number;
      on?: boolean;
      outletIndex?: number;
      mentionIndex?: number;
    };
    const state = await store.get(data.tabId);
    if (msg.type === 'getTabState')
      return { ok: true, value: state ?? (await stateWithoutReport(data.tabId)) };
    if (state?.status !== 'ready') return fail('No report for this tab');
    if (msg.type === 'getRelatedCoverage')
      return { ok: true, value: await getRelatedCoverage(state.report) };
    if (msg.type === 'setHighlights') {
      await store.set(data.tabId, { ...state, highlightsOn: data.on! });
      return sendToTab(data.tabId, 'showHighlights', { on: data.on! });
    }
    return sendToTab(data.tabId, 'focusAttribution', {
      outletIndex: data.outletIndex!,
      mentionIndex: data.mentionIndex!,
    });
  }

  return {
    store,
    /** Routes a runtime message: extension pages get the page protocol, content scripts theirs. */
    handleMessage(raw: unknown, sender: SenderInfo): Promise<Result<unknown>> {
      return isExtensionPage(sender) ? handlePage(raw) : handleContent(raw, sender);
    },
    /** A tab started loading a new document: its old report no longer applies. */
    async handleTabLoading(tabId: number): Promise<void> {
      await store.delete(tabId);
      await setBadge(browser, tabId, null);
    },
    async handleTabRemoved(tabId: number): Promise<void> {
      await store.delete(tabId);
    },
    /** The "toggle-highlights" keyboard command: flips the tab's highlights, as the popup does. */
    async toggleHighlights(tabId: number): Promise<Result<null>> {
      const state = await store.get(tabId);
      if (state?.status !== 'ready') return fail('No report for this tab');
      const on = !state.highlightsOn;
      await store.set(tabId, { ...state, highlightsOn: on });
      return sendToTab(tabId, 'showHighlights', { on });
    },
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
