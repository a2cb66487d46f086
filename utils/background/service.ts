import type { Browser } from './browser-type';
import { buildReport, type ArticleReport, type CatalogIndex } from '../core/report';
import { CREDIT_KINDS, type CreditKind } from '../core/types';
import {
  CONTENT_PARSERS,
  MAX_MESSAGE_SIZE,
  PAGE_PARSERS,
  dispatch,
  exceedsSize,
  parseEnvelope,
  refuse,
  type ArticlePayload,
  type ContentToBackground,
  type DrawPlan,
  type Handlers,
  type LiveCoverage,
  type Message,
  type PageToBackground,
  type Result,
  type TabState,
} from '../messaging';
import { setBadge } from './badge';
import { toHighlightSpecs } from './highlights';
import { createTabSender, stateWithoutReport } from './tab-messages';
import { TabStore } from './tab-store';
import type { LiveLookup } from './live-lookup/lookup';
import type { OffPageParser } from './off-page';
import type { ArticleInjector } from './inject';
import { GDELT_ORIGINS } from '../settings/schema';
import { describeOutlets } from './my-sources';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface SenderInfo {
  url?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number };
}

/** The tab a content script speaks for, its address, frame and document, from the browser. */
interface ContentSender {
  tabId: number;
  url: string | undefined;
  frameId: number | undefined;
  documentId: string | undefined;
}

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

export interface BackgroundDeps {
  browser: Browser;
  getIndex: () => CatalogIndex;
  /** Live related coverage; absent means the feature is not wired (tests, other builds). */
  liveLookup?: LiveLookup;
  /** Whether the reader turned live lookups on (utils/settings); absent means off. */
  isLiveLookupOn?: () => Promise<boolean>;
  /** Told of every report that completes (My sources counts it there, if the reader opted in). */
  onReportReady?: (report: ArticleReport) => Promise<void>;
  /**
   * The kinds of credit the reader's settings let SourceLens draw on a page (none on a site
   * switched off); absent means every kind.
   */
  drawableKinds?: (pageUrl: string) => Promise<CreditKind[]>;
  /**
   * Ids of the outlets the reader said are not citations on the page's site (utils/settings
   * corrections): left out of the badge and the page's highlights. Absent means none.
   */
  dismissedOutlets?: (pageUrl: string) => Promise<ReadonlySet<string>>;
  /** Readability on a page's snapshot, off the page (off-page.ts); absent means not offered. */
  parseSnapshot?: OffPageParser;
  /** Injects the article script into the sender's frame (inject.ts); absent means not offered. */
  injectArticle?: ArticleInjector;
}

type ReadyState = Extract<TabState, { status: 'ready' }>;

/**
 * The background's logic, independent of how listeners are registered: validates every message
 * against its sender and parser, builds reports, keeps one state per tab and sets the badge.
 */
