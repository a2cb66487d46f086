import type { BlockRole, TextBlock } from './types';

/**
 * Answers "which block role covers offset p?" for offsets asked in ascending order, in
 * O((blocks + queries) · log blocks) overall. Blocks may be unsorted and nested (they arrive
 * from the page); like a linear scan, the first block in array order that covers p wins.
 * A linear scan per mention was O(blocks × mentions): 20,000 blocks × 100,000 mentions hung.
 */
export function makeRoleLookup(
  blocks: readonly TextBlock[] | undefined,
): (p: number) => BlockRole | undefined {
  if (!blocks || blocks.length === 0) return () => undefined;
  const byStart = blocks
    .map((_, i) => i)
    .sort((a, b) => blocks[a].start - blocks[b].start || a - b);
  // Min-heap of array indices of blocks that started at or before the last query.
  const heap: number[] = [];
  let next = 0;
  let last = -Infinity;
  return (p: number) => {
    // Queries must not go backwards; an out-of-order query (never made by detect) starts over.
    if (p < last) return blocks.find((b) => b.start <= p && p < b.end)?.role;
    last = p;
    while (next < byStart.length && blocks[byStart[next]].start <= p) push(heap, byStart[next++]);
    // An expired block (end <= p) stays expired for every later query, so dropping it is safe.
    while (heap.length && blocks[heap[0]].end <= p) pop(heap);
    return heap.length ? blocks[heap[0]].role : undefined;
  };
}

function push(heap: number[], value: number): void {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= heap[i]) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function pop(heap: number[]): void {
  const lastValue = heap.pop()!;
  if (heap.length === 0) return;
  heap[0] = lastValue;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && heap[l] < heap[m]) m = l;
    if (r < heap.length && heap[r] < heap[m]) m = r;
    if (m === i) return;
    [heap[m], heap[i]] = [heap[i], heap[m]];
    i = m;
  }
}
