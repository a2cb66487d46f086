/**
 * The automaton's trie as its scan reads it (automaton.ts): the built trie's node-indexed
 * arrays packed into one record per node.
 */

/**
 * Numbers per node in `PackedTrie.nodes`: row start (−1: none), row low, row length, first
 * edge, end of edges, fail, output (index of the patterns ending there, or −1), dictionary link
 * (nearest node on the fail chain with an output, or −1).
 */
export const NODE = 8;

/** The trie as the scan reads it; node 0 is the root. */
export interface PackedTrie {
  /** Dense root transitions: code unit → node (0 = stay at the root). */
  rootNext: Int32Array;
  /** `NODE` numbers per node, in breadth-first order. */
  nodes: Int32Array;
  /** (code unit, target) pairs; each node's run is sorted by code unit. */
  edges: Int32Array;
  /** Rank of each code unit among those on edges (1…), 0 for one on no edge. */
  rank: Uint16Array;
  /** A node's row is rows[row start + rank − row low] for ranks in [row low, row low + length); −1: no edge. */
  rows: Int32Array;
  /** Length of the pattern a node spells. */
  depth: Int32Array;
}

/** The trie as built: node-indexed arrays in depth-first order (automaton-build.ts). */
export interface Trie {
  n: number;
  depth: Int32Array;
  output: Int32Array;
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  rootNext: Int32Array;
  rank: Uint16Array;
  rowStart: Int32Array;
  rowLow: Int32Array;
  rowLength: Int32Array;
  rows: Int32Array;
  fail: Int32Array;
  dictLink: Int32Array;
}

/**
 * Packs what the scan reads per node into one record of `NODE` numbers, renumbering the nodes,
 * their edges and rows in breadth-first `order`. The scan waits on memory more than it
 * computes: a step reads one record instead of one entry in each of eight arrays megabytes
 * apart, and the shallow nodes, where a scan spends nearly all its steps, lie together at the
 * front instead of spread over the whole trie.
 */
export function pack(t: Trie, order: Int32Array): PackedTrie {
  const n = order.length;
  const id = new Int32Array(n);
  for (let k = 0; k < n; k++) id[order[k]] = k;
  const nodes = new Int32Array(n * NODE);
  const edges = new Int32Array(t.edgeChar.length * 2);
  const rows = new Int32Array(t.rows.length);
  const depth = new Int32Array(n);
  for (let k = 0, e = 0, r = 0; k < n; k++) {
    const s = order[k];
    const b = k * NODE;
    nodes[b] = t.rowStart[s] >= 0 ? r : -1;
    for (let j = 0; j < t.rowLength[s] && t.rowStart[s] >= 0; j++) {
      const to = t.rows[t.rowStart[s] + j];
      rows[r++] = to < 0 ? -1 : id[to];
    }
    nodes[b + 1] = t.rowLow[s];
    nodes[b + 2] = t.rowLength[s];
    nodes[b + 3] = e;
    for (let j = t.edgeStart[s]; j < t.edgeStart[s + 1]; j++, e++) {
      edges[2 * e] = t.edgeChar[j];
      edges[2 * e + 1] = id[t.edgeTarget[j]];
    }
    nodes[b + 4] = e;
    nodes[b + 5] = id[t.fail[s]];
    nodes[b + 6] = t.output[s];
    nodes[b + 7] = t.dictLink[s] < 0 ? -1 : id[t.dictLink[s]];
    depth[k] = t.depth[s];
  }
  const rootNext = t.rootNext.map((s) => id[s]);
  return { rootNext, nodes, edges, rank: t.rank, rows, depth };
}
