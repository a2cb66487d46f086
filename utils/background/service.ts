import type { Browser } from './browser-type';
import { buildReport, type ArticleReport, type CatalogIndex } from '../core/report';
import {
  CONTENT_SCHEMAS,
  PAGE_SCHEMAS,
  parseEnvelope,
  type ArticlePayload,
  type BackgroundToContent,
  type Envelope,
  type PageState,
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
 * The address a report is filed under: the one the content script read from its page when it
 * is on the sender's origin (it follows the page's `pushState` navigations, which the sender's
 * address may not), else the sender's, so a page cannot pose as another outlet.
 */
export function chooseReportUrl(claimed: string, senderUrl: string | undefined): string {
  if (!senderUrl) return claimed;
  try {
    return new URL(claimed).origin === new URL(senderUrl).origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}

const PAGE_STATUSES: readonly string[] = ['loading', 'not-article', 'waiting'];

/** The page's own answer to `getPageState`, checked: anything else reads as still loading. */
function toPageState(reply: unknown): PageState {
  const value = (reply as Result<PageState> | undefined)?.ok
    ? (reply as { value: unknown }).value
    : null;
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'string' && PAGE_STATUSES.includes(status)
    ? { status: status as PageState['status'] }
    : { status: 'loading' };
}

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

  async function sendToTab<M extends 'showHighlights' | 'focusAttribution' | 'analyzePage'>(
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

  /**
   * What the content script in the tab's top frame says of its page (it sends nothing on pages
   * that are no articles, to cost them nothing); null when no content script answers at all.
   */
  async function askPageState(tabId: number): Promise<PageState | null> {
    try {
      const envelope: Envelope = { type: 'getPageState', data: null };
      return toPageState(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }));
    } catch {
      return null;
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
      const page = await askPageState(tabId);
      if (page) return page;
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
      return submitArticle(tabId, { ...article, url: chooseReportUrl(article.url, sender.url) });
    }
    const state = msg.data as
      { status: 'not-article' } | { status: 'waiting' } | { status: 'error'; message: string };
    await store.set(
      tabId,
      state.status === 'error' ? { status: 'error', message: state.message } : state,
    );
    await setBadge(browser, tabId, state.status === 'waiting' ? 'waiting' : null);
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
    if (msg.type === 'analyzeTab') return analyzeTab(data.tabId, state);
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

  /** Asks a waiting tab's content script to read its article now; other states are left alone. */
  async function analyzeTab(tabId: number, state: TabState | null): Promise<Result<null>> {
    if (state?.status !== 'waiting') return { ok: true, value: null };
    await store.set(tabId, { status: 'analyzing' });
    const reply = await sendToTab(tabId, 'analyzePage', null);
    // Unreachable page: back to waiting, so the next popup asks again.
    if (!reply.ok && (await store.get(tabId))?.status === 'analyzing')
      await store.set(tabId, state);
    return reply;
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
