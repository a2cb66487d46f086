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

/** Walks `root` in document order into flat plain data (what the page would post). */
export function takeSnapshot(root: Element): SnapNode[] {
  const out: SnapNode[] = [];
  const visit = (el: Element) => {
    const kids = [...el.childNodes].filter((n) => n.nodeType === 3 || (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())));
    const attrs: string[] = [];
    for (const a of el.attributes) attrs.push(a.name, a.value);
    out.push([el.tagName.toLowerCase(), attrs, kids.length]);
    for (const k of kids) {
      if (k.nodeType === 3) out.push((k as Text).data);
      else visit(k as Element);
    }
  };
  visit(root);
  return out;
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

/** Times snapshot, structured clone (the message), rebuild and Readability on the rebuild. */
export function probeSnapshot(): { nodes: number; snapshotMs: number; cloneMs: number; rebuildMs: number; readabilityMs: number; found: boolean } {
  let t0 = performance.now();
  const snap = takeSnapshot(document.documentElement);
  const snapshotMs = performance.now() - t0;
  t0 = performance.now();
  const copy = structuredClone(snap);
  const cloneMs = performance.now() - t0;
  t0 = performance.now();
  const rebuilt = rebuildSnapshot(copy);
  const rebuildMs = performance.now() - t0;
  t0 = performance.now();
  const parsed = new Readability(rebuilt).parse();
  const readabilityMs = performance.now() - t0;
  return { nodes: snap.length, snapshotMs, cloneMs, rebuildMs, readabilityMs, found: !!parsed?.textContent };
}
