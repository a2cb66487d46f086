import type { TextIndex } from './text-index';

/** Elements whose text a reader never sees as article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
]);

/**
 * A step is at most about this many nodes visited or characters indexed, so that a caller
 * slicing its work by time can stop between two steps well within its slice.
 */
const STEP_NODES = 256;
const STEP_CHARS = 4096;

/** Work that pauses (`yield`) where a caller may stop and resume it later. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once (callers that do not slice). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;

/**
 * The non-empty text nodes under `root` outside `SKIP` elements, in document order, with their
 * text as it was when visited (the page may change between steps; the index stays consistent
 * with itself, and a range built from it is checked against the live text).
 */
function* collectVisibleText(root: Node): Steps<{ nodes: Text[]; datas: string[] }> {
  const nodes: Text[] = [];
  const datas: string[] = [];
  const stack: Node[] = [root];
  for (let visited = 1; stack.length; visited++) {
    if (visited % STEP_NODES === 0) yield;
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        nodes.push(node as Text);
        datas.push(data);
      }
      continue;
    }
    if (node.nodeType === 1 && SKIP.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return { nodes, datas };
}

/**
 * Builds the index of `root`'s text in one walk, pausing every few hundred nodes or few thousand
 * characters; cost is linear in the subtree's text.
 */
export function* indexTextSteps(root: Node): Steps<TextIndex> {
  const { nodes, datas } = yield* collectVisibleText(root);
  let total = 0;
  for (const d of datas) total += d.length;
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const chars: string[] = [];
  let length = 0;
  let lastWasSpace = true; // drop leading white space
  let sinceStep = 0;
  for (let ni = 0; ni < datas.length; ni++) {
    const data = datas[ni];
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const space = isSpace(data.charCodeAt(i));
      if (space && runStart >= 0) chars.push(data.slice(runStart, i));
      if (space) runStart = -1;
      if (space && lastWasSpace) continue;
      if (space) chars.push(' ');
      else if (runStart < 0) runStart = i;
      nodeOf[length] = ni;
      offsetOf[length] = i;
      length++;
      lastWasSpace = space;
    }
    if (runStart >= 0) chars.push(data.slice(runStart));
    sinceStep += data.length;
    if (sinceStep >= STEP_CHARS) {
      sinceStep = 0;
      yield;
    }
  }
  return {
    text: chars.join(''),
    nodes,
    nodeOf: nodeOf.subarray(0, length),
    offsetOf: offsetOf.subarray(0, length),
  };
}

/** Builds the index of `root`'s text at once (see `indexTextSteps`). */
export function buildTextIndex(root: Node): TextIndex {
  return drain(indexTextSteps(root));
}
