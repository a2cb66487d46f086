/**
 * Functions the tests run inside browser pages through `page.evaluate` (Playwright and
 * Puppeteer alike). Each is serialized on its own, so it must use nothing from its module: no
 * imports, no outer helpers, only its arguments and the page's globals.
 */

/** One registered highlight: its name and the text of each of its ranges. */
export interface HighlightEntry {
  name: string;
  texts: string[];
  /** Every range still lies in the document (a re-rendered page detaches old text nodes). */
  connected: boolean;
}

/** Every CSS Custom Highlight registered in the page (empty where the API is missing). */
export const readHighlights = (): HighlightEntry[] => {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return [];
  return [...CSS.highlights.entries()].map(([name, highlight]) => ({
    name,
    texts: [...highlight].map((r) => r.toString()),
    connected: [...highlight].every(
      (r) => r.startContainer.isConnected && r.endContainer.isConnected,
    ),
  }));
};

/** Where each SourceLens highlight sits: its text and the text of the block around it. */
export const readHighlightPlaces = (): { text: string; block: string }[] => {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return [];
  const places: { text: string; block: string }[] = [];
  for (const [name, highlight] of CSS.highlights.entries()) {
    if (!name.startsWith('sourcelens-') || name === 'sourcelens-focus') continue;
    for (const range of highlight) {
      const node = range.startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const block = el?.closest('p, figcaption, li, blockquote, h1, h2, h3, h4, h5, h6, td, div');
      places.push({
        text: range.toString(),
        block: (block?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      });
    }
  }
  return places;
};

/**
 * Whether a hover card is open and holds the focus (focus inside a shadow root shows as its
 * host in `document.activeElement`); null when no card is open. Its text is in a closed root:
 * read it with `TabPage.readShadowRoot` and `readCardText`.
 */
export const readCardHost = (): { hasFocus: boolean } | null => {
  const host = document.querySelector('sourcelens-card');
  return host ? { hasFocus: document.activeElement === host } : null;
};

/** The text of the hover card, given its shadow root. */
export const readCardText = (root: ShadowRoot): string =>
  (root.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Scrolls the highlight over `text` into view and returns its centre in viewport pixels,
 * for a real mouse move onto it (null when no such highlight is drawn).
 */
export const locateHighlight = (text: string): { x: number; y: number } | null => {
  for (const [name, highlight] of CSS.highlights.entries()) {
    if (!name.startsWith('sourcelens-')) continue;
    for (const range of highlight) {
      if (range.toString() !== text || !(range instanceof Range)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
};

/** The credit SourceLens is flashing (`sourcelens-focus`): its text and whether it is on screen. */
export const readFocus = (): { text: string; isInView: boolean } | null => {
  const focus =
    typeof CSS !== 'undefined' && 'highlights' in CSS
      ? CSS.highlights.get('sourcelens-focus')
      : undefined;
  const range = focus ? [...focus][0] : undefined;
  if (!range || !(range instanceof Range)) return null;
  const rect = range.getBoundingClientRect();
  return { text: range.toString(), isInView: rect.top >= 0 && rect.bottom <= window.innerHeight };
};

/** True when a SourceLens highlight over exactly `text` is within the viewport. */
export const isHighlightInView = (text: string): boolean => {
  for (const [name, highlight] of CSS.highlights.entries()) {
    if (!name.startsWith('sourcelens-') || name === 'sourcelens-focus') continue;
    for (const range of highlight) {
      if (!(range instanceof Range) || range.toString() !== text) continue;
      const rect = range.getBoundingClientRect();
      if (rect.top >= 0 && rect.bottom <= window.innerHeight) return true;
    }
  }
  return false;
};

/**
 * The page as markup plus its layout size: what SourceLens must leave exactly as it was (it
 * draws with the Highlight API, which changes neither).
 */
export const readPageShape = () => ({
  markup: new XMLSerializer().serializeToString(document),
  width: document.documentElement.scrollWidth,
  height: document.documentElement.scrollHeight,
});

/** What the popup shows, read from its DOM. */
export interface PopupSnapshot {
  /** The `state-*` name of a state message (`not-article`, `unsupported`…), or null. */
  state: string | null;
  /** The state message's text, as the reader sees it. */
  stateText: string;
  summary: string;
  outlets: {
    id: string;
    name: string;
    text: string;
    mentions: { kind: string; text: string }[];
    related: string[];
  }[];
}

/** Reads the popup's visible content through the class names its components promise. */
export const snapshotPopup = (): PopupSnapshot => {
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const stateEl = document.querySelector('.state');
  const stateClass = stateEl
    ? [...stateEl.classList].find((c) => c.startsWith('state-'))
    : undefined;
  return {
    state: stateEl
      ? (stateEl.getAttribute('data-state') ?? stateClass?.slice('state-'.length) ?? '')
      : null,
    stateText: text(stateEl),
    summary: text(document.querySelector('.summary')),
    outlets: [...document.querySelectorAll('[data-outlet-id]')].map((card) => ({
      id: card.getAttribute('data-outlet-id') ?? '',
      name: text(card.querySelector('.outlet-name')),
      text: text(card),
      mentions: [...card.querySelectorAll('.mention')].map((m) => ({
        kind: m.getAttribute('data-kind') ?? '',
        text: text(m),
      })),
      related: [...card.querySelectorAll('a.related-original')].map(
        (a) => (a as HTMLAnchorElement).href,
      ),
    })),
  };
};

/**
 * Asks the background for a tab's state with the popup's own message (run in an extension
 * page: `browser` in Firefox, `chrome` in Chromium).
 */
export const requestTabState = (tabId: number): Promise<unknown> => {
  const g = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  };
  const runtime = (g.browser ?? g.chrome)!.runtime;
  return runtime.sendMessage({ type: 'getTabState', data: { tabId } });
};

/** An axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResults {
  passes: unknown[];
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Runs axe-core (already injected as `window.axe`) on the whole page: its violations, and how
 * many rules passed (so a run that checked nothing can't pass unnoticed).
 */
export const runAxe = async (): Promise<{ passes: number; violations: AxeViolation[] }> => {
  const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
  const { passes, violations } = await axe.run();
  return {
    passes: passes.length,
    violations: violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  };
};

/** The popup's own performance marks, in ms since its navigation started (null if missing). */
export interface PopupTimings {
  /** The popup's script started. */
  start: number | null;
  /** The tab's report arrived from the background. */
  data: number | null;
  /** First render with a report. */
  rendered: number | null;
}

/** Reads the popup's marks `sourcelens-popup-start`, `-data` and `-rendered`. */
export const readPopupTimings = (): PopupTimings => {
  const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return {
    start: at('sourcelens-popup-start'),
    data: at('sourcelens-popup-data'),
    rendered: at('sourcelens-popup-rendered'),
  };
};
