import type { CreditKind } from '../core/types';
import { adoptStyle, drawHighlights, hasHighlightApi, PREFIX, type Drawing } from './draw';
import { markStyle, wrapRanges } from './fallback';

/** One thing to draw: a credit's kind and its live range. */
export interface PaintItem {
  kind: CreditKind;
  range: Range;
}

/** What is drawn in the page, with a way to point at one item of it. */
export interface Painting extends Drawing {
  /** The ranges as drawn, in the order given (fallback marks re-cover the same text). */
  ranges: Range[];
  /** Marks item `i` as the focused one (null clears); draws over the kind colour. */
  setFocus(i: number | null): void;
}

const FOCUS = `${PREFIX}-focus`;

/**
 * Draws `items` with the CSS Custom Highlight API when the browser has it (no DOM change),
 * otherwise by wrapping their text in `<sourcelens-mark>` elements (see fallback.ts).
 * `useApi` is a test seam.
 */
export function paint(
  doc: Document,
  items: PaintItem[],
  useApi = hasHighlightApi(doc.defaultView ?? window),
): Painting {
  return useApi ? paintWithApi(doc, items) : paintWithMarks(doc, items);
}

function paintWithApi(doc: Document, items: PaintItem[]): Painting {
  const win = doc.defaultView as Window & typeof globalThis;
  const drawing = drawHighlights(doc, items);
  let focus: Highlight | null = null;
  const clearFocus = () => {
    if (focus && win.CSS.highlights.get(FOCUS) === focus) win.CSS.highlights.delete(FOCUS);
    focus = null;
  };
  return {
    ranges: items.map((i) => i.range),
    remove() {
      clearFocus();
      drawing.remove();
    },
    isIntact: drawing.isIntact,
    setFocus(i) {
      clearFocus();
      if (i === null || !items[i]) return;
      focus = new win.Highlight(items[i].range);
      focus.priority = 1;
      win.CSS.highlights.set(FOCUS, focus);
    },
  };
}

function paintWithMarks(doc: Document, items: PaintItem[]): Painting {
  const removeStyle = adoptStyle(doc, markStyle());
  const { marks, unwrap } = wrapRanges(doc, items);
  const ranges = marks.map((list, i) => {
    if (!list.length) return items[i].range;
    const r = doc.createRange();
    r.setStartBefore(list[0]);
    r.setEndAfter(list[list.length - 1]);
    return r;
  });
  let focused: HTMLElement[] = [];
  return {
    ranges,
    remove() {
      unwrap();
      removeStyle();
    },
    isIntact: () => marks.every((list) => list.every((m) => m.isConnected)),
    setFocus(i) {
      for (const m of focused) delete m.dataset.sourcelensFocus;
      focused = i === null ? [] : (marks[i] ?? []);
      for (const m of focused) m.dataset.sourcelensFocus = '';
    },
  };
}
