// @vitest-environment happy-dom
// The fallback for browsers without CSS.highlights changes the page's DOM (it wraps text in
// <sourcelens-mark>), so it needs a DOM to check that unwrapping puts every node back.
import { beforeEach, describe, expect, it } from 'vitest';
import { MARK_TAG, wrapRanges } from '@/utils/highlight/fallback';
import { paint } from '@/utils/highlight/paint';

const PAGE = `<article id="a"><p id="p1">The road was closed, <a href="#">according to the <b>Associated</b> Press</a>, on Monday.</p>
<p id="p2">Ferries will not sail, according to Reuters, until Wednesday; Reuters said more.</p></article>`;

function load() {
  const parsed = new DOMParser().parseFromString(`<body>${PAGE}</body>`, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** A range over the n-th occurrence of `phrase` in the text of element `id`. */
function rangeOf(id: string, phrase: string, n = 0): Range {
  const el = document.getElementById(id)!;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
  const text = nodes.map((t) => t.data).join('');
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(phrase, at + 1);
  const point = (offset: number, isEnd: boolean) => {
    let pos = 0;
    for (const t of nodes) {
      if (offset < pos + t.data.length || (isEnd && offset === pos + t.data.length))
        return [t, offset - pos] as const;
      pos += t.data.length;
    }
    throw new Error('offset out of range');
  };
  const range = document.createRange();
  range.setStart(...point(at, false));
  range.setEnd(...point(at + phrase.length, true));
  return range;
}

const snapshot = () => ({ html: document.body.innerHTML, texts: countTextNodes() });
function countTextNodes(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

beforeEach(load);

describe('wrapRanges', () => {
  it('wraps a credit split across inline elements in one mark per text node', () => {
    const { marks } = wrapRanges(document, [
      { kind: 'report', range: rangeOf('p1', 'according to the Associated Press') },
    ]);
    expect(marks[0].map((m) => m.textContent)).toEqual([
      'according to the ',
      'Associated',
      ' Press',
    ]);
    expect(marks[0].every((m) => m.localName === MARK_TAG && m.dataset.kind === 'report')).toBe(
      true,
    );
    expect(document.getElementById('p1')!.textContent).toBe(
      'The road was closed, according to the Associated Press, on Monday.',
    );
  });

  it('wraps two credits in the same text node without shifting either', () => {
    const { marks } = wrapRanges(document, [
      { kind: 'report', range: rangeOf('p2', 'according to Reuters') },
      { kind: 'quote', range: rangeOf('p2', 'Reuters said', 0) },
    ]);
    expect(marks.map((list) => list.map((m) => m.textContent))).toEqual([
      ['according to Reuters'],
      ['Reuters said'],
    ]);
  });

  it('leaves white space between blocks unwrapped', () => {
    const range = document.createRange();
    range.setStart(document.getElementById('p1')!.lastChild!, 2);
    range.setEnd(document.getElementById('p2')!.firstChild!, 7);
    const { marks } = wrapRanges(document, [{ kind: 'other', range }]);
    expect(marks[0].map((m) => m.textContent)).toEqual(['on Monday.', 'Ferries']);
  });

  it('unwraps back to the same nodes and markup', () => {
    const before = snapshot();
    const { unwrap } = wrapRanges(document, [
      { kind: 'report', range: rangeOf('p1', 'according to the Associated Press') },
      { kind: 'report', range: rangeOf('p2', 'according to Reuters') },
      { kind: 'quote', range: rangeOf('p2', 'Reuters said') },
    ]);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(5);
    unwrap();
    expect(document.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(snapshot()).toEqual(before);
  });
});

describe('paint without the Highlight API', () => {
  it('draws with marks, focuses one credit and removes everything', () => {
    const before = snapshot();
    const painting = paint(
      document,
      [{ kind: 'photo', range: rangeOf('p2', 'according to Reuters') }],
      false,
    );
    expect(painting.isIntact()).toBe(true);
    expect(painting.ranges[0].toString()).toBe('according to Reuters');
    painting.setFocus(0);
    expect(document.querySelector(`${MARK_TAG}[data-sourcelens-focus]`)?.textContent).toBe(
      'according to Reuters',
    );
    painting.remove();
    expect(snapshot()).toEqual(before);
  });

  it('notices when the page removed its marks', () => {
    const painting = paint(
      document,
      [{ kind: 'photo', range: rangeOf('p2', 'according to Reuters') }],
      false,
    );
    document.getElementById('p2')!.textContent = 'Re-rendered.';
    expect(painting.isIntact()).toBe(false);
    painting.remove();
  });
});
