/**
 * Rebuilds a packed trie (automaton-pack.ts) from its breadth-first shape (automaton-build.ts
 * `TrieShape`), straight into the packed arrays: the nodes are already in the order the scan
 * wants, so nothing is renumbered, and the children of a node are the nodes right after the
 * children of the one before, so no edge list is stored. This runs when the background starts,
 * before its first report, where `buildTrie`'s intermediate arrays and its renumbering pass
 * cost more than the rest.
 */
import { NODE, type PackedTrie } from './automaton-pack';

/** Nodes with at least this many children get a row (as automaton-build.ts lays them out). */
const ROW_MIN_CHILDREN = 4;

/** A restored trie and each node's parent (to spell a pattern back). */
export interface RestoredTrie {
  trie: PackedTrie;
  parent: Int32Array;
}

/** The rank of each code unit used as a label (1…), as automaton-build.ts ranks them. */
function rankLabels(labels: string): Uint16Array {
  const used = new Uint8Array(0x10000);
  for (let i = 0; i < labels.length; i++) used[labels.charCodeAt(i)] = 1;
  const rank = new Uint16Array(0x10000);
  for (let c = 0, r = 0; c < 0x10000; c++) if (used[c]) rank[c] = ++r;
  return rank;
}

/** Lays out each node's row or edge list in `nodes` (records 0 and 1) and `rows`/`edges`. */
function layOutChildren(children: Int32Array, labels: string, rank: Uint16Array) {
  const n = children.length;
  const nodes = new Int32Array(n * NODE);
  const first = new Int32Array(n);
  let rowTotal = 0;
  let edgeTotal = 0;
  for (let k = 0, next = 1; k < n; next += children[k++]) {
    first[k] = next;
    const count = children[k];
    if (k > 0 && count >= ROW_MIN_CHILDREN) {
      const low = rank[labels.charCodeAt(next - 1)];
      const length = rank[labels.charCodeAt(next + count - 2)] - low + 1;
      nodes[k * NODE] = rowTotal;
      nodes[k * NODE + 1] = low * 0x10000 + length;
      rowTotal += length;
    } else {
      nodes[k * NODE] = -1 - edgeTotal;
      nodes[k * NODE + 1] = edgeTotal += count;
    }
  }
  const rows = new Int32Array(rowTotal).fill(-1);
  const edges = new Int32Array(edgeTotal * 2);
  const rootNext = new Int32Array(0x10000);
  for (let k = 0; k < n; k++) {
    const at = nodes[k * NODE];
    const low = nodes[k * NODE + 1] >>> 16;
    for (let child = first[k], e = -1 - at; child < first[k] + children[k]; child++, e++) {
      const c = labels.charCodeAt(child - 1);
      if (k === 0) rootNext[c] = child;
      if (at >= 0) rows[at + rank[c] - low] = child;
      else {
        edges[2 * e] = c;
        edges[2 * e + 1] = child;
      }
    }
  }
  return { nodes, first, rows, edges, rootNext };
}

/** The packed trie of a breadth-first shape (`children`, `labels`, `output` as in `TrieShape`). */
export function restoreTrie(
  children: Int32Array,
  labels: string,
  output: Int32Array,
): RestoredTrie {
  const n = children.length;
  const rank = rankLabels(labels);
  const { nodes, first, rows, edges, rootNext } = layOutChildren(children, labels, rank);
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const dictLink = new Int32Array(n).fill(-1);
  // The child of `f` labelled `c`, or −1; children's labels ascend, so a binary search.
  const step = (f: number, c: number): number => {
    if (f === 0) return rootNext[c] || -1;
    for (let lo = first[f], hi = first[f] + children[f] - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      const mc = labels.charCodeAt(mid - 1);
      if (mc === c) return mid;
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // Breadth-first, so a node's parent and its parent's fail link are done before it.
  for (let s = 0; s < n; s++) {
    for (let t = first[s]; t < first[s] + children[s]; t++) {
      const c = labels.charCodeAt(t - 1);
      parent[t] = s;
      depth[t] = depth[s] + 1;
      let fail = 0;
      if (s !== 0) {
        let f = nodes[s * NODE + 2];
        let cand = step(f, c);
        while (cand < 0 && f !== 0) cand = step((f = nodes[f * NODE + 2]), c);
        fail = cand > 0 ? cand : 0;
      }
      nodes[t * NODE + 2] = fail;
      dictLink[t] = output[fail] >= 0 && fail !== 0 ? fail : dictLink[fail];
      nodes[t * NODE + 3] = output[t] >= 0 ? t : dictLink[t];
    }
  }
  nodes[3] = output[0] >= 0 ? 0 : -1;
  return { trie: { rootNext, nodes, edges, rank, rows, depth, output, dictLink }, parent };
}
