// @vitest-environment happy-dom
// Anchoring on a big page runs in steps a caller spreads over time slices (the highlighter gives
// each slice 5 ms): neither one credit's quote search nor the index of the page's text it builds
// may run whole. Counted in steps, not milliseconds, so the test does not depend on the machine.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract';
import { anchorSpanSteps, anchorSpans, type AnchorSource } from '@/utils/extract/anchor';
import { buildTextIndex, indexTextSteps } from '@/utils/extract/text-index';
import { anchorSpecSteps, anchorSpecs } from '@/entrypoints/news.content/anchor-specs';
import type { HighlightSpec } from '@/utils/messaging';
import { CREDIT_KINDS } from '@/utils/core/types';
import { loadFixture } from '../fixtures/dom/load-fixture';

let source: AnchorSource;

/** Runs steps to the end, counting the pauses. */
function countSteps<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  for (let pauses = 0; ; pauses++) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
  }
}

/** Text a page adds around its article (comments, lists of links): many nodes, much text. */
function addPageFurniture(paragraphs: number) {
  const aside = document.createElement('section');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.append(`Reader comment ${i}: `, document.createElement('b'), ' the council vote was close.');
    p.querySelector('b')!.textContent = `user${i}`;
    aside.append(p);
  }
  document.body.append(aside);
}

const spanOf = (phrase: string) => {
  const at = source.text.indexOf(phrase);
  return { start: at, end: at + phrase.length };
};

beforeEach(() => {
  loadFixture('article-credits.html');
  const extraction = extractArticle(document)!;
  // The node map lost, as after a re-render: every span needs the quote search.
  source = {
    text: extraction.article.text,
    segments: extraction.segments.map((x) => ({ ...x, node: null })),
  };
  addPageFurniture(1000);
});

describe('anchoring in steps', () => {
  it('indexes a big page’s text in many steps, with the same result as at once', () => {
    const { value, pauses } = countSteps(indexTextSteps(document.body));
    expect(pauses).toBeGreaterThan(10);
    const once = buildTextIndex(document.body);
    expect(value.text).toBe(once.text);
    expect(Array.from(value.nodeOf)).toEqual(Array.from(once.nodeOf));
    expect(Array.from(value.offsetOf)).toEqual(Array.from(once.offsetOf));
  });

  it('pauses inside one span’s quote search and places it where anchoring at once does', () => {
    const span = spanOf('according to the Associated Press');
    const { value, pauses } = countSteps(
      anchorSpanSteps(document, source, [span], [document.body]),
    );
    expect(pauses).toBeGreaterThan(10);
    const [once] = anchorSpans(document, source, [span], [document.body]);
    expect(value[0]?.method).toBe('quote');
    expect(value[0]?.range.toString()).toBe('according to the Associated Press');
    expect(value[0]?.range.startContainer).toBe(once?.range.startContainer);
    expect(value[0]?.range.startOffset).toBe(once?.range.startOffset);
  });

  it('places the highlighter’s specs in steps, the same ranges as at once', () => {
    const spans = ['according to the Associated Press', 'Reuters'].map(spanOf);
    const specs = spans.map((s, i): HighlightSpec => ({
      ...s,
      cueStart: s.start,
      cueEnd: s.end,
      outletIndex: i,
      mentionIndex: 0,
      outletId: `outlet-${i}`,
      outletName: 'Outlet',
      facts: '',
      kind: CREDIT_KINDS[0],
      kindLabel: '',
      sentence: '',
      relatedUrl: null,
    }));
    const { value, pauses } = countSteps(anchorSpecSteps(document, source, specs));
    expect(pauses).toBeGreaterThan(specs.length);
    const once = anchorSpecs(document, source, specs);
    expect(value.map((r) => r?.toString())).toEqual([
      'according to the Associated Press',
      'Reuters',
    ]);
    expect(value.map((r) => r?.startContainer)).toEqual(once.map((r) => r?.startContainer));
  });
});
