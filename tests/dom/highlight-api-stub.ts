/**
 * happy-dom has no CSS Custom Highlight API: a registry (a Map) and a `Highlight` (a Set of
 * Ranges) stand in for it, as the browser's behave for what SourceLens calls.
 */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** The stand-in for `CSS.highlights` while installed. */
export const registry = new Map<string, FakeHighlight>();

const win = window as unknown as { Highlight?: unknown };
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');

/** Installs the stand-in (call in `beforeEach`); `uninstall` in `afterEach`. */
export function installHighlightApi(): void {
  registry.clear();
  // happy-dom hands out a fresh CSS object on each read: replace the property itself.
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  win.Highlight = FakeHighlight;
}

export function uninstallHighlightApi(): void {
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
  delete win.Highlight;
}

/** Every SourceLens range drawn (the focus aside), in document order. */
export function drawnRanges(): Range[] {
  const ranges = [...registry]
    .filter(([name]) => name.startsWith('sourcelens-') && name !== 'sourcelens-focus')
    .flatMap(([, h]) => [...h]);
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

/** The text of every range drawn, in document order, joined by '|'. */
export const drawnTexts = () =>
  drawnRanges()
    .map((r) => r.toString())
    .join('|');
