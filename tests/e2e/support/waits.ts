import { poll } from './poll';
import type { HighlightEntry, PopupSnapshot } from './probes';

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
export function waitForHighlights(readHighlights: () => Promise<HighlightEntry[]>): Promise<HighlightEntry[]> {
  return poll(
    async () => {
      const all = await readHighlights();
      return all.some((e) => e.name.startsWith('sourcelens-')) ? all : null;
    },
    { message: 'SourceLens highlights in the page' },
  );
}
