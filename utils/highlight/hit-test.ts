const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * Index of the range drawn under viewport point (x, y), or -1. Highlights are not elements, so
 * there is no event target to ask: the point is tested against each range's own boxes (one per
 * line it covers). Called at most every 60 ms while the pointer moves over the article.
 */
export function findRangeAt(ranges: Range[], x: number, y: number): number {
  return ranges.findIndex((range) => [...range.getClientRects()].some((r) => inside(r, x, y)));
}
