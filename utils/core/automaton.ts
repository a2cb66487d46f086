/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * left-to-right pass, so matching time depends on the text and the number of hits, never on the
 * number of patterns (the catalog can grow without slowing detection).
 *
 * Built straight into flat typed arrays from the sorted patterns (no object per trie node: with
 * the full catalog's ~140,000 nodes, a Map per node made the build the largest part of the
 * background's start-up): a dense table for the root (most text characters start no pattern, and
 * that answer is one array read), sorted edge lists for the other nodes, and for nodes with many
 * children (the shallow ones, where a scan spends most of its steps) a row indexed by the code
 * unit's rank among the patterns' code units, from the node's lowest child to its highest (a few
 * hundred kilobytes for the full catalog). Scanning allocates nothing; hits go to the callback as
 * plain arguments.
 */

/** Nodes with at least this many children get a row (a binary search costs more from here). */
const ROW_MIN_CHILDREN = 4;

/** Called for each hit: [start, end) in UTF-16 code units, and the pattern's value. */
export type HitCallback<T> = (start: number, end: number, value: T) => void;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class Automaton<T> {
  /** Values of each distinct pattern, in the order they were added; null once built. */
  private pending: Map<string, T[]> | null = new Map();
  private outputs: T[][] = [];
  /** Dense root transitions: code unit → node (0 = stay at the root). */
  private rootNext = new Int32Array(0);
  /** Edges of node n are edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n + 1]), sorted by char. */
  private edgeStart = new Int32Array(0);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(0);
  /** Index into `outputs` of the patterns ending at a node, or -1. */
  private output = new Int32Array(0);
  /** Nearest node on the fail chain with an output, or -1. */
  private dictLink = new Int32Array(0);
  private depth = new Int32Array(0);
  /** Rank of each code unit among those on edges (1…), 0 for one on no edge. */
  private rank = new Uint16Array(0);
  /** Node n's row is rows[rowStart[n] + rank − rowLow[n]] for ranks in [rowLow, rowLow + rowLength); rowStart −1: none. */
  private rowStart = new Int32Array(0);
  private rowLow = new Int32Array(0);
  private rowLength = new Int32Array(0);
  private rows = new Int32Array(0);

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
    return this.fail.length;
  }

  /** Follows the edge of `state` labelled `c`, or returns -1. */
  private step(state: number, c: number): number {
    if (state === 0) return this.rootNext[c] || -1;
    const row = this.rowStart[state];
    if (row >= 0) {
      const k = this.rank[c] - this.rowLow[state];
      return k >= 0 && k < this.rowLength[state] ? this.rows[row + k] : -1;
    }
    let lo = this.edgeStart[state];
    let hi = this.edgeStart[state + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const mc = this.edgeChar[mid];
      if (mc === c) return this.edgeTarget[mid];
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Lays the trie out from the sorted patterns: each pattern shares its longest common prefix
   * with the one before it, so nodes come in depth-first order and each node's children in
   * increasing code unit, which is the order the edge lists need.
   */
  private layOut(patterns: string[]): { parent: Int32Array; char: Uint16Array; n: number } {
    let total = 1;
    for (const p of patterns) total += p.length;
    const parent = new Int32Array(total);
    const char = new Uint16Array(total);
    this.depth = new Int32Array(total);
    this.output = new Int32Array(total).fill(-1);
    const path = [0];
    let n = 1;
    let prev = '';
    patterns.forEach((p, k) => {
      let lcp = 0;
      while (lcp < p.length && lcp < prev.length && p.charCodeAt(lcp) === prev.charCodeAt(lcp))
        lcp++;
      path.length = lcp + 1;
      for (let d = lcp; d < p.length; d++) {
        parent[n] = path[d];
        char[n] = p.charCodeAt(d);
        this.depth[n] = d + 1;
        path.push(n++);
      }
      this.output[path[p.length]] = k;
      prev = p;
    });
    return { parent, char, n };
  }

  /** Freezes the trie into arrays and computes failure and dictionary links. Call once. */
  build(): this {
    if (!this.pending) throw new Error('Automaton already built');
    const patterns = [...this.pending.keys()].sort(byCodeUnits);
    this.outputs = patterns.map((p) => this.pending!.get(p)!);
    this.pending = null;
    const { parent, char, n } = this.layOut(patterns);
    this.depth = this.depth.slice(0, n);
    this.output = this.output.slice(0, n);
    // Edge lists: children counted per parent, then placed in node order (already sorted by char).
    this.edgeStart = new Int32Array(n + 1);
    for (let i = 1; i < n; i++) this.edgeStart[parent[i] + 1]++;
    for (let i = 0; i < n; i++) this.edgeStart[i + 1] += this.edgeStart[i];
    const fill = this.edgeStart.slice(0, n);
    this.edgeChar = new Uint16Array(n - 1);
    this.edgeTarget = new Int32Array(n - 1);
    this.rootNext = new Int32Array(0x10000);
    for (let i = 1; i < n; i++) {
      const e = fill[parent[i]]++;
      this.edgeChar[e] = char[i];
      this.edgeTarget[e] = i;
      if (parent[i] === 0) this.rootNext[char[i]] = i;
    }
    this.layOutRows(n);
    this.linkFailures(n);
    return this;
  }

  /** Ranks the edges' code units and gives the nodes with many children their rows. */
  private layOutRows(n: number): void {
    const used = new Uint8Array(0x10000);
    for (let k = 0; k < this.edgeChar.length; k++) used[this.edgeChar[k]] = 1;
    this.rank = new Uint16Array(0x10000);
    for (let c = 0, r = 0; c < 0x10000; c++) if (used[c]) this.rank[c] = ++r;
    this.rowStart = new Int32Array(n).fill(-1);
    this.rowLow = new Int32Array(n);
    this.rowLength = new Int32Array(n);
    let total = 0;
    for (let s = 1; s < n; s++) {
      const from = this.edgeStart[s];
      const to = this.edgeStart[s + 1];
      if (to - from < ROW_MIN_CHILDREN) continue;
      // Edge lists are sorted by code unit, so the first and last children bound the row.
      this.rowLow[s] = this.rank[this.edgeChar[from]];
      this.rowLength[s] = this.rank[this.edgeChar[to - 1]] - this.rowLow[s] + 1;
      this.rowStart[s] = total;
      total += this.rowLength[s];
    }
    this.rows = new Int32Array(total).fill(-1);
    for (let s = 1; s < n; s++) {
      if (this.rowStart[s] < 0) continue;
      for (let k = this.edgeStart[s]; k < this.edgeStart[s + 1]; k++)
        this.rows[this.rowStart[s] + this.rank[this.edgeChar[k]] - this.rowLow[s]] =
          this.edgeTarget[k];
    }
  }

  /** Breadth-first: a node's fail link is the longest proper suffix that is also a trie path. */
  private linkFailures(n: number): void {
    this.fail = new Int32Array(n);
    this.dictLink = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let k = this.edgeStart[0]; k < this.edgeStart[1]; k++) queue[tail++] = this.edgeTarget[k];
    for (let head = 0; head < tail; head++) {
      const s = queue[head];
      for (let k = this.edgeStart[s]; k < this.edgeStart[s + 1]; k++) {
        const c = this.edgeChar[k];
        const t = this.edgeTarget[k];
        let f = this.fail[s];
        let cand = this.step(f, c);
        while (cand < 0 && f !== 0) {
          f = this.fail[f];
          cand = this.step(f, c);
        }
        const ft = cand > 0 && cand !== t ? cand : 0;
        this.fail[t] = ft;
        this.dictLink[t] = this.output[ft] >= 0 && ft !== 0 ? ft : this.dictLink[ft];
        queue[tail++] = t;
      }
    }
  }

  /** Calls `onHit` for every occurrence of every pattern in `text`, in order of end offset. */
  scan(text: string, onHit: HitCallback<T>): void {
    if (this.pending) throw new Error('Automaton not built');
    const { rootNext, fail, output, dictLink, depth, outputs } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // `step` written out with the fail walk: this loop is most of a report's matching time.
      let next = -1;
      while (state !== 0) {
        next = this.step(state, c);
        if (next >= 0) break;
        state = fail[state];
      }
      state = state === 0 ? rootNext[c] : next;
      if (state === 0) continue;
      let out = output[state] >= 0 ? state : dictLink[state];
      while (out >= 0) {
        const values = outputs[output[out]];
        const start = i + 1 - depth[out];
        for (let v = 0; v < values.length; v++) onHit(start, i + 1, values[v]);
        out = dictLink[out];
      }
    }
  }
}
