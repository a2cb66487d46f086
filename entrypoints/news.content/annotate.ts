import { isProbablyReaderable } from '@mozilla/readability';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/utils/extract/extract';
import { drawHighlights, hasHighlightApi } from '@/utils/highlight/draw';
import { rangeFromOffsets } from '@/utils/highlight/ranges';
import {
  fitArticlePayload,
  makeSender,
  parseEnvelope,
  TO_CONTENT_SCHEMAS,
  type ContentToBackground,
  type HighlightSpec,
  type Result,
} from '@/utils/messaging';
import type { TextSegment } from '@/utils/extract/flatten';

const send = makeSender<ContentToBackground>((envelope) => browser.runtime.sendMessage(envelope));

interface Drawn {
  specs: HighlightSpec[];
  ranges: (Range | null)[];
  remove: (() => void) | null;
}

function draw(state: Drawn): void {
  state.remove?.();
  state.remove = null;
  if (!hasHighlightApi()) return;
  const items = state.specs.flatMap((spec, i) => {
    const range = state.ranges[i];
    return range ? [{ kind: spec.kind, range }] : [];
  });
  if (items.length) state.remove = drawHighlights(document, items);
}

function anchor(specs: HighlightSpec[], segments: TextSegment[], text: string): (Range | null)[] {
  return specs.map(
    (s) =>
      rangeFromOffsets(document, segments, s.cueStart, s.cueEnd, text.slice(s.cueStart, s.cueEnd)) ??
      rangeFromOffsets(document, segments, s.start, s.end, text.slice(s.start, s.end)),
  );
}

/**
 * The content script's whole job: gate, extract on a clone, send the text to the background,
 * draw what it answers, and follow the popup's requests. Only the top frame runs.
 */
export async function annotatePage(ctx: ContentScriptContext): Promise<void> {
  if (window.top !== window) return;
  try {
    if (!document.body || !isProbablyReaderable(document)) {
      await send('reportPageState', { status: 'not-article' });
      return;
    }
    const extraction = extractArticle(document);
    if (!extraction) {
      await send('reportPageState', { status: 'not-article' });
      return;
    }
    const reply = await send('submitArticle', fitArticlePayload(extraction.article));
    // A refused article must not leave the popup saying "loading" forever.
    if (!reply.ok) {
      await send('reportPageState', { status: 'error', message: reply.error.slice(0, 500) });
      return;
    }
    const state: Drawn = {
      specs: reply.value.highlights,
      ranges: anchor(reply.value.highlights, extraction.segments, extraction.article.text),
      remove: null,
    };
    if (reply.value.highlightsOn) draw(state);
    listen(ctx, state);
    ctx.onInvalidated(() => state.remove?.());
  } catch (e) {
    await send('reportPageState', {
      status: 'error',
      message: (e instanceof Error ? e.message : String(e)).slice(0, 500),
    });
  }
}

function focus(state: Drawn, outletIndex: number, mentionIndex: number): Result<null> {
  const i = state.specs.findIndex((s) => s.outletIndex === outletIndex && s.mentionIndex === mentionIndex);
  const range = state.ranges[i];
  if (!range) return { ok: false, error: 'This credit could not be found in the page' };
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (hasHighlightApi()) {
    CSS.highlights.set('sourcelens-focus', new Highlight(range));
    setTimeout(() => CSS.highlights.delete('sourcelens-focus'), 1600);
  }
  return { ok: true, value: null };
}

function listen(ctx: ContentScriptContext, state: Drawn): void {
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseEnvelope(TO_CONTENT_SCHEMAS, raw);
    if (!msg.ok) return Promise.resolve({ ok: false, error: msg.error });
    if (msg.type === 'showHighlights') {
      const { on } = msg.data as { on: boolean };
      if (on) draw(state);
      else {
        state.remove?.();
        state.remove = null;
      }
      return Promise.resolve({ ok: true, value: null });
    }
    const { outletIndex, mentionIndex } = msg.data as { outletIndex: number; mentionIndex: number };
    return Promise.resolve(focus(state, outletIndex, mentionIndex));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
