/**
 * Builds the Aho–Corasick trie of automaton.ts straight into flat typed arrays from the sorted
 * patterns (no object per trie node: with the full catalog's ~165,000 nodes, a Map per node made
 * the build the largest part of the background's start-up): a dense table for the root (most
 * text characters start no pattern, and that answer is one array read), sorted edge lists for
 * the other nodes, and for nodes with many children (the shallow ones, where a scan spends most
 * of its steps) a row indexed by the code unit's rank among the patterns' code units, from the
 * node's lowest child to its highest (a few hundred kilobytes for the full catalog).
 */

import { pack, type PackedTrie, type Trie } from './automaton-pack';

/** Nodes with at least this many children get a row (a binary search costs more from here). */
const ROW_MIN_CHILDREN = 4;

/**
 * Lays the trie out from the sorted patterns: each pattern shares its longest common prefix
 * with the one before it, so nodes come in depth-first order and each node's children in
 * increasing code unit, which is the order the edge lists need.
 */
function layOut(patterns: string[]) {
  let total = 1;
  for (const p of patterns) total += p.length;
  const parent = new Int32Array(total);
  const char = new Uint16Array(total);
  const depth = new Int32Array(total);
  const output = new Int32Array(total).fill(-1);
  const path = [0];
  let n = 1;
  let prev = '';
  patterns.forEach((p, k) => {
    let lcp = 0;
    while (lcp < p.length && lcp < prev.length && p.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    path.length = lcp + 1;
    for (let d = lcp; d < p.length; d++) {
      parent[n] = path[d];
      char[n] = p.charCodeAt(d);
      depth[n] = d + 1;
      path.push(n++);
    }
    output[path[p.length]] = k;
    prev = p;
  });
  return { parent, char, n, depth: depth.slice(0, n), output: output.slice(0, n) };
}

/** Edge lists: children counted per parent, then placed in node order (already sorted by char). */
function linkEdges(parent: Int32Array, char: Uint16Array, n: number) {
  const edgeStart = new Int32Array(n + 1);
  for (let i = 1; i < n; i++) edgeStart[parent[i] + 1]++;
  for (let i = 0; i < n; i++) edgeStart[i + 1] += edgeStart[i];
  const fill = edgeStart.slice(0, n);
  const edgeChar = new Uint16Array(n - 1);
  const edgeTarget = new Int32Array(n - 1);
  const rootNext = new Int32Array(0x10000);
  for (let i = 1; i < n; i++) {
    const e = fill[parent[i]]++;
    edgeChar[e] = char[i];
    edgeTarget[e] = i;
    if (parent[i] === 0) rootNext[char[i]] = i;
  }
  return { edgeStart, edgeChar, edgeTarget, rootNext };
}

/** Ranks the edges' code units and gives the nodes with many children their rows. */
function layOutRows(
  n: number,
  edgeStart: Int32Array,
  edgeChar: Uint16Array,
  edgeTarget: Int32Array,
) {
  const used = new Uint8Array(0x10000);
  for (let k = 0; k < edgeChar.length; k++) used[edgeChar[k]] = 1;
  const rank = new Uint16Array(0x10000);
  for (let c = 0, r = 0; c < 0x10000; c++) if (used[c]) rank[c] = ++r;
  const rowStart = new Int32Array(n).fill(-1);
  const rowLow = new Int32Array(n);
  const rowLength = new Int32Array(n);
  let total = 0;
  for (let s = 1; s < n; s++) {
    const from = edgeStart[s];
    const to = edgeStart[s + 1];
    if (to - from < ROW_MIN_CHILDREN) continue;
    // Edge lists are sorted by code unit, so the first and last children bound the row.
    rowLow[s] = rank[edgeChar[from]];
    rowLength[s] = rank[edgeChar[to - 1]] - rowLow[s] + 1;
    rowStart[s] = total;
    total += rowLength[s];
  }
  const rows = new Int32Array(total).fill(-1);
  for (let s = 1; s < n; s++) {
    if (rowStart[s] < 0) continue;
    for (let k = edgeStart[s]; k < edgeStart[s + 1]; k++)
      rows[rowStart[s] + rank[edgeChar[k]] - rowLow[s]] = edgeTarget[k];
  }
  return { rank, rowStart, rowLow, rowLength, rows };
}

/** Follows the edge of `state` labelled `c`, or returns -1. */
function step(t: Trie, state: number, c: number): number {
  if (state === 0) return t.rootNext[c] || -1;
  const row = t.rowStart[state];
  if (row >= 0) {
    const k = t.rank[c] - t.rowLow[state];
    return k >= 0 && k < t.rowLength[state] ? t.rows[row + k] : -1;
  }
  let lo = t.edgeStart[state];
  let hi = t.edgeStart[state + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = t.edgeChar[mid];
    if (mc === c) return t.edgeTarget[mid];
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Breadth-first: a node's fail link is the longest proper suffix that is also a trie path.
 * Returns the nodes in breadth-first order, the root first.
 */
function linkFailures(t: Trie): Int32Array {
  const { edgeStart, edgeChar, edgeTarget, fail, dictLink, output } = t;
  const queue = new Int32Array(t.n);
  let tail = 1; // queue[0]: the root
  for (let k = edgeStart[0]; k < edgeStart[1]; k++) queue[tail++] = edgeTarget[k];
  for (let head = 1; head < tail; head++) {
    const s = queue[head];
    for (let k = edgeStart[s]; k < edgeStart[s + 1]; k++) {
      const c = edgeChar[k];
      const target = edgeTarget[k];
      let f = fail[s];
      let cand = step(t, f, c);
      while (cand < 0 && f !== 0) {
        f = fail[f];
        cand = step(t, f, c);
      }
      const ft = cand > 0 && cand !== target ? cand : 0;
      fail[target] = ft;
      dictLink[target] = output[ft] >= 0 && ft !== 0 ? ft : dictLink[ft];
      queue[tail++] = target;
    }
  }
  return queue;
}

/** The packed trie of `patterns` (distinct, sorted by code units; pattern k's output is k). */
export function buildTrie(patterns: string[]): PackedTrie {
  const { parent, char, n, depth, output } = layOut(patterns);
  const edges = linkEdges(parent, char, n);
  const rows = layOutRows(n, edges.edgeStart, edges.edgeChar, edges.edgeTarget);
  const trie: Trie = {
    n,
    depth,
    output,
    ...edges,
    ...rows,
    fail: new Int32Array(n),
    dictLink: new Int32Array(n).fill(-1),
  };
  return pack(trie, linkFailures(trie));
}

/**
 * A packed trie's shape, enough to rebuild it (automaton-table.ts, automaton-restore.ts): its
 * nodes are numbered breadth-first with each node's children in increasing code unit, so the
 * children of node k are the nodes right after those of node k − 1, and the whole trie is each
 * node's number of children and each node's code unit, in node order.
 */
export interface TrieShape {
  /** Children of each node. */
  children: Int32Array;
  /** The code unit leading to node k + 1, for every node but the root. */
  labels: string;
  /** The output index of each node, or −1. */
  output: Int32Array;
}
