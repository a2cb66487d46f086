/**
 * The automaton's trie as its scan reads it (automaton.ts): the built trie's node-indexed
 * arrays packed into one record per node.
 */

/**
 * Numbers per node in `PackedTrie.nodes` (16 bytes: four records to a cache line):
 * 0. a node with a row: its start in `rows`; else −1 − its first edge;
 * 1. with a row: its low rank × 65,536 + its length (ranks and lengths are 16-bit); else the
 *    end of its edges;
 * 2. its fail link;
 * 3. the first node with patterns ending there on its dictionary chain (itself, when some end
 *    there), or −1.
 */
export const NODE = 4;

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
  /** Index of the patterns ending at a node, or −1; read only at a hit, like `dictLink`. */
  output: Int32Array;
  /** Nearest node on the fail chain with an output, or −1. */
  dictLink: Int32Array;
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
 * computes: a step reads one small record instead of one entry in each of eight arrays
 * megabytes apart, and the shallow nodes, where a scan spends nearly all its steps, lie
 * together at the front instead of spread over the whole trie. Only a node with a row has edges
 * in a row, so a node keeps either its row or its edge list (the other is never read).
 */
export function pack(t: Trie, order: Int32Array): PackedTrie {
  // The trie's arrays as locals: read through `t` in the loop, each access costs a lookup.
  const { rowStart, rowLow, rowLength, edgeStart, edgeChar, edgeTarget, fail } = t;
  const n = order.length;
  const id = new Int32Array(n);
  for (let k = 0; k < n; k++) id[order[k]] = k;
  const nodes = new Int32Array(n * NODE);
  const edges = new Int32Array(edgeChar.length * 2);
  const rows = new Int32Array(t.rows.length);
  const depth = new Int32Array(n);
  const output = new Int32Array(n);
  const dictLink = new Int32Array(n);
  const oldRows = t.rows;
  const oldDepth = t.depth;
  const oldOutput = t.output;
  const oldDict = t.dictLink;
  for (let k = 0, e = 0, r = 0; k < n; k++) {
    const s = order[k];
    const b = k * NODE;
    if (rowStart[s] >= 0) {
      nodes[b] = r;
      nodes[b + 1] = rowLow[s] * 0x10000 + rowLength[s];
      for (let j = 0, at = rowStart[s]; j < rowLength[s]; j++) {
        const to = oldRows[at + j];
        rows[r++] = to < 0 ? -1 : id[to];
      }
    } else {
      nodes[b] = -1 - e;
      for (let j = edgeStart[s]; j < edgeStart[s + 1]; j++, e++) {
        edges[2 * e] = edgeChar[j];
        edges[2 * e + 1] = id[edgeTarget[j]];
      }
      nodes[b + 1] = e;
    }
    nodes[b + 2] = id[fail[s]];
    output[k] = oldOutput[s];
    dictLink[k] = oldDict[s] < 0 ? -1 : id[oldDict[s]];
    nodes[b + 3] = output[k] >= 0 ? k : dictLink[k];
    depth[k] = oldDepth[s];
  }
  const rootNext = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) rootNext[c] = id[t.rootNext[c]];
  return { rootNext, nodes, edges, rank: t.rank, rows, depth, output, dictLink };
}
