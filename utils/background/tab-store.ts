import type { Browser } from './browser-type';
import type { TabState } from '../messaging';

const KEY_PREFIX = 'sourcelens:tab:';

/** Kept instead of a report too large for `storage.session` (10 MB in Chrome). */
const TOO_LARGE: TabState = {
  status: 'error',
  message:
    'This page’s report was too large to keep while SourceLens was idle. Reload the page to read it again.',
};

/**
 * The per-tab truth: one `TabState` per tab, in memory and mirrored to `storage.session` so a
 * restarted MV3 service worker finds every tab's report again. `storage.session` is never
 * written to disk and is cleared when the browser closes.
 */
export class TabStore {
  private readonly states = new Map<number, TabState>();

  constructor(private readonly browser: Browser) {}

  private get area() {
    return this.browser.storage.session ?? null;
  }

  async get(tabId: number): Promise<TabState | null> {
    const cached = this.states.get(tabId);
    if (cached) return cached;
    const area = this.area;
    if (!area) return null;
    const key = KEY_PREFIX + tabId;
    const stored = (await area.get(key))[key] as TabState | undefined;
    if (stored) this.states.set(tabId, stored);
    return stored ?? null;
  }

  async set(tabId: number, state: TabState): Promise<void> {
    this.states.set(tabId, state);
    try {
      await this.area?.set({ [KEY_PREFIX + tabId]: state });
    } catch {
      // Over the session quota (a report with tens of thousands of credits): the in-memory copy
      // still serves the popup, and a restarted worker finds a clear state instead of nothing
      // (nothing read as "loading" forever).
      await this.area?.set({ [KEY_PREFIX + tabId]: TOO_LARGE }).catch(() => undefined);
    }
  }

  /** Every tab's state (the stored ones too, after the worker restarted). */
  async all(): Promise<[number, TabState][]> {
    const stored = ((await this.area?.get(null)) ?? {}) as Record<string, TabState>;
    const merged = new Map(this.states);
    for (const [key, state] of Object.entries(stored)) {
      const tabId = Number(key.slice(KEY_PREFIX.length));
      if (key.startsWith(KEY_PREFIX) && !merged.has(tabId)) merged.set(tabId, state);
    }
    return [...merged];
  }

  async delete(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await this.area?.remove(KEY_PREFIX + tabId);
  }
}
