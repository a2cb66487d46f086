import * as v from 'valibot';

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

const Iso2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be ISO 3166-1 alpha-2'));
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'language must be ISO 639-1'));
const Domain = v.pipe(
  v.string(),
  v.regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'domain must be a bare lowercase host, no scheme'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

export const StateAffiliationSchema = v.object({
  typology: v.picklist(STATE_TYPOLOGIES),
  /** Id of the entry in `Catalog.sources` the typology comes from. */
  source: NonEmpty,
});

export const OutletSchema = v.object({
  /** Stable kebab-case id; never reused for another outlet. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case')),
  /** Canonical display name (usually the outlet's own, in its own language). */
  name: NonEmpty,
  /** Names as they appear in running text, by ISO 639-1 language; matched case-insensitively. */
  names: v.record(Lang, v.array(NonEmpty)),
  /** Short forms matched case-sensitively: AP, AFP, dpa, PTI. */
  abbreviations: v.optional(v.array(NonEmpty), []),
  /** Registrable domains (no scheme, no www). */
  domains: v.array(Domain),
  country: Iso2,
  languages: v.array(Lang),
  type: v.picklist(OUTLET_TYPES),
  owner: v.optional(NonEmpty),
  /** Id of a parent outlet in this catalog (e.g. a picture service of a wire). */
  parent: v.optional(NonEmpty),
  stateAffiliation: v.optional(StateAffiliationSchema),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/))),
  /** Site-search URL template; `{query}` is replaced by the URI-encoded terms. */
  search: v.optional(v.pipe(v.string(), v.url(), v.includes('{query}'))),
  feeds: v.optional(v.array(v.pipe(v.string(), v.url()))),
  /** Where each fact came from: field name → id in `Catalog.sources`. */
  sources: v.record(NonEmpty, NonEmpty),
});

export const SourceSchema = v.object({
  id: NonEmpty,
  name: NonEmpty,
  url: v.optional(v.pipe(v.string(), v.url())),
  license: NonEmpty,
});

export const AmbiguitySchema = v.object({
  /** The alias as written; compared case-insensitively. */
  alias: NonEmpty,
  /** Every outlet the alias may mean. */
  outlets: v.pipe(v.array(NonEmpty), v.minLength(2)),
});

export const CatalogSchema = v.object({
  version: v.number(),
  sources: v.array(SourceSchema),
  /** Aliases deliberately shared by several outlets ("The Times", "Sun"). */
  ambiguous: v.array(AmbiguitySchema),
  outlets: v.array(OutletSchema),
});

export type OutletType = (typeof OUTLET_TYPES)[number];
export type StateTypology = (typeof STATE_TYPOLOGIES)[number];
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type Catalog = v.InferOutput<typeof CatalogSchema>;
export type CatalogSource = v.InferOutput<typeof SourceSchema>;

/** Result of validating a catalog: the valid outlets, and a message per rejected entry. */
export interface ParsedCatalog {
  catalog: Catalog;
  errors: string[];
}

/**
 * Validates raw catalog JSON. Invalid outlets are dropped and reported in `errors` rather
 * than failing the whole catalog (a single bad entry must not blind the extension).
 * Throws only when the top-level shape itself is wrong.
 */
export function parseCatalog(raw: unknown): ParsedCatalog {
  const top = v.parse(
    v.object({
      version: v.number(),
      sources: v.array(SourceSchema),
      ambiguous: v.array(AmbiguitySchema),
      outlets: v.array(v.unknown()),
    }),
    raw,
  );
  const errors: string[] = [];
  const outlets: Outlet[] = [];
  for (const [i, entry] of top.outlets.entries()) {
    const result = v.safeParse(OutletSchema, entry);
    if (result.success) outlets.push(result.output);
    else {
      const id = (entry as { id?: unknown })?.id;
      errors.push(
        `outlet #${i} (${String(id)}): ${result.issues.map((x) => x.message).join('; ')}`,
      );
    }
  }
  return { catalog: { ...top, outlets }, errors };
}
