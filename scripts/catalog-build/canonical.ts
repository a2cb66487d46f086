/** Canonical serialization of the catalog: fixed key order, 2-space JSON, trailing newline. */
import type { Catalog, Outlet } from '../../utils/core/catalog-schema';

export const OUTLET_KEY_ORDER = [
  'id',
  'name',
  'names',
  'abbreviations',
  'domains',
  'country',
  'languages',
  'type',
  'owner',
  'parent',
  'stateAffiliation',
  'wikidata',
  'search',
  'feeds',
  'sources',
] as const;

function sortedRecord<T>(rec: Record<string, T>, order?: readonly string[]): Record<string, T> {
  const keys = Object.keys(rec).sort((a, b) => {
    if (order) {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== ib) return (ia === -1 ? 1e9 : ia) - (ib === -1 ? 1e9 : ib);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return Object.fromEntries(keys.map((k) => [k, rec[k]]));
}

/** Returns the outlet with its keys in canonical order (unknown keys dropped, empty optionals too). */
export function canonicalOutlet(o: Outlet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of OUTLET_KEY_ORDER) {
    const value = (o as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'abbreviations' && Array.isArray(value) && value.length === 0) continue;
    if (key === 'names') out[key] = sortedRecord(value as Record<string, string[]>);
    else if (key === 'sources')
      out[key] = sortedRecord(value as Record<string, string>, OUTLET_KEY_ORDER);
    else if (key === 'stateAffiliation') {
      const s = value as { typology: string; source: string };
      out[key] = { typology: s.typology, source: s.source };
    } else out[key] = value;
  }
  return out;
}

/** Serializes a catalog canonically. Idempotent: serialize(parse(serialize(c))) === serialize(c). */
export function serializeCatalog(catalog: Catalog): string {
  const doc = {
    version: catalog.version,
    sources: catalog.sources.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.url ? { url: s.url } : {}),
      license: s.license,
    })),
    ambiguous: catalog.ambiguous.map((a) => ({ alias: a.alias, outlets: a.outlets })),
    outlets: catalog.outlets.map(canonicalOutlet),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
