/**
 * Probes for the compact popup, the side panel and My sources, run through `page.evaluate`.
 * Like probes.ts, each is serialized on its own: no imports, no outer helpers.
 */

/** Where each cited outlet's row starts (px from the top of the page) and the page's height. */
export const readRowTops = (): { ids: string[]; tops: number[]; height: number } => {
  const rows = [...document.querySelectorAll('[data-outlet-id]')];
  return {
    ids: rows.map((r) => r.getAttribute('data-outlet-id') ?? ''),
    tops: rows.map((r) => r.getBoundingClientRect().top + window.scrollY),
    height: document.documentElement.scrollHeight,
  };
};

/** The source chain's text alternative, and how many chain nodes carry an outlet-row marker. */
export const readChain = (): { text: string; markedNodes: number } => ({
  text: (document.querySelector('.chain-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  markedNodes: document.querySelectorAll('.chain [data-outlet-id]').length,
});

/** The state shown (`data-state`) or `report` with its rows' ids: what a popup or panel shows. */
export const readView = (): { state: string; ids: string[] } => {
  const state = document.querySelector('.state')?.getAttribute('data-state');
  const ids = [...document.querySelectorAll('[data-outlet-id]')].map(
    (r) => r.getAttribute('data-outlet-id') ?? '',
  );
  return { state: state ?? (ids.length ? 'report' : 'empty'), ids };
};

/** The articles each My sources period counts, by days (`data-articles` on each period). */
export const readPeriods = (): Record<string, number> =>
  Object.fromEntries(
    [...document.querySelectorAll('.period')].map((p) => [
      p.getAttribute('data-days') ?? '',
      Number(p.getAttribute('data-articles')),
    ]),
  );

/** Every key in the extension's storage.local (run in an extension page). */
export const readLocalStorageKeys = async (): Promise<string[]> => {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
    chrome?: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
  };
  return Object.keys(await (g.browser ?? g.chrome)!.storage.local.get(null));
};
