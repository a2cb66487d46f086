/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * left-to-right pass, so matching time depends on the text and the number of hits, never on the
 * number of patterns (the catalog can grow without slowing detection).
 *
 * Built straight into flat typed arrays from the sorted patterns (no object per trie node: with
 * the full catalog's ~140,000 nodes, a Map per node made the build the largest part of the
 * background's start-up): a dense table for the root (most text characters start no pattern, and
 * that answer is one array read) and sorted edge lists for the other nodes. Scanning allocates
 * nothing; hits go to the callback as plain arguments.
 */

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
    this.linkFailures(n);
    return this;
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
      if (state === 0) {
        state = rootNext[c];
        if (state === 0) continue;
      } else {
        let nxt = this.step(state, c);
        while (nxt < 0 && state !== 0) {
          state = fail[state];
          nxt = this.step(state, c);
        }
        state = nxt < 0 ? 0 : nxt;
      }
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
