import { normalizeHostname } from './schema';

/**
 * Reader corrections: outlets the reader says a site's articles do not cite ("not a citation")
 * and credits the reader says SourceLens missed. Kept per site, on this computer only, so a
 * dismissed outlet stays hidden on that site and the reader can export them all to report them.
 * Pure (no storage): corrections-store.ts keeps them.
 */

/** Current version of the stored corrections; bump it with a migration in corrections-store.ts. */
export const CORRECTIONS_VERSION = 1;

/** Caps that keep the stored item small whatever a reader does (storage.local allows 10 MB). */
export const MAX_SITES = 500;
export const MAX_PER_SITE = 200;
export const MAX_TEXT = 500;

/** "Not a citation": the outlet, and where and why the reader said so. */
export interface Dismissal {
  outletId: string;
  outletName: string;
  /** The first evidence sentence, as the reader saw it. */
  sentence: string;
  url: string;
  /** ISO date-time. */
  at: string;
}

/** "A credit was missed": the outlet as the reader names it and, optionally, the sentence. */
export interface MissedCredit {
  outlet: string;
  sentence: string;
  url: string;
  at: string;
}

export interface SiteCorrections {
  dismissed: Dismissal[];
  missed: MissedCredit[];
}

/** Every correction, by site (a host name as `normalizeHostname` gives it). */
export interface Corrections {
  sites: Record<string, SiteCorrections>;
}

export const EMPTY_CORRECTIONS: Readonly<Corrections> = Object.freeze({ sites: {} });

/** The site a page belongs to ("www.example.com/x" → "example.com"), or null. */
export const siteOf = (url: string | null | undefined): string | null =>
  url && /^https?:/i.test(url) ? normalizeHostname(url) : null;

const cut = (s: unknown) => (typeof s === 'string' ? s.slice(0, MAX_TEXT) : '');
const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';

function coerceDismissal(x: unknown): Dismissal | null {
  if (!isRecord(x) || typeof x.outletId !== 'string' || !x.outletId) return null;
  const { outletId, outletName, sentence, url, at } = x;
  return {
    outletId: cut(outletId),
    outletName: cut(outletName),
    sentence: cut(sentence),
    url: cut(url),
    at: cut(at),
  };
}

function coerceMissed(x: unknown): MissedCredit | null {
  if (!isRecord(x) || typeof x.outlet !== 'string' || !x.outlet.trim()) return null;
  return { outlet: cut(x.outlet), sentence: cut(x.sentence), url: cut(x.url), at: cut(x.at) };
}

const listOf = <T>(raw: unknown, coerce: (x: unknown) => T | null): T[] =>
  (Array.isArray(raw) ? raw : [])
    .map(coerce)
    .filter((x): x is T => x !== null)
    .slice(-MAX_PER_SITE);

/** Reads anything stored as corrections: bad entries are dropped, the rest kept, caps applied. */
export function coerceCorrections(raw: unknown): Corrections {
  const sites: Record<string, SiteCorrections> = {};
  const stored = isRecord(raw) && isRecord(raw.sites) ? raw.sites : {};
  for (const [site, value] of Object.entries(stored).slice(-MAX_SITES)) {
    if (normalizeHostname(site) !== site || !isRecord(value)) continue;
    const entry = {
      dismissed: listOf(value.dismissed, coerceDismissal),
      missed: listOf(value.missed, coerceMissed),
    };
    if (entry.dismissed.length || entry.missed.length) sites[site] = entry;
  }
  return { sites };
}

const siteEntry = (c: Corrections, site: string): SiteCorrections =>
  c.sites[site] ?? { dismissed: [], missed: [] };

/** Corrections with `site`'s entry replaced (removed when empty), other sites untouched. */
function withSite(c: Corrections, site: string, entry: SiteCorrections): Corrections {
  const sites = { ...c.sites };
  delete sites[site];
  if (entry.dismissed.length || entry.missed.length) sites[site] = entry;
  return coerceCorrections({ sites });
}

/** Adds a "not a citation" for the dismissal's outlet on `site` (one per outlet and site). */
export function addDismissal(c: Corrections, site: string, d: Dismissal): Corrections {
  const entry = siteEntry(c, site);
  const dismissed = [...entry.dismissed.filter((x) => x.outletId !== d.outletId), d];
  return withSite(c, site, { ...entry, dismissed });
}

/** Takes back a "not a citation": the outlet shows on `site` again. */
export function removeDismissal(c: Corrections, site: string, outletId: string): Corrections {
  const entry = siteEntry(c, site);
  return withSite(c, site, {
    ...entry,
    dismissed: entry.dismissed.filter((x) => x.outletId !== outletId),
  });
}

/** Adds a missed credit on `site`. */
export function addMissed(c: Corrections, site: string, m: MissedCredit): Corrections {
  const entry = siteEntry(c, site);
  return withSite(c, site, { ...entry, missed: [...entry.missed, m] });
}

/** Ids of the outlets dismissed on `site`. */
export const dismissedOn = (c: Corrections, site: string | null): Set<string> =>
  new Set(site ? (c.sites[site]?.dismissed ?? []).map((d) => d.outletId) : []);

/** Every correction as a JSON file the reader can attach to a report. */
export function formatCorrectionsFile(c: Corrections, now = new Date()): string {
  const file = {
    format: 'sourcelens-corrections',
    version: CORRECTIONS_VERSION,
    exportedAt: now.toISOString(),
    ...c,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
