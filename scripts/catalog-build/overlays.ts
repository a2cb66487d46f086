/**
 * Curated names of outlets the build already has (from any source), in more languages and
 * scripts: "路透社", "ロイター", "Рейтер" for Reuters. One file per region or kind under
 * curated/names-*.json, each `{"names": [{"outlet": "<id>", "names": {"<lang>": [...]},
 * "abbreviations": [...]}]}`. A name that is also an ordinary word of its language ("Delo",
 * "Капитал", "Politika") goes in `abbreviations`: matched only with the capitals written there.
 */
import type { Outlet } from '../../utils/core/catalog-schema';

export interface NameOverlay {
  /** Id of the outlet in the built catalog. */
  outlet: string;
  /** Names by ISO 639-1 language, as in `Outlet.names`. */
  names?: Record<string, string[]>;
  /** Exact-case forms, as in `Outlet.abbreviations`: names that are also common words. */
  abbreviations?: string[];
}

/** Appends the entries of `more` that `list` lacks; true when it added any. */
function addMissing(list: string[], more: string[]): boolean {
  const before = list.length;
  for (const n of more) if (!list.includes(n)) list.push(n);
  return list.length > before;
}

/**
 * Adds exact-case forms to an outlet. `abbreviations` has one source: an outlet whose forms come
 * from open data takes curated ones only through a curated entry, so the build stops there.
 */
function addAbbreviations(o: Outlet, more: string[]): void {
  const from = o.abbreviations.length ? (o.sources.abbreviations ?? o.sources.name) : 'curated';
  if (from !== 'curated' && more.some((a) => !o.abbreviations.includes(a)))
    throw new Error(`names overlay: ${o.id}'s abbreviations come from ${from}; curate the outlet`);
  if (addMissing(o.abbreviations, more)) o.sources.abbreviations = 'curated';
}

/**
 * Adds each overlay's names to its outlet (in place), recording `names.<lang>: curated` where
 * the outlet's other names come from open data (and `abbreviations: curated` where it had none).
 * Throws on an id the catalog does not have, so a renamed outlet cannot silently lose its names.
 */
export function applyNameOverlays(outlets: Outlet[], overlays: NameOverlay[]): void {
  const byId = new Map(outlets.map((o) => [o.id, o]));
  for (const overlay of overlays) {
    const o = byId.get(overlay.outlet);
    if (!o) throw new Error(`names overlay: no outlet with id ${overlay.outlet}`);
    for (const [lang, list] of Object.entries(overlay.names ?? {})) {
      const merged = [...(o.names[lang] ?? [])];
      addMissing(merged, list);
      o.names[lang] = merged;
      if (o.sources.names !== 'curated') o.sources[`names.${lang}`] = 'curated';
    }
    if (overlay.abbreviations?.length) addAbbreviations(o, overlay.abbreviations);
  }
}
