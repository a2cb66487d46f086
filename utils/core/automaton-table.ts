/**
 * An automaton's trie written as plain JSON and read back, so the extension's build can compute
 * its tries ahead of time (core-tables.ts) instead of every start of the background: the trie's
 * shape (automaton-build.ts `TrieShape`) as a string of code units and two lists of small
 * numbers (table-codec.ts), from which the packed arrays are rebuilt in a few linear passes.
 */
import type { TrieShape } from './automaton-build';
import { NODE, type PackedTrie } from './automaton-pack';
import { restoreTrie } from './automaton-restore';
import { decodeCounts, decodeUnary, encodeCounts, encodeUnary } from './table-codec';

/** A trie as JSON: `TrieShape` with its number lists encoded (table-codec.ts). */
export interface TrieTable {
  /** Children per node, in unary. */
  children: string;
  labels: string;
  /** The nodes where patterns end, in increasing order, each as its distance from the last. */
  ends: string;
}

/** The code unit of each rank (automaton-pack.ts `rank` inverted). */
function unrank(rank: Uint16Array): Uint16Array {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (rank[c]) units[rank[c]] = c;
  return units;
}

/**
 * The shape of a packed trie. Its output indexes are renumbered in node order (`order[k]` is the
 * old index of output k), so that the ends can be written as increasing node numbers.
 */
export function trieShape(t: PackedTrie): { shape: TrieShape; order: number[] } {
  const n = t.nodes.length / NODE;
  const children = new Int32Array(n);
  const labels: number[] = [];
  const units = unrank(t.rank);
  const output = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const child = (k: number, to: number, c: number) => {
    // Breadth-first numbering puts every child right after the one before (see TrieShape).
    if (to !== labels.length + 1) throw new Error(`node ${to} out of breadth-first order`);
    labels.push(c);
    children[k]++;
  };
  for (let k = 0; k < n; k++) {
    const b = k * NODE;
    const at = t.nodes[b];
    const span = t.nodes[b + 1];
    if (at >= 0) {
      for (let j = 0; j < (span & 0xffff); j++)
        if (t.rows[at + j] >= 0) child(k, t.rows[at + j], units[(span >>> 16) + j]);
    } else {
      for (let e = -1 - at; e < span; e++) child(k, t.edges[2 * e + 1], t.edges[2 * e]);
    }
    if (t.output[k] >= 0) {
      output[k] = order.length;
      order.push(t.output[k]);
    }
  }
  let text = '';
  for (let i = 0; i < labels.length; i += 0x8000)
    text += String.fromCharCode(...labels.slice(i, i + 0x8000));
  return { shape: { children, labels: text, output }, order };
}

/** A trie shape as JSON. */
export function writeTrie(shape: TrieShape): TrieTable {
  const ends: number[] = [];
  let last = 0;
  shape.output.forEach((o, k) => {
    if (o < 0) return;
    ends.push(k - last);
    last = k;
  });
  return { children: encodeUnary(shape.children), labels: shape.labels, ends: encodeCounts(ends) };
}

/** A trie read back, and the pattern ending at each output (spelled on demand). */
export interface ReadTrie {
  trie: PackedTrie;
  /** Number of outputs (distinct patterns). */
  outputs: number;
  pattern(output: number): string;
}

/** The packed trie of a table `writeTrie` wrote; output k is at the k-th end. */
export function readTrie(table: TrieTable): ReadTrie {
  const children = decodeUnary(table.children);
  const output = new Int32Array(children.length).fill(-1);
  const ends = decodeCounts(table.ends);
  const nodeOf = new Int32Array(ends.length);
  for (let k = 0, node = 0; k < ends.length; k++) output[(nodeOf[k] = node += ends[k])] = k;
  const { trie, parent } = restoreTrie(children, table.labels, output);
  // Spelled from its last unit up, into a buffer as long as the longest pattern.
  let longest = 0;
  for (let k = 0; k < ends.length; k++) longest = Math.max(longest, trie.depth[nodeOf[k]]);
  const units = new Uint16Array(longest);
  const pattern = (k: number) => {
    const node = nodeOf[k];
    let at = trie.depth[node];
    for (let s = node; s !== 0; s = parent[s]) units[--at] = table.labels.charCodeAt(s - 1);
    return String.fromCharCode.apply(
      null,
      units.subarray(0, trie.depth[node]) as unknown as number[],
    );
  };
  return { trie, outputs: ends.length, pattern };
}
