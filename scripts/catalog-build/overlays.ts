/**
 * Curated names of outlets the build already has (from any source), in more languages and
 * scripts: "路透社", "ロイター", "Рейтер" for Reuters. One file per region or kind under
 * curated/names-*.json, each `{"names": [{"outlet": "<id>", "names": {"<lang>": [...]}}]}`.
 */
import type { Outlet } from '../../utils/core/catalog-schema';

export interface NameOverlay {
  /** Id of the outlet in the built catalog. */
  outlet: string;
  /** Names by ISO 639-1 language, as in `Outlet.names`. */
  names: Record<string, string[]>;
}

/**
 * Adds each overlay's names to its outlet (in place), recording `names.<lang>: curated` where
 * the outlet's other names come from open data. Throws on an id the catalog does not have, so
 * a renamed outlet cannot silently lose its names.
 */
export function applyNameOverlays(outlets: Outlet[], overlays: NameOverlay[]): void {
  const byId = new Map(outlets.map((o) => [o.id, o]));
  for (const overlay of overlays) {
    const o = byId.get(overlay.outlet);
    if (!o) throw new Error(`names overlay: no outlet with id ${overlay.outlet}`);
    for (const [lang, list] of Object.entries(overlay.names)) {
      const merged = [...(o.names[lang] ?? [])];
      for (const n of list) if (!merged.includes(n)) merged.push(n);
      o.names[lang] = merged;
      if (o.sources.names !== 'curated') o.sources[`names.${lang}`] = 'curated';
    }
  }
}
