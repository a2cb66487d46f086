import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ContentScriptContext } from './context';
import type { Extraction } from '@/utils/extract/extract';
import { fitArticlePayload, refuse, type PageState } from '@/utils/messaging';
import { createHighlighter, type Highlighter } from './highlighter';
import { readPage } from './read-page';
import { listen } from './runtime';
import { send } from './send';
import { NAVIGATION_SETTLE, createScheduler } from './schedule';
import { recordState } from './steps';

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

/**
 * The article script's whole job on one page (entrypoints/article.content/, injected once the
 * gate in gate.ts found an article; it gates again on each pass, since a single-page app can
 * turn into a page that is no article). It never
 * reads storage: the background says what to draw (the tab's switch and the reader's settings).
 * An article is read when the page is idle (read-page.ts), or, when it is too big for that,
 * once the reader opens the popup. The highlighter (painting, hover card, keyboard) is created
 * only for an article with credits to draw. Also follows the popup's requests and the page's
 * own navigation (single-page apps).
 */
export function startPage(ctx: ContentScriptContext): void {
  const scheduler = createScheduler(ctx);
  let status: PageState['status'] = 'loading';
  /** The background holds a state for this page (so a later "not an article" must reach it). */
  let reported = false;
  let pass: AbortController | null = null;
  let highlighter: Highlighter | null = null;

  const setStatus = (next: PageState['status'] | 'ready') => {
    if (next !== 'ready') status = next;
    recordState(next);
  };
  const report = (
    state: { status: 'not-article' | 'waiting' } | { status: 'error'; message: string },
  ) => {
    reported = true;
    return send('reportPageState', state);
  };

  async function notArticle() {
    setStatus('not-article');
    highlighter?.clear();
    if (reported) await report({ status: 'not-article' });
  }

  /** Hands the article to the background, then draws what it answers (lazily). */
  async function submit(extraction: Extraction, signal: AbortSignal) {
    const reply = await send('submitArticle', fitArticlePayload(extraction.article));
    reported = true;
    if (signal.aborted) return;
    // A refused article must not leave the popup saying "loading" forever.
    if (!reply.ok)
      return void (await report({ status: 'error', message: reply.error.slice(0, 500) }));
    setStatus('ready');
    const { highlights, plan } = reply.value;
    if (!highlights.length && !highlighter) return;
    highlighter ??= createHighlighter(ctx, document, () => void run(false));
    const source = { text: extraction.article.text, segments: extraction.segments };
    await highlighter.setArticle(highlights, source, plan, signal);
  }

  /**
   * One pass over the page; a newer pass cancels this one at its next step. `gated`: the gate
   * found an article in this document a moment ago (the first pass), so it is not asked again.
   */
  async function run(force: boolean, gated = false): Promise<void> {
    pass?.abort();
    const own = (pass = new AbortController());
    try {
      if (!gated && (!document.body || !isProbablyReaderable(document))) return await notArticle();
      setStatus('loading');
      scheduler.watchInput();
      const reading = await readPage(scheduler, own.signal, force);
      if (own.signal.aborted) return;
      if (reading.status === 'not-article') return await notArticle();
      if (reading.status === 'waiting') {
        setStatus('waiting');
        return void (await report({ status: 'waiting' }));
      }
      await submit(reading.extraction, own.signal);
    } catch (e) {
      // A cancelled pass (a newer one runs, or the extension went away) reports nothing.
      if (!own.signal.aborted && !ctx.isInvalid)
        await report({ status: 'error', message: describe(e) });
    } finally {
      if (pass === own) {
        pass = null;
        scheduler.stop();
      }
    }
  }

  const done = { ok: true as const, value: null };
  listen(ctx, {
    getPageState: async () => ({ ok: true, value: { status } }),
    async analyzePage() {
      if (status === 'waiting') void run(true);
      return done;
    },
    async showHighlights(plan) {
      highlighter?.setPlan(plan);
      return done;
    },
    async focusAttribution({ outletIndex, mentionIndex }) {
      return highlighter?.focus(outletIndex, mentionIndex)
        ? done
        : refuse('This credit could not be found in the page');
    },
  });
  // Single-page apps swap the article without a new document: read the new one. Routers
  // change the address before they render the new page: wait for it to settle.
  let navigation: number | undefined;
  ctx.onLocationChange(() => {
    clearTimeout(navigation);
    navigation = ctx.setTimeout(() => {
      if (highlighter?.allowRerun() ?? true) void run(false);
    }, NAVIGATION_SETTLE);
  });
  ctx.onInvalidated(() => pass?.abort());
  void run(false, true);
}
