/**
 * The catalog's shape, and its validation. Checked by hand rather than with a schema library:
 * the background validates all ~7,000 outlets each time the browser starts its worker, and a
 * valibot pass took 40–90 ms of the 120 ms start-up budget where these checks take a few.
 * The rules for each field are in `checkOutlet` (catalog-check.ts); tests/unit/catalog-check.test.ts
 * holds them to a table of bad entries.
 */
import { checkHeader, checkOutlet } from './catalog-check';

/** The kinds of outlet the catalog knows. */
export const OUTLET_TYPES = [
  'news-agency',
  'newspaper',
  'broadcaster',
  'magazine',
  'online',
  'other',
] as const;

/**
 * State Media Matrix typology (ASD at GMF): SC state-controlled, ISFM independent state-funded
 * and state-managed, ISF independent state-funded, ISM independent state-managed, CaPu captured
 * public, CaPr captured private, IP independent public.
 */
export const STATE_TYPOLOGIES = ['SC', 'ISFM', 'ISF', 'ISM', 'CaPu', 'CaPr', 'IP'] as const;

export type OutletType = (typeof OUTLET_TYPES)[number];
export type StateTypology = (typeof STATE_TYPOLOGIES)[number];

export interface StateAffiliation {
  typology: StateTypology;
  /** Id of the entry in `Catalog.sources` the typology comes from. */
  source: string;
}

export interface Outlet {
  /** Stable kebab-case id; never reused for another outlet. */
  id: string;
  /** Canonical display name (usually the outlet's own, in its own language). */
  name: string;
  /** Names as they appear in running text, by ISO 639-1 language; matched case-insensitively. */
  names: Record<string, string[]>;
  /** Short forms matched case-sensitively: AP, AFP, dpa, PTI. */
  abbreviations: string[];
  /**
   * Names too common or too widely shared to match on their own ("the Herald", "Kurier", "El
   * Diario"): never plain aliases. A mention of one is a credit only when the context says so
   * (the full name elsewhere in the text, the publisher, a site of the same country: the engine's
   * context vote decides).
   */
  shortNames?: string[];
  /** Registrable domains, or hosts on a shared platform (no scheme, no www). */
  domains: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 639-1. */
  languages: string[];
  type: OutletType;
  owner?: string;
  /** Id of a parent outlet in this catalog (a broadcaster's programme, a wire's picture service). */
  parent?: string;
  stateAffiliation?: StateAffiliation;
  /** Wikidata item id ("Q…"); taken from Wikidata's own data, never typed from memory. */
  wikidata?: string;
  /** Site-search URL template; `{query}` is replaced by the URI-encoded terms. */
  search?: string;
  feeds?: string[];
  /**
   * Where each fact came from: field name → id in `Catalog.sources`; `names.<lang>` when the
   * names in one language come from elsewhere than the rest.
   */
  sources: Record<string, string>;
}

export interface CatalogSource {
  id: string;
  name: string;
  url?: string;
  license: string;
  /** True when the facts credited to this source are the build's inferences, not data. */
  inferred?: boolean;
}

export interface Ambiguity {
  /** The alias as written; compared case-insensitively. */
  alias: string;
  /** Every outlet the alias may mean (two or more). */
  outlets: string[];
}

export interface Catalog {
  version: number;
  sources: CatalogSource[];
  /** Aliases deliberately shared by several outlets ("The Times", "Sun"). */
  ambiguous: Ambiguity[];
  outlets: Outlet[];
}

/**
 * The fields that are facts about an outlet, each of which names its source. In the file, an
 * outlet's `sources` may give one default as `"*"`: every fact present without its own entry
 * comes from there (so a Wikidata paper reads `{"*": "wikidata", "country": "inferred-cctld"}`).
 */
export const FACT_FIELDS = [
  'name',
  'names',
  'abbreviations',
  'shortNames',
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
] as const;

/** Result of validating a catalog: the valid outlets, and a message per rejected entry. */
export interface ParsedCatalog {
  catalog: Catalog;
  errors: string[];
}

/**
 * Validates raw catalog JSON (the file's compact form) and expands it. Invalid outlets are
 * dropped and reported in `errors` rather than failing the whole catalog (a single bad entry
 * must not blind the extension). Throws only when the top-level shape itself is wrong.
 */
export function parseCatalog(raw: unknown): ParsedCatalog {
  const header = checkHeader(raw);
  const errors: string[] = [];
  const outlets: Outlet[] = [];
  header.outlets.forEach((entry, i) => {
    const result = checkOutlet(entry);
    if (typeof result !== 'string') outlets.push(result);
    else {
      const id = (entry as { id?: unknown } | null)?.id;
      errors.push(`outlet #${i} (${String(id)}): ${result}`);
    }
  });
  return {
    catalog: {
      version: header.version,
      sources: header.sources,
      ambiguous: header.ambiguous,
      outlets,
    },
    errors,
  };
}
