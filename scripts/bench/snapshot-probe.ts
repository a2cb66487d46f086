/**
 * A probe for moving Readability off the page's main thread (issue 7: no task over 50 ms). The
 * page would send a plain-data snapshot of its DOM, taken in small slices, to an extension
 * page (Chrome's offscreen document, Firefox's background page) that rebuilds it with DOM
 * calls (no markup is parsed) and runs Readability there; text nodes carry their position in
 * the walk, so offsets still map back to the live page. This measures each part in one page.
 */
import { Readability } from '@mozilla/readability';

/** Element: [tag, attributes (name, value, …), child count]; text: its data. */
type SnapNode = [string, string[], number] | string;

// Never article text, and large: left out of the snapshot.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

const isKept = (n: Node) =>
  n.nodeType === 3 || (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase()));

/**
 * Walks `root` in document order into flat plain data, in slices of at most `budgetMs` (the
 * page would yield between slices). Returns the snapshot, its slices, and each slice's time.
 */
export function takeSnapshot(
  root: Element,
  budgetMs: number,
): { snap: SnapNode[]; slices: SnapNode[][]; sliceMs: number[] } {
  const snap: SnapNode[] = [];
  const slices: SnapNode[][] = [];
  const sliceMs: number[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const t0 = performance.now();
    const slice: SnapNode[] = [];
    while (stack.length && performance.now() - t0 < budgetMs) {
      for (let k = 0; k < 64 && stack.length; k++) {
        const node = stack.pop()!;
        if (node.nodeType === 3) {
          slice.push((node as Text).data);
          continue;
        }
        const el = node as Element;
        const kids = [...el.childNodes].filter(isKept);
        const attrs: string[] = [];
        for (const a of el.attributes) attrs.push(a.name, a.value);
        slice.push([el.tagName.toLowerCase(), attrs, kids.length]);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      }
    }
    sliceMs.push(performance.now() - t0);
    slices.push(slice);
    for (const item of slice) snap.push(item);
  }
  return { snap, slices, sliceMs };
}

/** Rebuilds a snapshot as a new document with createElement/createTextNode only. */
export function rebuildSnapshot(snap: SnapNode[]): Document {
  const doc = document.implementation.createHTMLDocument('');
  let i = 0;
  const build = (): Node => {
    const item = snap[i++];
    if (typeof item === 'string') return doc.createTextNode(item);
    const [tag, attrs, count] = item;
    const el = doc.createElement(tag);
    for (let a = 0; a < attrs.length; a += 2) {
      try {
        el.setAttribute(attrs[a], attrs[a + 1]);
      } catch {
        // An attribute name the DOM refuses to set by hand: not needed for the text.
      }
    }
    for (let c = 0; c < count; c++) el.appendChild(build());
    return el;
  };
  doc.replaceChild(build(), doc.documentElement);
  return doc;
}

/**
 * Times the snapshot (total and its longest 5 ms-budget slice), posting it (structured clone,
 * total and longest slice), the rebuild, and Readability on the rebuild (ms).
 */
export function probeSnapshot() {
  const { snap, slices, sliceMs } = takeSnapshot(document.documentElement, 5);
  const cloneMs = slices.map((slice) => {
    const t0 = performance.now();
    structuredClone(slice);
    return performance.now() - t0;
  });
  let t0 = performance.now();
  const rebuilt = rebuildSnapshot(snap);
  const rebuildMs = performance.now() - t0;
  t0 = performance.now();
  const parsed = new Readability(rebuilt).parse();
  const readabilityMs = performance.now() - t0;
  const total = (list: number[]) => list.reduce((a, b) => a + b, 0);
  return {
    nodes: snap.length,
    slices: slices.length,
    snapshotMs: total(sliceMs),
    longestSliceMs: Math.max(...sliceMs),
    cloneMs: total(cloneMs),
    longestCloneMs: Math.max(...cloneMs),
    rebuildMs,
    readabilityMs,
    found: !!parsed?.textContent,
  };
}
