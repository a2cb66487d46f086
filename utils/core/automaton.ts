/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * left-to-right pass, so matching time depends on the text and the number of hits, never on the
 * number of patterns (the catalog can grow without slowing detection). The trie's layout is
 * automaton-build.ts's; scanning allocates nothing, and hits go to the callback as plain
 * arguments.
 */
import { buildTrie } from './automaton-build';
import { NODE, type PackedTrie } from './automaton-pack';
import { readTrie, trieShape, writeTrie, type TrieTable } from './automaton-table';

/** Called for each hit: [start, end) in UTF-16 code units, and the pattern's value. */
export type HitCallback<T> = (start: number, end: number, value: T) => void;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class Automaton<T> {
  /** Values of each distinct pattern, in the order they were added; null once built. */
  private pending: Map<string, T[]> | null = new Map();
  /** Values of the patterns ending at a node, by the node's output index. */
  private outputs: T[][] = [];
  private trie: PackedTrie | null = null;

  /** Adds a pattern (already case-folded by the caller). Several values may share a pattern. */
  add(pattern: string, value: T): void {
    if (!this.pending) throw new Error('Automaton already built');
    if (!pattern) return;
    const list = this.pending.get(pattern);
    if (list) list.push(value);
    else this.pending.set(pattern, [value]);
  }

  /** Number of trie nodes once built (for benchmarks and tests); 0 before. */
  get size(): number {
    return this.trie ? this.trie.nodes.length / NODE : 0;
  }

  /** Freezes the trie into arrays and computes failure and dictionary links. Call once. */
  build(): this {
    if (!this.pending) throw new Error('Automaton already built');
    const patterns = [...this.pending.keys()].sort(byCodeUnits);
    this.outputs = patterns.map((p) => this.pending!.get(p)!);
    this.pending = null;
    this.trie = buildTrie(patterns);
    return this;
  }

  /**
   * The built automaton's trie as JSON (automaton-table.ts), and each pattern's values in the
   * order `Automaton.fromTable` reads them back.
   */
  toTable(): { trie: TrieTable; values: T[][] } {
    if (!this.trie) throw new Error('Automaton not built');
    const { shape, order } = trieShape(this.trie);
    return { trie: writeTrie(shape), values: order.map((k) => this.outputs[k]) };
  }

  /**
   * The automaton `toTable` wrote; `read` gives the values of each pattern (by its output
   * number, in the order `toTable` wrote them), and may spell the pattern.
   */
  static fromTable<T>(
    trie: TrieTable,
    read: (count: number, pattern: (output: number) => string) => T[][],
  ): Automaton<T> {
    const automaton = new Automaton<T>();
    const { trie: packed, outputs, pattern } = readTrie(trie);
    automaton.pending = null;
    automaton.trie = packed;
    automaton.outputs = read(outputs, pattern);
    return automaton;
  }

  /** Calls `onHit` for every occurrence of every pattern in `text`, in order of end offset. */
  scan(text: string, onHit: HitCallback<T>): void {
    if (!this.trie) throw new Error('Automaton not built');
    const { rootNext, nodes, edges, rank, rows, depth, output, dictLink } = this.trie;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // The step and the fail walk written out: this loop is most of a report's matching time.
      let next = -1;
      while (state !== 0) {
        const b = state * NODE;
        const at = nodes[b];
        const span = nodes[b + 1];
        if (at >= 0) {
          const k = rank[c] - (span >>> 16);
          if (k >= 0 && k < (span & 0xffff)) next = rows[at + k];
        } else {
          for (let lo = -1 - at, hi = span - 1; lo <= hi;) {
            const mid = (lo + hi) >> 1;
            const mc = edges[2 * mid];
            if (mc === c) {
              next = edges[2 * mid + 1];
              break;
            }
            if (mc < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (next >= 0) break;
        state = nodes[b + 2];
      }
      state = state === 0 ? rootNext[c] : next;
      if (state === 0) continue;
      for (let out = nodes[state * NODE + 3]; out >= 0; out = dictLink[out]) {
        const values = outputs[output[out]];
        const start = i + 1 - depth[out];
        for (let v = 0; v < values.length; v++) onHit(start, i + 1, values[v]);
      }
    }
  }
}
