// Readability off the page (a snapshot of the pruned copy, read in the background) must find
// exactly what it finds in the page: the same article and the same links back to the live text
// nodes, on every fixture page. Both paths here are the functions the extension runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, finishExtraction, type Extraction } from '../../utils/extract/extract';
import { clonePruned } from '../../utils/extract/pruned-clone';
import { fromSnapshot, startSnapshot } from '../../utils/extract/snapshot';
import { buildSnapshot, readSnapshot } from '../../utils/extract/snapshot-read';
import { loadDocument } from '../../scripts/cli/load-dom';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const pages: [string, URL][] = readdirSync(PAGES)
  .filter((d) => existsSync(new URL(`${d}/source.html`, PAGES)))
  .map((d) => [d, new URL(`${d}/source.html`, PAGES)]);

/** An empty inert document, as the background makes one. */
const inertDocument = () =>
  new DOMParser().parseFromString('<html></html>', 'text/html') as unknown as Document;

/** The snapshot of `doc`'s pruned copy, written in small steps as the content script does. */
function snapshotOf(doc: Document, withUnlikely: boolean) {
  const writer = startSnapshot(doc, withUnlikely);
  let steps = 0;
  while (!writer.step(() => false)) steps++;
  return { writer, steps };
}

/** The off-page path end to end: snapshot, Readability in another document, numbers mapped back. */
function extractOffPage(doc: Document): Extraction | null {
  for (const withUnlikely of [true, false]) {
    const { writer } = snapshotOf(doc, withUnlikely);
    const reply = readSnapshot({ withUnlikely, ops: writer.json }, inertDocument());
    if (reply === undefined) throw new Error('snapshot refused');
    if (reply === 'again') continue;
    return reply && finishExtraction(doc, fromSnapshot(writer.texts, reply), reply);
  }
  return null;
}

/**
 * A document's nodes in order: name, namespace and attributes (sorted: linkedom lists them in
 * reverse of the order they were set), or the data. Names in lower case: linkedom upper-cases
 * the names of elements made by createElementNS, which browsers do not.
 */
function shape(doc: Document): unknown[] {
  const out: unknown[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 1) {
      const el = n as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
      out.push([el.tagName.toLowerCase(), el.namespaceURI, attrs]);
    } else out.push([n.nodeType, (n as CharacterData).data]);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(doc.documentElement);
  return out;
}

