// @vitest-environment happy-dom
// Anchoring maps offsets of Readability's text back to live Text nodes and builds Ranges: it
// needs a real DOM with Range support, which happy-dom provides.
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '@/utils/extract/extract';
import { anchorSpans, findLiveRoot, type AnchorSource } from '@/utils/extract/anchor';
import { repairSegments } from '@/utils/extract/repair';
import { collectTextNodes } from '@/utils/extract/walk';
import { buildTextIndex, matchQuote } from '@/utils/extract/text-index';
import { loadFixture } from '../fixtures/dom/load-fixture';

let extraction: Extraction;
let source: AnchorSource;

/** Offsets of the n-th occurrence (0-based) of `phrase` in the article text. */
function spanOf(phrase: string, n = 0, from = source.text) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = from.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`“${phrase}” #${n} is not in the article text`);
  return { start: at, end: at + phrase.length };
}

/** The id of the closest element with one around a range's start. */
const whereIs = (range: Range | undefined) =>
  range?.startContainer.parentElement?.closest('[id]')?.id;

/** The same article with its node map lost, as after a re-render: only quote search is left. */
const withoutMap = (s: AnchorSource): AnchorSource => ({
  text: s.text,
  segments: s.segments.map((x) => ({ ...x, node: null })),
});

beforeEach(() => {
  loadFixture('article-credits.html');
  extraction = extractArticle(document)!;
  source = { text: extraction.article.text, segments: extraction.segments };
});

describe('anchoring through the node map', () => {
  it('anchors a credit split across inline elements', () => {
    const [a] = anchorSpans(document, source, [spanOf('according to the Associated Press')]);
    expect(a?.method).toBe('map');
    expect(a?.range.toString()).toBe('according to the Associated Press');
    expect(whereIs(a?.range)).toBe('split');
    expect(a?.range.endContainer.parentElement?.closest('#p1')).not.toBeNull();
  });

  it('keeps the page’s own white space inside the range', () => {
    const [a] = anchorSpans(document, source, [spanOf('Reuters', 1)]);
    expect(a?.range.toString()).toBe('Reuters');
    expect(whereIs(a?.range)).toBe('p2');
  });

  it('anchors a photo credit in a figcaption', () => {
    const [a] = anchorSpans(document, source, [spanOf('(Photo: Reuters)')]);
    expect(a?.range.toString()).toBe('(Photo: Reuters)');
    expect(whereIs(a?.range)).toBe('caption');
  });

  it('anchors each of two identical phrases at its own place', () => {
    const anchors = anchorSpans(document, source, [
      spanOf('according to Reuters', 0),
      spanOf('according to the Associated Press', 1),
    ]);
    expect(anchors.map((a) => whereIs(a?.range))).toEqual(['p4', 'p3']);
  });

  it('finds the live article root', () => {
    expect(findLiveRoot(source.segments)?.id).toBe('story');
  });
});

describe('anchoring by quote when the map has no node', () => {
  it('finds the byline Readability lifted out, inside the byline, not the decoy in the menu', () => {
    expect(extraction.article.byline).toBe('By Jane Roe, Associated Press');
    const [a] = anchorSpans(document, source, [spanOf('Associated Press', 0)]);
    expect(a?.method).toBe('quote');
    expect(whereIs(a?.range)).toBe('byline');
    expect(a?.range.toString()).toBe('Associated Press');
  });

  it('matches across collapsed white space', () => {
    const span = spanOf('According    to\n      Reuters');
    const [a] = anchorSpans(document, withoutMap(source), [span]);
    expect(a?.method).toBe('quote');
    expect(a?.range.toString().replace(/\s+/g, ' ')).toBe('According to Reuters');
    expect(whereIs(a?.range)).toBe('p2');
  });

  it('uses the context to pick between repeated phrases', () => {
    const spans = [
      spanOf('according to the Associated Press', 0),
      spanOf('according to the Associated Press', 1),
      spanOf('according to Reuters', 0),
    ];
    const anchors = anchorSpans(document, withoutMap(source), spans);
    expect(anchors.map((a) => a?.method)).toEqual(['quote', 'quote', 'quote']);
    expect(anchors.map((a) => whereIs(a?.range))).toEqual(['split', 'p3', 'p4']);
  });

  it('returns null for text that is no longer in the page', () => {
    const span = spanOf('sea wall');
    document.getElementById('p1')!.lastChild!.textContent = ' Rewritten by the page.';
    const [a] = anchorSpans(document, withoutMap(source), [span]);
    expect(a).toBeNull();
  });

  it('follows the page when it re-renders the same text in new nodes', () => {
    const p4 = document.getElementById('p4')!;
    const copy = p4.cloneNode(true);
    p4.replaceWith(copy);
    const [a] = anchorSpans(document, source, [spanOf('according to Reuters', 0)]);
    expect(a?.method).toBe('quote');
    expect(a?.range.startContainer.parentElement).toBe(copy);
  });
});

describe('repairing the node map', () => {
  it('pairs runs Readability copied with the live nodes holding the same text, in order', () => {
    const lost = withoutMap(source).segments;
    const repaired = repairSegments(source.text, lost, () => collectTextNodes(document));
    expect(repaired).toBeGreaterThan(5);
    const [a] = anchorSpans(document, { text: source.text, segments: lost }, [
      spanOf('according to Reuters', 0),
    ]);
    expect(a?.method).toBe('map');
    expect(whereIs(a?.range)).toBe('p4');
  });
});

describe('matchQuote', () => {
  it('prefers the occurrence whose context matches', () => {
    const index = buildTextIndex(document.body);
    const first = matchQuote(index, {
      exact: 'according to the Associated Press',
      prefix: 'where the wind was weaker, ',
      suffix: ', and buses',
    });
    expect(index.text.slice(first![1], first![1] + 11)).toBe(', and buses');
  });

  it('ignores case only when asked', () => {
    const index = buildTextIndex(document.body);
    expect(matchQuote(index, { exact: 'JANE ROE', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote(index, { exact: 'JANE ROE', prefix: '', suffix: '' }, true)).not.toBeNull();
  });
});
