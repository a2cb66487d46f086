// @vitest-environment happy-dom
// The highlighter's life in a page: drawing, switching off, the kinds filter, re-anchoring after
// a re-render, re-running when the text changes, and giving up on a page that keeps changing.
// It needs a DOM with MutationObserver; happy-dom has no CSS.highlights, so a stand-in registry
// records what is drawn (highlight-api-stub.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '@/entrypoints/news.content/context';
import { extractArticle } from '@/utils/extract/extract';
import type { HighlightSpec } from '@/utils/messaging';
import { CREDIT_KINDS } from '@/utils/core/types';
import { createHighlighter, type Highlighter } from '@/entrypoints/news.content/highlighter';
import { loadFixture } from '../fixtures/dom/load-fixture';
import {
  drawnRanges,
  drawnTexts,
  installHighlightApi,
  uninstallHighlightApi,
} from './highlight-api-stub';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Longer than the mutation debounce (400 ms). */
const SETTLE = 550;

let ctx: ContentScriptContext;
let highlighter: Highlighter;
let reruns: number;

const marked = drawnTexts;
const articleText = () => document.getElementById('story')!.textContent;

/** Draw every kind, hide nothing. */
const ALL = { drawKinds: [...CREDIT_KINDS], hideOutlets: [] };

function specsFor(
  text: string,
  phrases: [HighlightSpec['kind'], string, number?][],
): HighlightSpec[] {
  return phrases.map(([kind, phrase, n = 0], i) => {
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.indexOf(phrase, at + 1);
    return {
      outletIndex: i,
      mentionIndex: 0,
      outletId: `o${i}`,
      outletName: `Outlet ${i}`,
      facts: 'News agency · United States',
      kind,
      kindLabel: kind,
      sentence: phrase,
      start: at,
      end: at + phrase.length,
      cueStart: at,
      cueEnd: at + phrase.length,
      relatedUrl: null,
    };
  });
}

beforeEach(async () => {
  loadFixture('article-credits.html');
  installHighlightApi();
  ctx = new ContentScriptContext();
  reruns = 0;
  highlighter = createHighlighter(ctx, document, () => reruns++);
  const extraction = extractArticle(document)!;
  const text = extraction.article.text;
  const specs = specsFor(text, [
    ['report', 'according to the Associated Press'],
    ['photo', '(Photo: Reuters)'],
    ['report', 'according to Reuters'],
  ]);
  await highlighter.setArticle(specs, { text, segments: extraction.segments }, ALL);
});
afterEach(() => {
  ctx.abort();
  highlighter.clear();
  uninstallHighlightApi();
  vi.restoreAllMocks();
});

describe('highlighter', () => {
  it('draws every anchored credit and takes it all back when switched off', () => {
    expect(marked()).toBe(
      '(Photo: Reuters)|according to the Associated Press|according to Reuters',
    );
    highlighter.setPlan({ drawKinds: [], hideOutlets: [] });
    expect(marked()).toBe('');
    expect(articleText()).toContain('according to the Associated Press');
  });

  it('draws only the kinds the background says (the reader chose photo credits only)', () => {
    highlighter.setPlan({ drawKinds: ['photo'], hideOutlets: [] });
    expect(marked()).toBe('(Photo: Reuters)');
  });

  it('leaves out the outlets the reader said are not citations on this site', () => {
    // Outlet 0 is the Associated Press: dismissed, its credit goes; the others stay.
    highlighter.setPlan({ drawKinds: [...CREDIT_KINDS], hideOutlets: [0] });
    expect(marked()).toBe('(Photo: Reuters)|according to Reuters');
    highlighter.setPlan(ALL);
    expect(marked()).toContain('according to the Associated Press');
  });

  it('re-anchors after the page re-renders the same text in new nodes, without a re-run', async () => {
    const story = document.getElementById('story')!;
    const copy = story.cloneNode(true) as Element;
    story.replaceWith(copy);
    await wait(SETTLE);
    expect(reruns).toBe(0);
    expect(marked()).toContain('according to Reuters');
    expect(copy.contains(drawnRanges()[0].startContainer)).toBe(true);
  });

  it('asks for a re-run when text is added to the article', async () => {
    const p = document.createElement('p');
    p.textContent = 'Later, the mayor told the BBC that the road would reopen on Friday.';
    document.getElementById('story')!.append(p);
    await wait(SETTLE);
    expect(reruns).toBe(1);
  });

  it('gives up cleanly on a page that keeps changing', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    for (let i = 0; i < 7; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: more text arrives.`;
      document.getElementById('story')!.append(p);
      await wait(SETTLE);
    }
    expect(reruns).toBe(5);
    expect(marked()).toBe('');
    expect(info).toHaveBeenCalledOnce();
  }, 10_000);

  it("keeps a cue that runs past a block break inside the name's line", async () => {
    const extraction = extractArticle(document)!;
    const text = extraction.article.text;
    const [spec] = specsFor(text, [['photo', 'Reuters)']]);
    // A cue reaching into the next block, as a caption followed by body text can produce.
    const next = text.indexOf('The coastal road');
    await highlighter.setArticle(
      [{ ...spec, cueEnd: next + 3 }],
      { text, segments: extraction.segments },
      ALL,
    );
    expect(marked()).toBe('Reuters)');
  });

  it('removes everything when the extension context is invalidated', () => {
    ctx.abort();
    expect(marked()).toBe('');
  });
});
