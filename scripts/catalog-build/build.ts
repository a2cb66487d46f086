/**
 * The catalog builder, as a pure function: curated entries and open-data text in, catalog out.
 * No I/O here (index.ts reads the files), so the build can be tested for determinism. Steps, in
 * order: curated outlets; the State Media Matrix and freebie (open-data.ts); Wikidata
 * (wikidata-import.ts); curated names in more languages (overlays.ts); short names; sources.
 */
import type { Catalog, CatalogSource, Outlet } from '../../utils/core/catalog-schema';
import { FACT_FIELDS } from '../../utils/core/catalog-schema';
import { CATALOG_SOURCES } from '../../utils/core/catalog-sources';
import { lc, mergeOpenData, type OpenDataInputs } from './open-data';
import { applyNameOverlays, type NameOverlay } from './overlays';
import { addArticleLessNames } from './article-less';
import { addDerivedShortNames } from './short-names';
import { importWikidata, type WikidataImport } from './wikidata-import';

/** A hand-curated outlet: an Outlet whose `sources` may be omitted (then every fact is "curated"). */
export type CuratedOutlet = Omit<Outlet, 'sources' | 'abbreviations'> & {
  abbreviations?: string[];
  sources?: Record<string, string>;
};

export interface BuildInputs extends OpenDataInputs {
  curated: CuratedOutlet[];
  ambiguous: { alias: string; outlets: string[] }[];
  /** Names of existing outlets in more languages (curated/names-*.json). */
  nameOverlays: NameOverlay[];
  /** sources/wikidata-newspapers/wikidata-newspapers.jsonl. */
  wikidataJsonl: string;
  /** Called with each open-data row left out because it contradicts an outlet already there. */
  onSkip?: (message: string) => void;
  /** Called with what the Wikidata step merged, added and left out. */
  onWikidata?: (result: WikidataImport) => void;
}

/** Version 2: one entry a line, `sources` with a `"*"` default (see canonical.ts). */
export const CATALOG_VERSION = 2;

/** Source descriptions, in the catalog's header (see utils/core/catalog-sources.ts). */
export const SOURCES: CatalogSource[] = CATALOG_SOURCES;

const isPresent = (v: unknown) =>
  v !== undefined &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

function curatedOutlet(c: CuratedOutlet): Outlet {
  const sources: Record<string, string> = {};
  for (const f of FACT_FIELDS) {
    const v = (c as Record<string, unknown>)[f];
    if (!isPresent(v)) continue;
    if (f === 'stateAffiliation') sources[f] = (v as { source: string }).source;
    else sources[f] = 'curated';
  }
  return { ...c, abbreviations: c.abbreviations ?? [], sources: { ...sources, ...c.sources } };
}

/**
 * Every fact present names a source, and no source names an absent fact: a fact an open-data
 * step added without one is credited to the entry's own source (that of its name).
 */
function normalizeSources(o: Outlet): void {
  const record = o as unknown as Record<string, unknown>;
  for (const f of FACT_FIELDS) {
    if (!isPresent(record[f])) delete o.sources[f];
    else o.sources[f] ??= o.sources.name ?? 'curated';
  }
  for (const key of Object.keys(o.sources)) {
    const lang = /^names\.([a-z]{2})$/.exec(key)?.[1];
    if (lang && !o.names[lang]) delete o.sources[key];
  }
}

/** Two curated entries with one id or one address are a curator's slip: stop the build there. */
function checkCurated(outlets: Outlet[]): void {
  const ids = new Set<string>();
  const domains = new Map<string, string>();
  for (const o of outlets) {
    if (ids.has(o.id)) throw new Error(`curated: two outlets with id ${o.id}`);
    ids.add(o.id);
    for (const d of o.domains) {
      const other = domains.get(d);
      if (other) throw new Error(`curated: ${d} is on ${other} and ${o.id}`);
      domains.set(d, o.id);
    }
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the whole catalog. Pure and deterministic: same inputs, same output. */
export function buildCatalog(inputs: BuildInputs): Catalog {
  const outlets: Outlet[] = inputs.curated.map((c) => curatedOutlet(structuredClone(c)));
  checkCurated(outlets);
  const skipped: string[] = [];
  const declared = inputs.ambiguous.map((a) => a.alias);
  const openDataAliases = mergeOpenData(outlets, declared, inputs, skipped);
  const wikidata = importWikidata(
    outlets,
    [...declared, ...openDataAliases.keys()],
    inputs.wikidataJsonl,
    (m) => skipped.push(m),
  );
  outlets.push(...wikidata.added);
  inputs.onWikidata?.(wikidata);
  applyNameOverlays(outlets, inputs.nameOverlays);
  addArticleLessNames(outlets, [...declared, ...openDataAliases.keys()]);
  addDerivedShortNames(outlets);
  outlets.forEach(normalizeSources);

  // Two open-data outlets with the same name ("The Star" in Kenya and Malaysia) are declared ambiguous.
  const ambiguous = inputs.ambiguous.map((a) => ({
    alias: a.alias,
    outlets: [...a.outlets].sort(),
  }));
  for (const [alias, ids] of openDataAliases) {
    if (ids.length > 1) ambiguous.push({ alias, outlets: [...ids].sort() });
  }
  ambiguous.sort((a, b) => (lc(a.alias) < lc(b.alias) ? -1 : lc(a.alias) > lc(b.alias) ? 1 : 0));
  outlets.sort(byId);
  if (inputs.onSkip) for (const line of skipped) inputs.onSkip(line);
  return { version: CATALOG_VERSION, sources: SOURCES, ambiguous, outlets };
}
