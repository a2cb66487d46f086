/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * left-to-right pass, so matching time depends on the text and the number of hits, never on the
 * number of patterns (the catalog can grow without slowing detection).
 *
 * Built with Maps, then frozen into flat typed arrays: a dense table for the root (most text
 * characters start no pattern, and that answer is one array read) and sorted edge lists for the
 * other nodes. Scanning allocates nothing; hits go to the callback as plain arguments.
 */

/** Called for each hit: [start, end) in UTF-16 code units, and the pattern's value. */
export type HitCallback<T> = (start: number, end: number, value: T) => void;

interface BuildNode {
  next: Map<number, number>;
  values: number;
  depth: number;
}

export class Automaton<T> {
  private building: BuildNode[] | null = [{ next: new Map(), values: -1, depth: 0 }];
  private readonly outputs: T[][] = [];
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
    const nodes = this.building;
    if (!nodes) throw new Error('Automaton already built');
    if (!pattern) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let nxt = nodes[state].next.get(c);
      if (nxt === undefined) {
        nxt = nodes.length;
        nodes.push({ next: new Map(), values: -1, depth: nodes[state].depth + 1 });
        nodes[state].next.set(c, nxt);
      }
      state = nxt;
    }
    if (nodes[state].values < 0) {
      nodes[state].values = this.outputs.length;
      this.outputs.push([]);
    }
    this.outputs[nodes[state].values].push(value);
  }

  /** Number of trie nodes (for benchmarks and tests). */
  get size(): number {
    return this.building ? this.building.length : this.fail.length;
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

  /** Freezes the trie into arrays and computes failure and dictionary links. Call once. */
  build(): this {
    const nodes = this.building;
    if (!nodes) throw new Error('Automaton already built');
    const n = nodes.length;
    this.rootNext = new Int32Array(0x10000);
    this.edgeStart = new Int32Array(n + 1);
    let edges = 0;
    for (let i = 0; i < n; i++) edges += nodes[i].next.size;
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    this.fail = new Int32Array(n);
    this.output = new Int32Array(n);
    this.dictLink = new Int32Array(n).fill(-1);
    this.depth = new Int32Array(n);
    let e = 0;
    for (let i = 0; i < n; i++) {
      this.edgeStart[i] = e;
      this.output[i] = nodes[i].values;
      this.depth[i] = nodes[i].depth;
      for (const [c, t] of [...nodes[i].next].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[e] = c;
        this.edgeTarget[e++] = t;
        if (i === 0) this.rootNext[c] = t;
      }
    }
    this.edgeStart[n] = e;
    // Breadth-first: a node's fail link is the longest proper suffix that is also a trie path.
    const queue: number[] = [];
    for (let k = this.edgeStart[0]; k < this.edgeStart[1]; k++) queue.push(this.edgeTarget[k]);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
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
        queue.push(t);
      }
    }
    this.building = null;
    return this;
  }

  /** Calls `onHit` for every occurrence of every pattern in `text`, in order of end offset. */
  scan(text: string, onHit: HitCallback<T>): void {
    if (this.building) throw new Error('Automaton not built');
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
