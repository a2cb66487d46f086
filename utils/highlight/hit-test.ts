/** The text position under a point, from whichever caret API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * Index of the range drawn under viewport point (x, y), or -1. Highlights are not elements, so
 * there is no event target to ask: the caret position under the pointer narrows the search to
 * the ranges holding it, and the ranges' own boxes confirm the pointer is really over their
 * text (a caret snaps to the nearest text even from the margin).
 */
export function findRangeAt(doc: Document, ranges: Range[], x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i];
    if (caret) {
      try {
        if (!range.isPointInRange(caret.node, caret.offset)) continue;
      } catch {
        continue; // the caret is in another document (an iframe, a shadow root)
      }
    }
    for (const rect of range.getClientRects()) if (inside(rect, x, y)) return i;
  }
  return -1;
}