describe('Readability on a snapshot, off the page', () => {
  it.each(pages)('gives the same article on %s', (_id, file) => {
    const doc = loadDocument(readFileSync(file, 'utf8'));
    const inPage = extractArticle(doc);
    const offPage = extractOffPage(doc);
    expect(offPage?.article).toEqual(inPage?.article);
    const links = (e: Extraction | null) => e?.segments.map((s) => [s.start, s.node]);
    expect(links(offPage)).toEqual(links(inPage));
  });

  it('writes the copy in slices and rebuilds it exactly', () => {
    const doc = loadDocument(
      '<html lang="fr"><body><p class="a" data-x="1">Un <b>deux</b><!--c--></p><svg><g/></svg><br></body></html>',
    );
    const prepared = clonePruned(doc);
    const { writer, steps } = snapshotOf(doc, true);
    expect(steps).toBe(0); // fewer nodes than one look at the clock
    const copy = inertDocument();
    const texts = buildSnapshot(copy, JSON.parse(writer.json));
    expect(texts?.map((t) => t.data)).toEqual(['Un ', 'deux']);
    expect(writer.texts.map((t) => t?.data)).toEqual(['Un ', 'deux']);
    expect(shape(copy)).toEqual(shape(prepared.clone));
    expect(shape(copy)).toContainEqual(['g', 'http://www.w3.org/2000/svg', []]);
  });

  it('writes every attribute with its value, a name a script gave capitals too', () => {
    const doc = loadDocument('<body><p class="a" data-x="1" id="p">x</p></body>');
    const p = doc.querySelector('p')!;
    p.setAttributeNS(null, 'dataFoo', 'v');
    // As in browsers (not linkedom): on an HTML element getAttribute lowercases the name it is
    // given, so a name with capitals is not found by name and must be read from the list.
    const byName = p.getAttribute.bind(p);
    p.getAttribute = (name: string) => (name === name.toLowerCase() ? byName(name) : null);
    const ops = JSON.parse(snapshotOf(doc, true).writer.json) as unknown[];
    // The attributes written after an element's name: their count, then name and value pairs.
    const attributesOf = (tag: string) => {
      const at = ops.indexOf(tag) + 1;
      const pairs = ops.slice(at + 1, at + 1 + 2 * (ops[at] as number));
      return Object.fromEntries(pairs.flatMap((x, i) => (i % 2 ? [] : [[x, pairs[i + 1]]])));
    };
    expect(attributesOf('p')).toEqual({ class: 'a', 'data-x': '1', id: 'p', dataFoo: 'v' });
  });

  it('maps runs to the numbered text nodes, and unknown numbers to none', () => {
    const doc = loadDocument('<p>a</p><p>b</p>');
    const [a, b] = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const flat = fromSnapshot([a, b], {
      title: null,
      byline: null,
      siteName: null,
      lang: null,
      publishedTime: null,
      text: 'a\nb',
      blocks: [],
      runs: [0, 0, 1, -1, 2, 1, 3, 7],
    });
    expect(flat.segments).toEqual([
      { start: 0, node: a },
      { start: 1, node: null },
      { start: 2, node: b },
      { start: 3, node: null },
    ]);
  });
});

describe('a hostile snapshot', () => {
  const build = (ops: unknown) => buildSnapshot(inertDocument(), ops);
  const html = (inner: unknown[]) => [1, 'html', 0, ...inner, 0];

  it('leaves out an attribute whose name the DOM would refuse (a page\'s "@click")', () => {
    const doc = inertDocument();
    expect(buildSnapshot(doc, html([1, 'p', 2, '@click', 'x', 'class', 'y', 0]))).toEqual([]);
    expect(doc.querySelector('p')?.getAttribute('class')).toBe('y');
    expect(doc.querySelector('p')?.attributes).toHaveLength(1);
  });

  it('accepts a well-formed one', () => {
    expect(build(html([1, 'body', 1, 'class', 'x', 3, 'hi', 0]))).toHaveLength(1);
  });

  it.each([
    ['not a list', { 0: 1 }],
    ['nothing', []],
    ['an unknown operation', html([9, 'x'])],
    ['two roots', [...html([]), ...html([])]],
    ['an unclosed element', [1, 'html', 0, 1, 'body', 0]],
    ['a close too many', [...html([]), 0]],
    ['an invalid tag name', html([1, 'a b', 0, 0])],
    ['a number for a name', html([1, 5, 0, 0])],
    ['an attribute count past the list', html([1, 'p', 3, 'a', 'b'])],
    ['a negative attribute count', html([1, 'p', -1, 0])],
    ['a fractional attribute count', html([1, 'p', 0.5, 0])],
    ['a text that is no string', html([3, { toString: 1 }])],
    ['nesting past the limit', [...Array(5_000).fill([1, 'div', 0]).flat()]],
  ])('refuses %s', (_what, ops) => {
    expect(build(ops)).toBeNull();
  });

  it('refuses what is no JSON, and runs no script and loads nothing', () => {
    expect(readSnapshot({ withUnlikely: true, ops: '[1,' }, inertDocument())).toBeUndefined();
    const ops = html([1, 'body', 0, 1, 'script', 0, 3, 'globalThis.pwned = 1', 0, 0]);
    const reply = readSnapshot({ withUnlikely: false, ops: JSON.stringify(ops) }, inertDocument());
    expect(reply).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
