import type { Browser } from './browser-type';
import {
  REPLY_PARSERS,
  parseReply,
  refuse,
  type BackgroundToContent,
  type PageState,
  type Result,
  type TabState,
} from '../messaging';

/**
 * The background's side of `BackgroundToContent`: requests to a tab's top-frame content script,
 * whose replies are validated like any message from the page's process.
 */

/** A typed send to a tab's top frame; the reply is checked by `REPLY_PARSERS`. Never throws. */
export function createTabSender(browser: Browser) {
  return async <M extends keyof BackgroundToContent & string>(
    tabId: number,
    type: M,
    data: BackgroundToContent[M]['payload'],
  ): Promise<Result<BackgroundToContent[M]['reply']>> => {
    let reply: unknown;
    try {
      reply = await browser.tabs.sendMessage(tabId, { type, data }, { frameId: 0 });
    } catch {
      return refuse('The page is not reachable (reload it to run SourceLens)');
    }
    return parseReply(REPLY_PARSERS[type], reply);
  };
}

/**
 * What the content script in the tab's top frame says of its page (it sends nothing on pages
 * that are no articles, to cost them nothing): any answer but a valid page state reads as
 * still loading; null when no content script answers at all.
 */
async function askPageState(browser: Browser, tabId: number): Promise<PageState | null> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(
      tabId,
      { type: 'getPageState', data: null },
      { frameId: 0 },
    );
  } catch {
    return null;
  }
  const state = parseReply(REPLY_PARSERS.getPageState, reply);
  return state.ok ? state.value : { status: 'loading' };
}

/** What the gate left in the content scripts' world (entrypoints/news.content/steps.ts). */
function readGateLog(): unknown {
  // Runs in the page's frame, serialized: it may use nothing from this module.
  const log: unknown = Reflect.get(globalThis, 'sourcelens');
  return typeof log === 'object' && log !== null ? Reflect.get(log, 'state') : null;
}

/**
 * Chrome: the gate answers no message (so a page that is no article never sets up the extension
 * API), so its conclusion is read in the content scripts' world of the tab's top frame. Only
 * 'not-article' and 'loading' count; anything else, or no content script, is null.
 */
async function readGateState(browser: Browser, tabId: number): Promise<PageState | null> {
  if (!browser.scripting) return null;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readGateLog,
    });
    const state = frame?.result;
    return state === 'not-article' || state === 'loading' ? { status: state } : null;
  } catch {
    return null;
  }
}

/**
 * No report yet: the page is still loading, or no content script runs in the tab at all. The
 * popup sees no address for tabs it was not clicked on, so it cannot tell these apart itself;
 * without this, chrome://version or a store page said "Reading the page…" forever.
 */
export async function stateWithoutReport(browser: Browser, tabId: number): Promise<TabState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (tab?.status !== 'complete') return { status: 'loading' };
  // document_idle scripts may be injected just after the load event: ask twice.
  for (let attempt = 0; attempt < 2; attempt++) {
    const page = (await askPageState(browser, tabId)) ?? (await readGateState(browser, tabId));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { status: 'not-running' };
}
