import type { OffPageArticle, SnapshotPayload, SnapshotReply } from '../messaging/snapshot';
import { refuse, type Result } from '../messaging/wire';
import { readDocument } from './extract';
import { flattenArticle } from './flatten';
import { Op } from './snapshot';

/** Deepest nesting a snapshot may have (real pages stay under a few hundred). */
const MAX_DEPTH = 4_000;
/** Most attributes on one element. */
const MAX_ATTRIBUTES = 1_000;
/**
 * Element names a snapshot may use (what an HTML parser makes of a page's tags). Browsers
 * refuse others in createElement; checked here too, so every DOM refuses alike.
 */
const ELEMENT_NAME = /^[a-z][a-z0-9._:-]*$/i;
/**
 * Attribute names that setAttribute takes in every browser. A page's element may carry others
 * (frameworks' "@click" or ":class", which the HTML parser keeps): left out of the copy, which
 * changes nothing for Readability (it reads class, id, style, role, rel, itemprop and the like).
 */
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9._:-]*$/i;

/** Reads the list's strings one by one; `undefined` past its end or where no string is. */
function reader(ops: unknown[]) {
  let i = 0;
  return {
    more: () => i < ops.length,
    next: () => ops[i++],
    text(): string | undefined {
      const x = ops[i++];
      return typeof x === 'string' ? x : undefined;
    },
  };
}

/**
 * Builds a snapshot's tree (snapshot.ts) as the only content of `doc`, an inert document
 * (DOMParser's: no scripts run, nothing loads). Trusts nothing: any malformed operation, name
 * or nesting refuses the whole snapshot. Returns its text nodes by number, or null.
 */
export function buildSnapshot(doc: Document, ops: unknown): Text[] | null {
  if (!Array.isArray(ops)) return null;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  const texts: Text[] = [];
  const open: Node[] = [doc];
  const read = reader(ops);
  try {
    while (read.more()) {
      const op = read.next();
      const parent = open[open.length - 1];
      if (op === Op.Close) {
        if (open.length < 2) return null;
        open.pop();
        continue;
      }
      if (op === Op.Text || op === Op.Comment) {
        const data = read.text();
        if (data === undefined) return null;
        const node = op === Op.Text ? doc.createTextNode(data) : doc.createComment(data);
        if (op === Op.Text) texts.push(node as Text);
        // A document holds no text: some DOMs keep the whitespace after </html> there
        // (linkedom); it keeps its number but stays out, as a browser's parser leaves it.
        if (op === Op.Comment || parent !== doc) parent.appendChild(node);
        continue;
      }
      const el = openElement(doc, op, read);
      // One root element; DOM methods throw on names they refuse (caught below).
      if (!el || (parent === doc && doc.documentElement) || open.length > MAX_DEPTH) return null;
      parent.appendChild(el);
      open.push(el);
    }
  } catch {
    return null;
  }
  return open.length === 1 && doc.documentElement ? texts : null;
}

/** The element an open operation describes, with its attributes; null when malformed. */
function openElement(doc: Document, op: unknown, read: ReturnType<typeof reader>) {
  let el: Element;
  if (op === Op.Open) {
    const name = read.text();
    if (name === undefined || !ELEMENT_NAME.test(name)) return null;
    el = doc.createElement(name);
  } else if (op === Op.OpenNs) {
    const ns = read.text();
    const name = read.text();
    if (ns === undefined || name === undefined || !ELEMENT_NAME.test(name)) return null;
    el = doc.createElementNS(ns || null, name);
  } else return null;
  const count = read.next();
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_ATTRIBUTES)
    return null;
  for (let k = 0; k < (count as number); k++) {
    const name = read.text();
    const value = read.text();
    if (name === undefined || value === undefined) return null;
    if (ATTRIBUTE_NAME.test(name)) el.setAttribute(name, value);
  }
  return el;
}

/**
 * Readability on a snapshot, as the content script would have run it on the copy the snapshot
 * was written from (`readDocument`, the same options), built in `doc` (an inert document the
 * caller made with DOMParser). The article is flattened here and each run names the number of
 * its text node. `undefined` when the snapshot is malformed.
 */
export function readSnapshot(payload: SnapshotPayload, doc: Document): SnapshotReply | undefined {
  let ops: unknown;
  try {
    ops = JSON.parse(payload.ops);
  } catch {
    return undefined;
  }
  const texts = buildSnapshot(doc, ops);
  if (!texts) return undefined;
  const parsed = readDocument(doc, payload.withUnlikely);
  if (!parsed || parsed === 'again') return parsed;
  const numbers = new Map(texts.map((t, i) => [t, i]));
  const flat = flattenArticle(parsed.content!);
  const runs: number[] = [];
  for (const s of flat.segments) runs.push(s.start, (s.node && numbers.get(s.node)) ?? -1);
  const article: OffPageArticle = {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    publishedTime: parsed.publishedTime ?? null,
    text: flat.text,
    blocks: flat.blocks,
    runs,
  };
  return article;
}

/**
 * `readSnapshot` in an empty inert document of this realm (Chrome's offscreen document,
 * Firefox's background page): DOMParser's run no scripts and load nothing. Never throws.
 */
export function readSnapshotHere(snapshot: SnapshotPayload): Result<SnapshotReply> {
  try {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const reply = readSnapshot(snapshot, doc);
    return reply === undefined ? refuse('Malformed snapshot') : { ok: true, value: reply };
  } catch (e) {
    return refuse(e instanceof Error ? e.message : String(e));
  }
}
