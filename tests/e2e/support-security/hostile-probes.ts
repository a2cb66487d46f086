/**
 * Functions run inside pages through `page.evaluate` for the hostile-page tests. Each is
 * serialized on its own: no imports, no outer helpers, only its arguments and page globals.
 */

/** The centre of the first range of highlight `name` (scrolled into view), or null. */
export const centreOfHighlight = (name: string): { x: number; y: number } | null => {
  const highlight = CSS.highlights.get(name);
  const range = highlight ? [...highlight][0] : undefined;
  if (!(range instanceof Range)) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 } : null;
};

/** What the open hover card shows and what it contains, read through its (closed) shadow root. */
export interface CardSnapshot {
  evidence: string;
  name: string;
  /** Tag names of every element in the card (markup from page text would add img, script…). */
  tags: string[];
  /** The card's computed position and background: its own style sheet applied. */
  position: string;
  background: string;
}

/** Reads the hover card, given its shadow root (see support/shadow-roots.ts); null if empty. */
export const snapshotCard = (root: ShadowRoot): CardSnapshot | null => {
  const card = root.querySelector('.card');
  if (!card) return null;
  return {
    evidence: root.querySelector('.evidence')?.textContent ?? '',
    name: root.querySelector('.name')?.textContent ?? '',
    tags: [...root.querySelectorAll('*')].map((e) => e.localName),
    position: getComputedStyle(root.host).position,
    background: getComputedStyle(card).backgroundColor,
  };
};

/** Elements the page's own text could have smuggled into an extension page as markup. */
export const countInjectedElements = (): number =>
  document.querySelectorAll(
    'img[src="x"], [onerror], [onmouseover], b[onmouseover], script:not([src])',
  ).length;
