import { Automaton } from './automaton';
import type { Catalog, Outlet } from './catalog-schema';
import { foldText, isUnspacedScriptUnit, isWordUnit } from './text';
import type { OutletMention } from './types';

/** One alias spelling and every outlet it may denote. */
export interface AliasEntry {
  /** The alias as written in the catalog. */
  alias: string;
  outletIds: string[];
  /** Abbreviations must match with their exact letter case ("AP", not "ap"). */
  isAbbreviation: boolean;
  /** Word-boundary checks apply on each side unless the script is written without spaces. */
  needsLeftBoundary: boolean;
  needsRightBoundary: boolean;
}

/** The catalog's aliases compiled into one automaton, plus lookups by id. */
export interface AliasIndex {
  automaton: Automaton<AliasEntry>;
  outlets: Map<string, Outlet>;
  /** Number of distinct alias spellings. */
  aliasCount: number;
}

function addAlias(
  entries: Map<string, AliasEntry>,
  alias: string,
  outletId: string,
  isAbbreviation: boolean,
): void {
  const trimmed = alias.trim();
  if (trimmed.length < 2) return;
  const key = (isAbbreviation ? 'A:' + trimmed : 'N:' + foldText(trimmed)) as string;
  const existing = entries.get(key);
  if (existing) {
    if (!existing.outletIds.includes(outletId)) existing.outletIds.push(outletId);
    return;
  }
  entries.set(key, {
    alias: trimmed,
    outletIds: [outletId],
    isAbbreviation,
    needsLeftBoundary: !isUnspacedScriptUnit(trimmed.charCodeAt(0)),
    needsRightBoundary: !isUnspacedScriptUnit(trimmed.charCodeAt(trimmed.length - 1)),
  });
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
    // Domains are written as names too ("Source: baoquocte.vn", "reported by Politico.com").
    for (const domain of outlet.domains) addAlias(entries, domain, outlet.id, false);
  }
  const automaton = new Automaton<AliasEntry>();
  for (const entry of entries.values()) automaton.add(foldText(entry.alias), entry);
  automaton.build();
  return { automaton, outlets, aliasCount: entries.size };
}

/** True when an abbreviation's surface has an acceptable letter case. */
function hasAbbreviationCase(surface: string, alias: string): boolean {
  if (surface === alias) return true;
  // Some newsrooms write wire names in title case ("Ansa", "Cnn", "Ap"): accept that form when
  // the alias is all capitals, but not all-lowercase ("ap", "spa" are ordinary words).
  if (alias.length >= 2 && alias === alias.toUpperCase()) {
    const title = alias[0] + alias.slice(1).toLowerCase();
    return surface === title;
  }
  return false;
}

/**
 * Finds every catalog alias in `text` in one pass, keeps those on word boundaries with an
 * acceptable letter case, and resolves overlaps leftmost-longest. Offsets index into `text`.
 */
export function findMentions(text: string, index: AliasIndex): OutletMention[] {
  const folded = foldText(text);
  const hits: OutletMention[] = [];
  index.automaton.scan(folded, ({ start, end, value }) => {
    if (value.needsLeftBoundary && start > 0 && isWordUnit(text.charCodeAt(start - 1))) return;
    if (value.needsRightBoundary && end < text.length && isWordUnit(text.charCodeAt(end))) return;
    const surface = text.slice(start, end);
    if (value.isAbbreviation && !hasAbbreviationCase(surface, value.alias)) return;
    hits.push({
      outletIds: value.outletIds,
      surface,
      start,
      end,
      isAbbreviation: value.isAbbreviation,
    });
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OutletMention[] = [];
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < lastEnd) {
      // Same span from a name and an abbreviation: merge the outlets it may denote.
      const prev = kept[kept.length - 1];
      if (prev.start === hit.start && prev.end === hit.end) {
        for (const id of hit.outletIds) if (!prev.outletIds.includes(id)) prev.outletIds.push(id);
      }
      continue;
    }
    kept.push({ ...hit, outletIds: [...hit.outletIds] });
    lastEnd = hit.end;
  }
  return kept;
}