export function createBackgroundService({
  browser,
  getIndex,
  liveLookup,
  isLiveLookupOn,
  onReportReady,
  drawableKinds = async () => [...CREDIT_KINDS],
  dismissedOutlets = async () => new Set<string>(),
  parseSnapshot = async () => refuse('Off-page parsing is not available'),
  injectArticle = async () => refuse('Injection is not available'),
}: BackgroundDeps) {
  const store = new TabStore(browser);
  const extensionOrigin = browser.runtime.getURL('/');

  const isExtensionPage = (sender: SenderInfo) =>
    typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const sendToTab = createTabSender(browser);

  /**
   * What a tab's page draws (nothing while its highlights are off, else the kinds the settings
   * allow, without the outlets the reader dismissed on the site), and the count its badge shows.
   */
  async function planFor({ report, highlightsOn }: ReadyState) {
    const dismissed = await dismissedOutlets(report.url);
    const hideOutlets = report.outlets.flatMap((o, i) => (dismissed.has(o.id) ? [i] : []));
    const drawKinds = highlightsOn ? await drawableKinds(report.url) : [];
    const plan: DrawPlan = { drawKinds, hideOutlets };
    return { plan, badge: report.outlets.length - hideOutlets.length };
  }

  /** Sets a tab's switch and tells its page what to draw now. */
  async function switchHighlights(tabId: number, state: ReadyState, on: boolean) {
    const next = { ...state, highlightsOn: on };
    await store.set(tabId, next);
    return sendToTab(tabId, 'showHighlights', (await planFor(next)).plan);
  }

  async function submitArticle(
    tabId: number,
    article: ArticlePayload,
  ): Promise<Result<ContentToBackground['submitArticle']['reply']>> {
    try {
      const report = buildReport(article, getIndex());
      const previous = await store.get(tabId);
      const highlightsOn = previous?.status === 'ready' ? previous.highlightsOn : true;
      const state: ReadyState = { status: 'ready', report, highlightsOn };
      await store.set(tabId, state);
      const { plan, badge } = await planFor(state);
      await setBadge(browser, tabId, badge);
      void onReportReady?.(report);
      return { ok: true, value: { highlights: toHighlightSpecs(report), plan } };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await store.set(tabId, { status: 'error', message });
      await setBadge(browser, tabId, null);
      return refuse(message);
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

  /** Runs `act` on the tab's report, or refuses when the tab has none. */
  async function withReport<T>(
    tabId: number,
    act: (state: ReadyState) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const state = await store.get(tabId);
    return state?.status === 'ready' ? act(state) : refuse('No report for this tab');
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

  const contentHandlers: Handlers<ContentToBackground, ContentSender> = {
    // The page's address comes from the browser too: a page must not pose as another outlet.
    submitArticle: (article, { tabId, url }) =>
      submitArticle(tabId, { ...article, url: chooseReportUrl(article.url, url) }),
    parseSnapshot: (snapshot) => parseSnapshot(snapshot),
    loadArticleCode: (which, sender) => injectArticle(sender, which ?? 'article'),
    async reportPageState(state, { tabId }) {
      await store.set(tabId, state);
      await setBadge(browser, tabId, state.status === 'waiting' ? 'waiting' : null);
      return { ok: true, value: null };
    },
  };

  const pageHandlers: Handlers<PageToBackground, null> = {
    getTabState: async ({ tabId }) => ({
      ok: true,
      value: (await store.get(tabId)) ?? (await stateWithoutReport(browser, tabId)),
    }),
    getRelatedCoverage: ({ tabId }) =>
      withReport(tabId, async ({ report }) => ({
        ok: true,
        value: await getRelatedCoverage(report),
      })),
    setHighlights: ({ tabId, on }) =>
      withReport(tabId, (state) => switchHighlights(tabId, state, on)),
    analyzeTab: async ({ tabId }) => analyzeTab(tabId, await store.get(tabId)),
    focusAttribution: ({ tabId, outletIndex, mentionIndex }) =>
      withReport(tabId, () => sendToTab(tabId, 'focusAttribution', { outletIndex, mentionIndex })),
    describeOutlets: async ({ ids }) => ({ ok: true, value: describeOutlets(getIndex(), ids) }),
  };

  function handleContent(raw: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const tabId = sender.tab?.id;
    // Only the top frame of a real tab speaks for that tab.
    if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) {
      return Promise.resolve(refuse('Not a tab'));
    }
    const parsed = parseEnvelope<ContentToBackground>(CONTENT_PARSERS, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const message: Message<ContentToBackground> = parsed.message;
    const { url, frameId, documentId } = sender;
    return dispatch(contentHandlers, message, { tabId, url, frameId, documentId });
  }

  function handlePage(raw: unknown): Promise<Result<unknown>> {
    const parsed = parseEnvelope<PageToBackground>(PAGE_PARSERS, raw);
    return parsed.ok ? dispatch(pageHandlers, parsed.message, null) : Promise.resolve(parsed);
  }

  return {
    store,
    /**
     * Routes a runtime message: extension pages get the page protocol, content scripts theirs.
     * The size cap comes first, so no parser ever walks a giant message.
     */
    handleMessage(raw: unknown, sender: SenderInfo): Promise<Result<unknown>> {
      if (exceedsSize(raw, MAX_MESSAGE_SIZE)) return Promise.resolve(refuse('Message too large'));
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
    toggleHighlights(tabId: number): Promise<Result<null>> {
      return withReport(tabId, (state) => switchHighlights(tabId, state, !state.highlightsOn));
    },
    /**
     * The reader's settings or corrections changed: tells every page with a report what to draw
     * now and updates its badge.
     */
    async redrawAll(): Promise<void> {
      for (const [tabId, state] of await store.all()) {
        if (state.status !== 'ready') continue;
        const { plan, badge } = await planFor(state);
        await setBadge(browser, tabId, badge);
        await sendToTab(tabId, 'showHighlights', plan);
      }
    },
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
