/** Calls `visit` for every text node under `root`, in document order, without recursion. */
export function forEachTextNode(root: Node, visit: (node: Text) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      visit(node as Text);
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/**
 * Pairs each text node of `clone` with the text node at the same position in `live`. The clone
 * must have been made with `cloneNode(true)` and neither changed since, so both walks line up.
 * Returns null when the shapes differ (the live page changed in between).
 */
export function pairTextNodes(live: Node, clone: Node): Map<Text, Text> | null {
  const liveNodes: Text[] = [];
  forEachTextNode(live, (t) => liveNodes.push(t));
  const pairs = new Map<Text, Text>();
  let i = 0;
  let aligned = true;
  forEachTextNode(clone, (t) => {
    const match = liveNodes[i++];
    if (!match || match.data !== t.data) aligned = false;
    else pairs.set(t, match);
  });
  return aligned && i === liveNodes.length ? pairs : null;
}
