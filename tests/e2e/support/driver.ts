import type { FixtureServer } from './server';

/**
 * One browser tab as the shared specs drive it. Playwright (Chromium) and Puppeteer (Firefox)
 * pages differ in small ways; each launcher adapts its own to this.
 */
export interface TabPage {
  /** Runs a self-contained function (see probes.ts) in the page and returns its result. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a self-contained `fn` on the shadow root of the first element matching `selector`,
   * even a closed one (through the browser's debugging protocol); null when there is none.
   */
  readShadowRoot<R>(selector: string, fn: (root: ShadowRoot) => R): Promise<R | null>;
  click(selector: string): Promise<void>;
  /** Types `value` into the empty field at `selector`. */
  fill(selector: string, value: string): Promise<void>;
  waitForVisible(selector: string): Promise<void>;
  moveMouse(x: number, y: number): Promise<void>;
  pressEscape(): Promise<void>;
  /** SourceLens's "next highlight" shortcut, Alt+Shift+N. */
  pressNextHighlight(): Promise<void>;
  bringToFront(): Promise<void>;
  /** Loads another address in this tab (a navigation, as a reader following a link). */
  goto(url: string): Promise<void>;
  /** Resizes the viewport (the popup is measured at 400×600, its real size). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

/** A running browser with the built extension installed, on a fresh profile. */
export interface ExtensionBrowser {
  /** Opens `url` in a new tab; returns the page and its browser tab id. */
  openTab(url: string): Promise<{ page: TabPage; tabId: number }>;
  /** Opens `popup.html?tabId=N` in a tab of its own. */
  openPopup(tabId: number): Promise<TabPage>;
  /** Opens one of the extension's own pages (`options.html`…) in a new tab. */
  openExtensionPage(path: string): Promise<TabPage>;
  /** The toolbar badge text of a tab. */
  readBadge(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** One browser the shared specs run in. */
export interface BrowserDriver {
  name: string;
  launch(): Promise<ExtensionBrowser>;
  /**
   * Loads `url` in the same browser without the extension and returns what `read` finds there
   * (the baseline for "the page is unchanged").
   */
  readWithoutExtension<R>(url: string, read: () => R): Promise<R>;
  /** A page this browser never lets an extension run on, and how the test opens it. */
  forbiddenPage: { what: string; url(server: FixtureServer): string };
}
