import { poll } from './poll';
import type { HighlightEntry, PopupSnapshot, readCard } from './probes';

// Waits shared by both browsers. Each takes a reader (`() => page.evaluate(probe)`) so it works
// with Playwright and Puppeteer pages alike.

/** The popup's state once it is past "loading" (the content script has had its say). */
export function waitForSettledState(readPopup: () => Promise<PopupSnapshot>): Promise<string> {
  return poll(
    async () => {
      const { state } = await readPopup();
      return state && state !== 'loading' ? state : null;
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

type Card = NonNullable<ReturnType<typeof readCard>>;

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
