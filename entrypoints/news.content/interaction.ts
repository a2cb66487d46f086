import { createHoverCard } from '@/utils/highlight/hover-card';
import { findRangeAt } from '@/utils/highlight/hit-test';
import type { Painting } from '@/utils/highlight/highlight-api';
import type { HighlightSpec } from '@/utils/messaging';
import { toHoverCardContent } from './hover-card-content';

/** Milliseconds between two hit tests while the pointer moves. */
const POINTER_THROTTLE = 60;
const HIDE_DELAY = 300;

/** Reads Alt+Shift+N / Alt+Shift+P by key position (Alt changes the character on macOS). */
function navigationStep(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.code === 'KeyN') return 1;
  if (e.code === 'KeyP') return -1;
  return 0;
}

/**
 * Connects the reader to what is drawn: hovering a highlight opens its card, Alt+Shift+N/P
 * move between highlights (opening the card with focus in it), Escape closes the card.
 * Listeners live only while highlights are drawn: call the returned function to remove them.
 */
export function attachInteraction(
  doc: Document,
  root: Element,
  painting: Painting,
  specs: HighlightSpec[],
): () => void {
  const abort = new AbortController();
  const { signal } = abort;
  const win = doc.defaultView ?? window;
  let current = -1;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const card = createHoverCard(doc, () => close());

  function open(i: number, byKeyboard: boolean) {
    const range = painting.ranges[i];
    const rect = range?.getBoundingClientRect();
    if (!range || !rect) return;
    current = i;
    painting.setFocus(byKeyboard ? i : null);
    card.show(toHoverCardContent(specs[i]), rect, { focus: byKeyboard });
  }
  /** Closes the card; the position stays, so Alt+Shift+N goes on from the last credit. */
  function close() {
    painting.setFocus(null);
    card.hide();
  }

  // Throttled, but the last position always gets its turn: a pointer that stops on a highlight
  // within the throttle window must still open its card.
  let pending: { target: EventTarget | null; x: number; y: number } | null = null;
  let throttle: ReturnType<typeof setTimeout> | undefined;
  const onPointerMove = (e: PointerEvent) => {
    const first = pending === null && throttle === undefined;
    pending = { target: e.target, x: e.clientX, y: e.clientY };
    if (first) flushPointer();
    throttle ??= setTimeout(() => {
      throttle = undefined;
      if (pending) flushPointer();
    }, POINTER_THROTTLE);
  };
  const flushPointer = () => {
    const e = { target: pending!.target, clientX: pending!.x, clientY: pending!.y };
    pending = null;
    const keep = () => {
      clearTimeout(hideTimer);
      hideTimer = undefined;
    };
    if (card.contains(e.target)) return keep();
    const i = findRangeAt(painting.ranges, e.clientX, e.clientY);
    if (i >= 0) {
      keep();
      if (i !== current || !card.isOpen) open(i, false);
      return;
    }
    // Off every highlight: close after a moment, so the pointer can travel to the card.
    if (card.isOpen && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        close();
      }, HIDE_DELAY);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.isOpen) {
      close();
      return;
    }
    const step = navigationStep(e);
    if (!step || !painting.ranges.length) return;
    e.preventDefault();
    const n = painting.ranges.length;
    const next = current < 0 ? (step > 0 ? 0 : n - 1) : (current + step + n) % n;
    const target = painting.ranges[next].startContainer.parentElement;
    target?.scrollIntoView({ block: 'center' });
    open(next, true);
  };
  // Hover is only tracked over the article; the card lives outside it, so watch the document
  // too while a card is open (pointermove on the card host keeps it open).
  root.addEventListener('pointermove', onPointerMove as EventListener, { passive: true, signal });
  doc.addEventListener(
    'pointermove',
    (e) => card.isOpen && !root.contains(e.target as Node) && onPointerMove(e),
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => clearTimeout(throttle));
  // Not ctx.addEventListener: it swaps our signal for ctx's, and this listener must go when the
  // highlights do (the highlighter detaches us on ctx invalidation too).
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });
  return () => {
    clearTimeout(hideTimer);
    abort.abort();
    card.hide();
  };
}
