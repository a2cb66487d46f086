/**
 * Web addresses written in the text ("Source: baoquocte.vn", "reported by Politico.com") as
 * mentions of the outlets at those addresses. Found by a scan for dotted words and one map lookup
 * per label-aligned part of each, rather than as automaton patterns: the catalog's ~7,000 domains
 * would be about half of the automaton's nodes, and its build is part of the background's
 * start-up. Same boundary and case rules as names (the caller's `onHit` applies them).
 */
import type { AliasEntry } from './alias-index';
import type { Outlet } from './catalog-schema';

/** Folded domain (lower case) → its alias entry. */
export type DomainAliases = Map<string, AliasEntry>;

/** One entry per catalog domain or host. */
export function buildDomainAliases(outlets: Iterable<Outlet>): DomainAliases {
  const map: DomainAliases = new Map();
  for (const o of outlets) {
    for (const d of o.domains) {
      const key = d.toLowerCase();
      const entry = map.get(key);
      if (entry) {
        if (!entry.outletIds.includes(o.id)) entry.outletIds.push(o.id);
        continue;
      }
      map.set(key, {
        alias: d,
        outletIds: [o.id],
        isAbbreviation: false,
        isShortForm: false,
        needsLeftBoundary: true,
        needsRightBoundary: true,
      });
    }
  }
  return map;
}

/** A dotted word of ASCII letters, digits and hyphens (in folded text, so lower case). */
const DOTTED = /[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+/g;
/** Most labels a domain in the catalog has ("news.example.co.uk" has four). */
const MAX_LABELS = 6;

/**
 * Calls `onHit` for every catalog domain written in `folded` on label boundaries: a whole dotted
 * word ("bbc.com"), or a part of one starting and ending at a dot ("news.bbc.co.uk" → bbc.co.uk).
 */
export function scanDomains(
  folded: string,
  domains: DomainAliases,
  onHit: (start: number, end: number, value: AliasEntry) => void,
): void {
  if (!domains.size) return;
  for (const m of folded.matchAll(DOTTED)) {
    const word = m[0];
    const starts = [0];
    for (let i = word.indexOf('.'); i >= 0; i = word.indexOf('.', i + 1)) starts.push(i + 1);
    const ends = [...starts.slice(1).map((s) => s - 1), word.length];
    for (let a = 0; a < starts.length; a++) {
      for (let b = a + 1; b < ends.length && b - a < MAX_LABELS; b++) {
        const entry = domains.get(word.slice(starts[a], ends[b]));
        if (entry) onHit(m.index + starts[a], m.index + ends[b], entry);
      }
    }
  }
}
