/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one
 * left-to-right pass, so matching time depends on the text and the number of hits, never on the
 * number of patterns (the catalog can grow without slowing detection).
 */
export interface AutomatonHit<T> {
  /** Start offset in the text (UTF-16 code units, inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  value: T;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here: index into `outputs`, or -1. */
  output: number;
  /** Nearest node on the fail chain that has an output, or -1. */
  dictLink: number;
  depth: number;
}

export class Automaton<T> {
  private readonly nodes: Node[] = [this.makeNode(0)];
  private readonly outputs: T[][] = [];
  private built = false;

  private makeNode(depth: number): Node {
    return { next: new Map(), fail: 0, output: -1, dictLink: -1, depth };
  }

  /** Adds a pattern (already case-folded by the caller). Several values may share a pattern. */
  add(pattern: string, value: T): void {
    if (this.built) throw new Error('Automaton already built');
    if (!pattern) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let nxt = this.nodes[state].next.get(c);
      if (nxt === undefined) {
        nxt = this.nodes.length;
        this.nodes.push(this.makeNode(this.nodes[state].depth + 1));
        this.nodes[state].next.set(c, nxt);
      }
      state = nxt;
    }
    const node = this.nodes[state];
    if (node.output < 0) {
      node.output = this.outputs.length;
      this.outputs.push([]);
    }
    this.outputs[node.output].push(value);
  }

  /** Computes failure and dictionary links (breadth-first). Call once after the last `add`. */
  build(): this {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.nodes[s].next) {
        let f = this.nodes[s].fail;
        while (f !== 0 && !this.nodes[f].next.has(c)) f = this.nodes[f].fail;
        const cand = this.nodes[f].next.get(c);
        this.nodes[t].fail = cand !== undefined && cand !== t ? cand : 0;
        const ft = this.nodes[this.nodes[t].fail];
        this.nodes[t].dictLink = ft.output >= 0 ? this.nodes[t].fail : ft.dictLink;
        queue.push(t);
      }
    }
    this.built = true;
    return this;
  }

  /** Number of trie nodes (for benchmarks and tests). */
  get size(): number {
    return this.nodes.length;
  }

  /** Calls `onHit` for every occurrence of every pattern in `text`, in order of end offset. */
  scan(text: string, onHit: (hit: AutomatonHit<T>) => void): void {
    if (!this.built) throw new Error('Automaton not built');
    const nodes = this.nodes;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let nxt = nodes[state].next.get(c);
      while (nxt === undefined && state !== 0) {
        state = nodes[state].fail;
        nxt = nodes[state].next.get(c);
      }
      state = nxt ?? 0;
      let out = nodes[state].output >= 0 ? state : nodes[state].dictLink;
      while (out >= 0) {
        const node = nodes[out];
        for (const value of this.outputs[node.output]) {
          onHit({ start: i + 1 - node.depth, end: i + 1, value });
        }
        out = node.dictLink;
      }
    }
  }
}
