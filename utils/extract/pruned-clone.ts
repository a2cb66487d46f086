import { isReadWhole, isRemovedBeforeWalk, pruneReason, type PruneReason } from './prune';

/** The copy of the page Readability reads, and the way back from its text to the page's. */
export interface PreparedClone {
  clone: Document;
  /** Each text node of the clone and the live one it copies. */
  pairs: Map<Text, Text>;
  /** What was copied: elements and characters (the bench's measure of a page's size). */
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

/** What receives the pruned copy, node by node in document order. */
export interface CopySink {
  /** Starts over (also before the first node). */
  reset(): void;
  text(node: Text): void;
  comment(node: Comment): void;
  /** An element; when `enter`, its children follow, then `close()`. */
  element(el: Element, enter: boolean): void;
  close(): void;
}

/** Walks the page in steps; `step` returns true once the walk is complete. */
export interface PrunedWalk {
  step(hasTime: () => boolean): boolean;
  readonly stats: CloneStats;
}

/** How many nodes to copy between two looks at the clock. */
const NODES_PER_CHECK = 16;

/**
 * Walks `live` leaving out what Readability would throw away first (see prune.ts) and hands
 * the rest to `sink`, so the work can stop whenever `hasTime` says so and go on in a later
 * task. What Readability's walk removes stays as an empty shell: the walk meets and removes it
 * in its place, so the text around it is grouped into paragraphs as before. If the page moves
 * the node the walk stopped at, it starts over.
 */
export function startPrunedWalk(
  live: Document,
  withUnlikely: boolean,
  sink: CopySink,
  prune?: (el: Element) => PruneReason | null,
): PrunedWalk {
  const wholeBody = isReadWhole(live);
  const reasonOf = prune ?? ((el: Element) => pruneReason(el, withUnlikely, wholeBody));
  let stats!: CloneStats;
  let node: Node | null;
  /** The live nodes entered (the document first). */
  let path: Node[];
  const restart = () => {
    stats = { elements: 0, textChars: 0, pruned: 0 };
    node = live.documentElement;
    path = [live];
    sink.reset();
  };
  restart();
  /** Hands `n` to the sink; true when its children come next. */
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) {
      sink.text(n as Text);
      stats.textChars += (n as Text).data.length;
    } else if (n.nodeType === 8) {
      // Kept: a comment ends a run of inline content when Readability wraps it in paragraphs.
      sink.comment(n as Comment);
    } else if (n.nodeType === 1) {
      const reason = reasonOf(n as Element);
      if (reason) stats.pruned++;
      if (reason && isRemovedBeforeWalk(reason)) return false;
      stats.elements++;
      const enter = !reason && !!n.firstChild;
      sink.element(n as Element, enter);
      return enter;
    }
    return false;
  };
  return {
    get stats() {
      return stats;
    },
    step(hasTime) {
      // Resuming: the page may have changed while we waited.
      if (node && node.parentNode !== path[path.length - 1]) restart();
      for (let count = 0; node; count++) {
        if (count % NODES_PER_CHECK === 0 && count > 0 && !hasTime()) return false;
        if (visit(node)) {
          path.push(node);
          node = node.firstChild;
          continue;
        }
        while (node && !node.nextSibling) {
          node = node.parentNode;
          path.pop();
          if (path.length === 0) node = null;
          else sink.close();
        }
        node = node?.nextSibling ?? null;
      }
      return true;
    },
  };
}

/** Copies the page in steps; `step` returns true once the copy is complete. */
export interface CloneBuilder {
  step(hasTime: () => boolean): boolean;
  readonly result: PreparedClone;
}

/**
 * Starts a pruned copy of `live` as a document (`startPrunedWalk`), pairing every copied text
 * node with its live twin on the way. Built node by node with `importNode(node, false)`.
 */
export function startPrunedClone(
  live: Document,
  withUnlikely = true,
  prune?: (el: Element) => PruneReason | null,
): CloneBuilder {
  let clone!: Document;
  let pairs!: Map<Text, Text>;
  let parents: Node[] = [];
  const sink: CopySink = {
    reset() {
      // A shallow clone keeps the document's address and type (relative links, metadata).
      clone = live.cloneNode(false) as Document;
      pairs = new Map();
      parents = [clone];
    },
    text(node) {
      const text = clone.createTextNode(node.data);
      parents[parents.length - 1].appendChild(text);
      pairs.set(text, node);
    },
    comment(node) {
      parents[parents.length - 1].appendChild(clone.createComment(node.data));
    },
    element(el, enter) {
      const copy = clone.importNode(el, false);
      parents[parents.length - 1].appendChild(copy);
      if (enter) parents.push(copy);
    },
    close() {
      parents.pop();
    },
  };
  const walk = startPrunedWalk(live, withUnlikely, sink, prune);
  return {
    get result() {
      return { clone, pairs, stats: walk.stats, withUnlikely };
    },
    step: walk.step,
  };
}

/** The whole pruned copy in one go (the command line, tests and benchmarks). */
export function clonePruned(live: Document, withUnlikely = true): PreparedClone {
  const builder = startPrunedClone(live, withUnlikely);
  builder.step(() => true);
  return builder.result;
}
