/**
 * Canonical serialization of the catalog: one entry per line (a diff shows one outlet per line),
 * fixed key order, no empty fields, and each outlet's most common source written once as `"*"`
 * (catalog-schema.ts expands it). About 40% of the size of the indented form, which matters: the
 * background parses the whole file each time the browser starts it.
 */
import type { Catalog, Outlet } from '../../utils/core/catalog-schema';
import { FACT_FIELDS } from '../../utils/core/catalog-schema';

/** An outlet's keys in the file: its id, its facts (in the schema's order), their sources. */
export const OUTLET_KEY_ORDER = ['id', ...FACT_FIELDS, 'sources'] as const;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Keys in `order` first, in that order, then the others alphabetically. */
function sortedRecord<T>(rec: Record<string, T>, order: readonly string[] = []): Record<string, T> {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = Object.keys(rec).sort((a, b) => rank(a) - rank(b) || byCodeUnits(a, b));
  return Object.fromEntries(keys.map((k) => [k, rec[k]]));
}

/**
 * `sources` with its most common fact source as `"*"` (ties: the first in code-unit order) and
 * only the facts from elsewhere spelled out. Expanding it gives back the same map as long as
 * every fact present has a source and no source names an absent fact (the data tests check both).
 */
export function compactSources(sources: Record<string, string>): Record<string, string> {
  const counts = new Map<string, number>();
  for (const f of FACT_FIELDS)
    if (sources[f]) counts.set(sources[f], (counts.get(sources[f]) ?? 0) + 1);
  const [fallback] = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0] ?? [];
  if (!fallback) return sortedRecord(sources, OUTLET_KEY_ORDER);
  const rest = Object.fromEntries(Object.entries(sources).filter(([, v]) => v !== fallback));
  const extras = Object.entries(sources).filter(
    ([k, v]) => v === fallback && !(FACT_FIELDS as readonly string[]).includes(k),
  );
  return {
    '*': fallback,
    ...sortedRecord({ ...rest, ...Object.fromEntries(extras) }, OUTLET_KEY_ORDER),
  };
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** The outlet with its keys in canonical order, empty fields dropped, sources compacted. */
export function canonicalOutlet(o: Outlet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of OUTLET_KEY_ORDER) {
    const value = (o as unknown as Record<string, unknown>)[key];
    if (isEmpty(value)) continue;
    if (key === 'names') out[key] = sortedRecord(value as Record<string, string[]>);
    else if (key === 'sources') out[key] = compactSources(value as Record<string, string>);
    else if (key === 'stateAffiliation') {
      const s = value as { typology: string; source: string };
      out[key] = { typology: s.typology, source: s.source };
    } else out[key] = value;
  }
  return out;
}

const lines = (items: unknown[]) => items.map((x) => JSON.stringify(x)).join(',\n');

/** Serializes a catalog canonically. Idempotent: serialize(parse(serialize(c))) === serialize(c). */
export function serializeCatalog(catalog: Catalog): string {
  const sources = catalog.sources.map((s) => ({
    id: s.id,
    name: s.name,
    ...(s.url ? { url: s.url } : {}),
    license: s.license,
    ...(s.inferred ? { inferred: true } : {}),
  }));
  const ambiguous = catalog.ambiguous.map((a) => ({ alias: a.alias, outlets: a.outlets }));
  return (
    `{"version":${catalog.version},\n"sources":[\n${lines(sources)}\n],\n` +
    `"ambiguous":[\n${lines(ambiguous)}\n],\n` +
    `"outlets":[\n${lines(catalog.outlets.map(canonicalOutlet))}\n]}\n`
  );
}
