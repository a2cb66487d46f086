import { addAlias, addContracted, addStems, addUnqualified, addVariants } from './alias-entries';
import { Automaton } from './automaton';
import type { Catalog, Outlet } from './catalog-schema';
import { buildDomainAliases, type DomainAliases } from './domain-mentions';
import { normalizeName } from './normalize';

/**
 * The catalog's names compiled for matching: every spelling an outlet may be written with
 * (alias-entries.ts) in one automaton. Matching them in a text is find-mentions.ts's part.
 */

/** One alias spelling and every outlet it may denote. */
export interface AliasEntry {
  /** The alias as written in the catalog. */
  alias: string;
  outletIds: string[];
  /** Abbreviations must match with their exact letter case ("AP", not "ap"). */
  isAbbreviation: boolean;
  /** A short form derived from a longer name ("the Journal"); see `OutletMention.shortForm`. */
  isShortForm: boolean;
  /** Word-boundary checks apply on each side unless the script is written without spaces. */
  needsLeftBoundary: boolean;
  needsRightBoundary: boolean;
  /**
   * For an oblique stem of a name ("Iltalehde" of "Iltalehti"): the language whose endings may
   * follow it, whatever the article's language.
   */
  stemOf?: string;
  /**
   * For the rest of a name after its article ("Monde" of "Le Monde"): the contracted articles it
   * must stand behind ("du", "au"; article-forms.ts).
   */
  afterArticle?: string[];
  /** For the rest of an Arabic name after al- ("لجزيرة"): it must follow the preposition ل. */
  afterLam?: boolean;
}

/** The catalog's aliases compiled into one automaton, plus lookups by id. */
export interface AliasIndex {
  automaton: Automaton<AliasEntry>;
  /** Catalog domains, matched where the text writes an address (see domain-mentions.ts). */
  domains: DomainAliases;
  outlets: Map<string, Outlet>;
  /** Number of distinct alias spellings. */
  aliasCount: number;
  /**
   * Outlets named bare only through a bracketed qualifier ("NTV (Turkey)"): the namesakes abroad
   * of whoever has the name outright.
   */
  qualified?: ReadonlySet<string>;
}

/** Compiles the catalog's names and abbreviations into an `AliasIndex`. Built once per catalog. */
export function buildAliasIndex(catalog: Pick<Catalog, 'outlets'>): AliasIndex {
  const entries = new Map<string, AliasEntry>();
  const outlets = new Map<string, Outlet>();
  for (const outlet of catalog.outlets) {
    outlets.set(outlet.id, outlet);
    for (const names of Object.values(outlet.names)) {
      for (const name of names) addAlias(entries, name, outlet.id, false);
    }
    for (const abbr of outlet.abbreviations ?? []) addAlias(entries, abbr, outlet.id, true);
  }
  for (const outlet of catalog.outlets) {
    addStems(entries, outlet);
    addContracted(entries, outlet);
  }
  for (const outlet of catalog.outlets) addVariants(entries, outlet);
  // Short names ("the Journal", "Kurier") come from the catalog (its build derives and checks
  // them); they count only in context (detect.ts), never as plain aliases.
  for (const outlet of catalog.outlets) {
    for (const short of outlet.shortNames ?? []) addAlias(entries, short, outlet.id, false, true);
  }
  // Bare names from qualifiers last: they join the catalog's own names and short names.
  const qualified = new Set<string>();
  for (const outlet of catalog.outlets)
    if (addUnqualified(entries, outlet)) qualified.add(outlet.id);
  const automaton = new Automaton<AliasEntry>();
  for (const entry of entries.values()) automaton.add(normalizeName(entry.alias), entry);
  automaton.build();
  // Domains are written as names too ("Source: baoquocte.vn"); they are found apart.
  const domains = buildDomainAliases(catalog.outlets);
  return { automaton, domains, outlets, aliasCount: entries.size + domains.size, qualified };
}
