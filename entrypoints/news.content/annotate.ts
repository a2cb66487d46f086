import { isProbablyReaderable } from '@mozilla/readability';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cloneForExtraction, extractFromClone } from '@/utils/extract/extract';
import {
  TO_CONTENT_PARSERS,
  dispatch,
  fitArticlePayload,
  makeSender,
  parseEnvelope,
  refuse,
  type BackgroundToContent,
  type ContentToBackground,
  type Handlers,
  type ReplyTo,
  type Result,
} from '@/utils/messaging';
import { getSettings, watchSettings } from '@/utils/settings';
import { createHighlighter, type Highlighter } from './highlighter';

const sendOnce = makeSender<ContentToBackground>((envelope) =>
  browser.runtime.sendMessage(envelope),
);

/** Waits before each retry when the background is not listening yet (worker still starting). */
const RETRY_DELAYS = [250, 1_000, 3_000];
const NOT_LISTENING = /receiving end does not exist|could not establish connection/i;

/**
 * Sends to the background, retrying while its worker is not listening yet: right after the
 * extension starts or updates, Chrome answers "Receiving end does not exist" for a moment.
 */
async function send<M extends keyof ContentToBackground & string>(
  type: M,
  data: ContentToBackground[M]['payload'],
): Promise<ReplyTo<ContentToBackground, M>> {
  let reply = await sendOnce(type, data);
  for (const delay of RETRY_DELAYS) {
    if (reply.ok || !NOT_LISTENING.test(reply.error)) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    reply = await sendOnce(type, data);
  }
  return reply;
}

/** Lets the browser paint and handle input between two long steps (no task of ours > 50 ms). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Milliseconds to wait after a single-page app changes its address before reading the page. */
const NAVIGATION_SETTLE = 600;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

/**
 * One pass over the page: gate, extract on a clone, send the text to the background and hand
 * its answer to the highlighter (which drops its highlights when the page is no article).
 */
async function analyze(highlighter: Highlighter): Promise<void> {
  if (!document.body || !isProbablyReaderable(document)) {
    highlighter.clear();
    await send('reportPageState', { status: 'not-article' });
    return;
  }
  const t0 = performance.now();
  const prepared = cloneForExtraction(document);
  timing('clone', t0);
  await yieldToPage();
  const t1 = performance.now();
  const extraction = extractFromClone(document, prepared);
  timing('extract', t1);
  if (!extraction) {
    highlighter.clear();
    await send('reportPageState', { status: 'not-article' });
    return;
  }
  const reply = await send('submitArticle', fitArticlePayload(extraction.article));
  // A refused article must not leave the popup saying "loading" forever.
  if (!reply.ok) {
    await send('reportPageState', { status: 'error', message: reply.error.slice(0, 500) });
    return;
  }
  await yieldToPage();
  const t2 = performance.now();
  highlighter.setArticle(
    reply.value.highlights,
    { text: extraction.article.text, segments: extraction.segments },
    reply.value.highlightsOn,
  );
  timing('anchor-draw', t2);
}

/**
 * Records a step's duration on the page's performance timeline ("sourcelens:extract"…), so
 * tests and DevTools can read how long our work took. Never throws.
 */
function timing(step: string, start: number): void {
  try {
    performance.measure(`sourcelens:${step}`, { start, end: performance.now() });
  } catch {
    // Older engines without measure options: timing is a nicety.
  }
}

/**
 * The content script's whole job: analyze the page, follow the popup's and the keyboard
 * command's requests, the reader's settings, and the page's own navigation. Top frame only.
 */
export async function annotatePage(ctx: ContentScriptContext): Promise<void> {
  if (window.top !== window) return;
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    // One pass at a time; a request during a pass gets one more pass after it, since the pass
    // may have read the page before the change that asked for it.
    if (running) {
      again = true;
      return running;
    }
    running = analyze(highlighter)
      .catch((e: unknown) =>
        send('reportPageState', { status: 'error', message: describe(e) }).then(() => {}),
      )
      .finally(() => {
        running = null;
        if (again && !ctx.isInvalid) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const highlighter = createHighlighter(ctx, document, () => void run());
  listen(ctx, highlighter);
  getSettings().then(highlighter.setSettings, () => {});
  const unwatch = watchSettings(highlighter.setSettings);
  ctx.onInvalidated(unwatch);
  // Single-page apps swap the article without a new document: analyze the new one.
  // Routers change the address before they render the new page: wait for it to settle.
  let navigation: number | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(navigation);
    navigation = ctx.setTimeout(() => {
      if (highlighter.allowRerun()) void run();
    }, NAVIGATION_SETTLE);
  });
  await run();
}

/** Follows the background's requests (the popup's switch and credit list, the keyboard command). */
function listen(ctx: ContentScriptContext, highlighter: Highlighter): void {
  const handlers: Handlers<BackgroundToContent, null> = {
    async showHighlights({ on }) {
      highlighter.setVisible(on);
      return { ok: true, value: null };
    },
    async focusAttribution({ outletIndex, mentionIndex }) {
      return highlighter.focus(outletIndex, mentionIndex)
        ? { ok: true, value: null }
        : refuse('This credit could not be found in the page');
    },
    // This script reports every page it reads (articles or not) by itself.
    getPageState: async () => ({ ok: true, value: { status: 'loading' } }),
    analyzePage: async () => ({ ok: true, value: null }),
  };
  const onMessage = (
    raw: unknown,
    sender: { id?: string },
  ): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseEnvelope<BackgroundToContent>(TO_CONTENT_PARSERS, raw);
    return parsed.ok ? dispatch(handlers, parsed.message, null) : Promise.resolve(parsed);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
