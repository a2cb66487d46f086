import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { makeSender, type PageToBackground, type TabState } from '../messaging';

export const sendToBackground = makeSender<PageToBackground>((envelope) =>
  browser.runtime.sendMessage(envelope),
);

/** Which tab the popup describes: `?tabId=N` when opened as a page, else the active tab. */
export async function resolveTab(
  search = location.search,
): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * Extension stores: browsers never run extension content scripts there, so without this the
 * popup would wait for a report that cannot come ("loading" forever).
 */
const STORE_PAGES =
  /^https?:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:[/?#:]|$)/i;

/** True for addresses a content script can run on. */
export const isSupportedUrl = (url: string | undefined) =>
  !url || (/^https?:/i.test(url) && !STORE_PAGES.test(url));

export type PopupState = TabState | { status: 'no-tab' };

/** States that change on their own: the popup asks again until they settle. */
const PENDING: readonly TabState['status'][] = ['loading', 'waiting', 'analyzing'];

/**
 * The tab the side panel follows: null until the reader switches tabs (then the active tab is
 * asked for), else the tab last activated in this window. Calls `reload` on every switch and
 * whenever that tab starts or finishes loading a page. tabs.onActivated and tabs.onUpdated need
 * no "tabs" permission (they carry no address). The panel's own tab, when it is opened as a
 * page, is never followed: it would describe itself.
 */
function useFollowedTab(enabled: boolean, reload: () => void): number | null {
  const [followed, setFollowed] = useState<number | null>(null);
  // The listeners read the followed tab through a ref: re-registering them on every switch
  // would leave a moment where the panel's own tab is not yet known.
  const followedRef = useRef<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let windowId: number | undefined;
    let ownTabId: number | undefined;
    void browser.windows
      ?.getCurrent()
      .then((w) => (windowId = w.id))
      .catch(() => undefined);
    void browser.tabs
      .getCurrent()
      .then((tab) => (ownTabId = tab?.id))
      .catch(() => undefined);
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.tabId === ownTabId || (windowId !== undefined && info.windowId !== windowId)) return;
      followedRef.current = info.tabId;
      setFollowed(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string }, tab: { active?: boolean }) => {
      const isFollowed = followedRef.current === null ? tab.active : id === followedRef.current;
      if (change.status && id !== ownTabId && isFollowed) reload();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [enabled, reload]);
  return followed;
}

/**
 * The popup's and side panel's one source of data: the tab's state from the background, polled
 * while the page is still loading so the view fills in on its own. With `follow`, the view
 * describes whichever tab is active in its window, across tab switches and navigations.
 */
export function useTabState(follow = false): {
  tabId: number | null;
  url: string | null;
  state: PopupState | null;
} {
  const [tabId, setTabId] = useState<number | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [state, setState] = useState<PopupState | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const followed = useFollowedTab(follow, reload);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const search = !follow ? location.search : followed === null ? '' : `?tabId=${followed}`;
    // With `?tabId=N` the id is known at once: ask for its state while the tab is looked up,
    // which saves one round trip on the popup's first render.
    const param = new URLSearchParams(search).get('tabId');
    let early =
      param !== null && /^\d+$/.test(param)
        ? sendToBackground('getTabState', { tabId: Number(param) })
        : null;
    const load = async () => {
      const tab = await resolveTab(search);
      if (cancelled) return;
      if (!tab) return setState({ status: 'no-tab' });
      setTabId(tab.id);
      setUrl(tab.url ?? null);
      if (!isSupportedUrl(tab.url)) return setState({ status: 'unsupported' });
      const reply = await (early ?? sendToBackground('getTabState', { tabId: tab.id }));
      early = null;
      performance.mark('sourcelens-popup-data');
      if (cancelled) return;
      if (!reply.ok) return setState({ status: 'error', message: reply.error });
      setState(reply.value);
      // A page too big to read on load waits for the reader: opening the popup is the ask.
      if (reply.value.status === 'waiting') void sendToBackground('analyzeTab', { tabId: tab.id });
      if (PENDING.includes(reply.value.status)) timer = setTimeout(load, 500);
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [follow, followed, generation]);
  return { tabId, url, state };
}
