import { isReadWhole, isRemovedBeforeWalk, pruneReason, type PruneReason } from './prune';

/** The copy of the page Readability reads, and the way back from its text to the page's. */
export interface PreparedClone {
  clone: Document;
  /** Each text node of the clone and the live one it copies. */
  pairs: Map<Text, Text>;
  /** What was copied: the size that predicts Readability's parse time (see budget.ts). */
  stats: CloneStats;
  /** The first pass's unlikely candidates were left out too (see `pruneReason`). */
  withUnlikely: boolean;
}

export interface CloneStats {
  /** Elements copied. */
  elements: number;
  /** Characters of text copied. */
  textChars: number;
  /** Elements left out, subtrees counted as one. */
  pruned: number;
}

/** Copies the page in steps; `step` returns true once the copy is complete. */
export interface CloneBuilder {
  step(hasTime: () => boolean): boolean;
  readonly result: PreparedClone;
}

/** How many nodes to copy between two looks at the clock. */
const NODES_PER_CHECK = 64;

/**
 * Starts a copy of `live` that leaves out what Readability would throw away first (see
 * prune.ts), pairing every copied text node with its live twin on the way. Built node by node
 * with `importNode(node, false)`, so the work can stop whenever `hasTime` says so and go on in
 * a later task. If the page moves the node the copy stopped at, the copy starts over.
 */
export function startPrunedClone(
  live: Document,
  withUnlikely = true,
  prune?: (el: Element) => PruneReason | null,
): CloneBuilder {
  const wholeBody = isReadWhole(live);
  const reasonOf = prune ?? ((el: Element) => pruneReason(el, withUnlikely, wholeBody));
  let result!: PreparedClone;
  let node: Node | null;
  /** The live elements entered, each with its copy (the copy's current parent is the last). */
  let path: [Node, Node][];
  const restart = () => {
    // A shallow clone keeps the document's address and type (relative links, metadata).
    const clone = live.cloneNode(false) as Document;
    const stats: CloneStats = { elements: 0, textChars: 0, pruned: 0 };
    result = { clone, pairs: new Map(), stats, withUnlikely };
    node = live.documentElement;
    path = [[live, clone]];
  };
  restart();
  const copy = (n: Node, parent: Node): boolean => {
    const { clone, pairs, stats } = result;
    if (n.nodeType === 3) {
      const text = clone.createTextNode((n as Text).data);
      parent.appendChild(text);
      pairs.set(text, n as Text);
      stats.textChars += (n as Text).data.length;
    } else if (n.nodeType === 8) {
      // Kept: a comment ends a run of inline content when Readability wraps it in paragraphs.
      parent.appendChild(clone.createComment((n as Comment).data));
    } else if (n.nodeType === 1) {
      const reason = reasonOf(n as Element);
      if (reason) stats.pruned++;
      if (reason && isRemovedBeforeWalk(reason)) return false;
      // What Readability's walk removes stays as an empty shell: the walk meets and removes it
      // in its place, so the text around it is grouped into paragraphs as before.
      const el = clone.importNode(n, false);
      parent.appendChild(el);
      stats.elements++;
      if (reason || !n.firstChild) return false;
      path.push([n, el]);
      return true;
    }
    return false;
  };
  return {
    get result() {
      return result;
    },
    step(hasTime) {
      // Resuming: the page may have changed while we waited.
      if (node && node.parentNode !== path[path.length - 1][0]) restart();
      for (let count = 0; node; count++) {
        if (count % NODES_PER_CHECK === 0 && count > 0 && !hasTime()) return false;
        const entered = copy(node, path[path.length - 1][1]);
        if (entered) {
          node = node.firstChild;
          continue;
        }
        while (node && !node.nextSibling) {
          node = node.parentNode;
          path.pop();
          if (path.length === 0) node = null;
        }
        node = node?.nextSibling ?? null;
      }
      return true;
    },
  };
}

/** The whole pruned copy in one go (the command line, tests and benchmarks). */
export function clonePruned(live: Document, withUnlikely = true): PreparedClone {
  const builder = startPrunedClone(live, withUnlikely);
  builder.step(() => true);
  return builder.result;
}
