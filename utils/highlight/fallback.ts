import type { CreditKind } from '../core/types';
import { PREFIX } from './draw';

/** The element that wraps highlighted text where the CSS Custom Highlight API is missing. */
export const MARK_TAG = `${PREFIX}-mark`;

/** The text nodes a range covers, each with the part of it inside the range. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const doc = range.startContainer.ownerDocument ?? document;
  const root = range.commonAncestorContainer;
  const pieces: { node: Text; start: number; end: number }[] = [];
  const visit = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    // Whitespace-only pieces stay unwrapped: a mark between table cells or list items would
    // be invalid markup and could shift layout.
    if (end > start && /\S/.test(node.data.slice(start, end))) pieces.push({ node, start, end });
  };
  if (root.nodeType === 3) visit(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n as Text);
  }
  return pieces;
}

/**
 * Wraps the text of each range in `<sourcelens-mark data-kind=…>` elements, for browsers without
 * `CSS.highlights` (Firefox before 140). Each range keeps its own marks (a range may span
 * several text nodes). Returns the marks per item, in the order given, and a function that
 * unwraps them all and merges the split text nodes back, leaving the page's text as it was.
 */
export function wrapRanges(
  doc: Document,
  items: { kind: CreditKind; range: Range }[],
): { marks: HTMLElement[][]; unwrap: () => void } {
  // Collect every piece before touching the DOM: splitting a node moves later ranges' offsets.
  const all = items.map((item) => ({ kind: item.kind, pieces: textPieces(item.range) }));
  const marks: HTMLElement[][] = all.map(() => []);
  // Wrap from the end of the document backwards so earlier offsets stay valid.
  const flat = all.flatMap((a, i) => a.pieces.map((p) => ({ ...p, kind: a.kind, item: i })));
  flat.sort((a, b) =>
    a.node === b.node ? b.start - a.start : a.node.compareDocumentPosition(b.node) & 4 ? 1 : -1,
  );
  for (const p of flat) {
    let node = p.node;
    if (p.end < node.data.length) node.splitText(p.end);
    if (p.start > 0) node = node.splitText(p.start);
    const mark = doc.createElement(MARK_TAG);
    mark.dataset.kind = p.kind;
    node.parentNode?.insertBefore(mark, node);
    mark.append(node);
    marks[p.item].unshift(mark);
  }
  const unwrap = () => {
    const parents = new Set<Node>();
    for (const mark of marks.flat()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parents.add(parent);
    }
    for (const parent of parents) parent.normalize();
  };
  return { marks, unwrap };
}

/** Style for the fallback marks: colour only, no box changes, so layout does not move. */
export function markStyle(prefix = PREFIX): string {
  return `${prefix}-mark{all:unset;display:inline;background-color:rgba(37,99,235,.22);text-decoration:underline 2px rgba(37,99,235,.9);}
${prefix}-mark[data-kind=quote],${prefix}-mark[data-kind=interview]{background-color:rgba(147,51,234,.2);text-decoration-color:rgba(147,51,234,.9);}
${prefix}-mark[data-kind=analysis]{background-color:rgba(13,148,136,.22);text-decoration-color:rgba(13,148,136,.9);}
${prefix}-mark[data-kind=photo],${prefix}-mark[data-kind=video]{background-color:rgba(217,119,6,.22);text-decoration-color:rgba(217,119,6,.9);}
${prefix}-mark[data-kind=byline]{background-color:rgba(100,116,139,.25);text-decoration-color:rgba(100,116,139,.9);}
${prefix}-mark[data-sourcelens-focus]{background-color:rgba(250,204,21,.6);}`;
}
