import { poll } from './poll';
import type { TabPage } from './driver';
import { readCardHost, readCardText, type HighlightEntry, type PopupSnapshot } from './probes';

// Waits shared by both browsers. Each takes a reader (`() => page.evaluate(probe)`) so it works
// with Playwright and Puppeteer pages alike.

/**
 * Popup states that change on their own: still loading, or a long page waiting to be read or
 * being read (the popup asks for it).
 */
export const PENDING_STATES: readonly (string | null)[] = ['loading', 'waiting', 'analyzing'];

/** The popup's state once it is past "loading" (the content script has had its say). */
export function waitForSettledState(readPopup: () => Promise<PopupSnapshot>): Promise<string> {
  return poll(
    async () => {
      const { state } = await readPopup();
      return state && !PENDING_STATES.includes(state) ? state : null;
    },
    { message: 'the popup to leave its loading state' },
  );
}

/** The page's highlights once SourceLens has drawn some (its content script runs at idle). */
export function waitForHighlights(
  readHighlights: () => Promise<HighlightEntry[]>,
): Promise<HighlightEntry[]> {
  return poll(
    async () => {
      const all = await readHighlights();
      return all.some((e) => e.name.startsWith('sourcelens-')) ? all : null;
    },
    { message: 'SourceLens highlights in the page' },
  );
}

/**
 * Waits until SourceLens's highlights cover every phrase (after a page re-rendered its article,
 * possibly twice), and returns the highlighted texts.
 */
export function waitForHighlightedPhrases(
  readHighlights: () => Promise<HighlightEntry[]>,
  phrases: string[],
): Promise<{ texts: string[]; connected: boolean }> {
  return poll(
    async () => {
      const ours = (await readHighlights()).filter(
        (e) => e.name.startsWith('sourcelens-') && e.name !== 'sourcelens-focus',
      );
      const texts = ours.flatMap((e) => e.texts.map((t) => t.replace(/\s+/g, ' ').trim()));
      const isDone = phrases.every((p) => texts.some((t) => t.includes(p)));
      return isDone ? { texts, connected: ours.every((e) => e.connected) } : null;
    },
    { message: `highlights over ${JSON.stringify(phrases)}`, timeout: 45_000 },
  );
}

/** The open hover card: its text (read through its closed shadow root) and its focus. */
export interface Card {
  text: string;
  hasFocus: boolean;
}

/** Reads the hover card open in `page`, or null when none is. */
export async function readCard(page: TabPage): Promise<Card | null> {
  const host = await page.evaluate(readCardHost);
  if (!host) return null;
  const text = await page.readShadowRoot('sourcelens-card', readCardText);
  return text === null ? null : { text, hasFocus: host.hasFocus };
}

/** The hover card once it is open (and, with `isFocused`, once it holds the focus). */
export function waitForCard(read: () => Promise<Card | null>, isFocused = false): Promise<Card> {
  return poll(
    async () => {
      const card = await read();
      return card && (!isFocused || card.hasFocus) ? card : null;
    },
    { message: isFocused ? 'the card to open with focus' : 'the hover card to open' },
  );
}

/** Waits until no hover card is open. */
export function waitForNoCard(read: () => Promise<unknown>): Promise<true> {
  return poll(async () => (await read()) === null, { message: 'the hover card to close' });
}
