import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ContentScriptContext } from './context';
import { isRecord } from '@/utils/messaging/wire';
import { NAVIGATION_SETTLE } from './schedule';
import { send } from './send';
import { recordState } from './steps';

/**
 * The content script every page runs: only Readability's `isProbablyReaderable` gate. A page
 * that is no article costs that and nothing more: no message, no storage read, no code of the
 * reader, highlighter or card. On an article it asks the background to inject the article
 * script (entrypoints/article.content/) into this frame, which from then on answers for the
 * page (page.ts), and the gate steps aside. A single-page app that turns into an article later
 * (`pushState`) is gated again.
 */
export function startGate(ctx: ContentScriptContext): void {
  let status: 'loading' | 'not-article' = 'loading';
  let asked = false;

  // Until the article script takes over, the background may ask what this page is. Firefox asks
  // the gate by message (utils/background/tab-messages.ts); Chrome reads its state with
  // `scripting` instead, so that on a page that is no article the gate touches no extension API
  // (the first touch costs the page the API's set-up: docs/performance.md).
  if (import.meta.env.FIREFOX) {
    const onMessage = (
      raw: unknown,
      sender: { id?: string },
      sendResponse: (reply: unknown) => void,
    ) => {
      if (sender.id !== browser.runtime.id) return;
      if (!isRecord(raw) || raw.type !== 'getPageState') return;
      sendResponse({ ok: true, value: { status } });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }
  recordState(status);

  async function gate() {
    // No `ctx.isInvalid` here: it reads `runtime.id` (a navigation's timer checks it anyway).
    if (asked) return;
    if (!document.body || !isProbablyReaderable(document)) {
      status = 'not-article';
      return recordState(status);
    }
    status = 'loading';
    recordState(status);
    asked = true;
    const reply = await send('loadArticleCode', null);
    if (reply.ok) return ctx.abort();
    asked = false;
    await send('reportPageState', { status: 'error', message: reply.error.slice(0, 500) });
  }

  let navigation: number | undefined;
  ctx.onLocationChange(() => {
    clearTimeout(navigation);
    navigation = ctx.setTimeout(() => void gate(), NAVIGATION_SETTLE);
  });
  void gate();
}
