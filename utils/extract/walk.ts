/**
 * Calls `visit` for every text node under `root`, in document order. Follows firstChild and
 * nextSibling links: no recursion, no stack, and no `childNodes` lists (each of which a browser
 * builds as a live NodeList object: the walk over a whole page is several times faster this way).
 */
export function forEachTextNode(root: Node, visit: (node: Text) => void): void {
  // A Document is entered at its root element: some DOMs (linkedom) don't link the doctype to it.
  const top: Node | null = root.nodeType === 9 ? (root as Document).documentElement : root;
  let node: Node | null = top;
  while (node) {
    if (node.nodeType === 3) visit(node as Text);
    else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== top && !node.nextSibling) node = node.parentNode;
    if (!node || node === top) return;
    node = node.nextSibling;
  }
}

/** Every text node under `root`, in document order. */
export function collectTextNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  forEachTextNode(root, (t) => nodes.push(t));
  return nodes;
}

/**
 * Pairs each text node of `clone` with the text node at the same position in `live`. The clone
 * must have been made with `cloneNode(true)` and neither changed since, so both walks line up.
 * `pairs` is null when the shapes differ (the live page changed in between); `liveNodes` (the
 * live text nodes in document order) is kept for the later steps, so none walks the page again.
 */
export function pairTextNodes(
  live: Node,
  clone: Node,
): { pairs: Map<Text, Text> | null; liveNodes: Text[] } {
  const liveNodes = collectTextNodes(live);
  const pairs = new Map<Text, Text>();
  let i = 0;
  let aligned = true;
  forEachTextNode(clone, (t) => {
    const match = liveNodes[i++];
    if (!match || match.data !== t.data) aligned = false;
    else pairs.set(t, match);
  });
  return { pairs: aligned && i === liveNodes.length ? pairs : null, liveNodes };
}

/**
 * Calls `visit` for each text node after `start` in document order (not inside it), until
 * `visit` returns false or the document ends. Walks the live page only as far as needed.
 */
export function forEachTextNodeAfter(start: Node, visit: (node: Text) => boolean): void {
  let node: Node | null = start;
  for (;;) {
    // Next in document order, skipping `start`'s own subtree.
    if (node !== start && node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      if (!node) return;
      node = node.nextSibling!;
    }
    if (node.nodeType === 3 && !visit(node as Text)) return;
  }
}
