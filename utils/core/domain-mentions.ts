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

/** Letters, digits, hyphens and dots: what a written address is made of (folded text). */
function isAddressUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Most labels a domain in the catalog has ("news.example.co.uk" has four). */
const MAX_LABELS = 6;
/** No domain is longer (RFC 1035); longer runs are not addresses and are not split up. */
const MAX_ADDRESS_LENGTH = 253;

/**
 * Calls `onHit` for every catalog domain written in `folded` on label boundaries: a whole dotted
 * word ("bbc.com"), or a part of one starting and ending at a dot ("news.bbc.co.uk" → bbc.co.uk).
 * Only runs of address units holding a dot can be addresses, so the scan jumps from dot to dot
 * (`indexOf`) and reads each run around one once, with plain loops: a regular expression for
 * dotted words backtracks over every long run of letters, quadratic in its length, and a test of
 * every unit of the text cost as much as the rest of the name scan's checks.
 */
export function scanDomains(
  folded: string,
  domains: DomainAliases,
  onHit: (start: number, end: number, value: AliasEntry) => void,
): void {
  if (!domains.size) return;
  const n = folded.length;
  // `done`: the end of the last run read; a dot before it belongs to that run.
  for (let dot = folded.indexOf('.'), done = 0; dot >= 0; dot = folded.indexOf('.', done)) {
    let i = dot;
    while (i > done && isAddressUnit(folded.charCodeAt(i - 1))) i--;
    let j = dot + 1;
    while (j < n && isAddressUnit(folded.charCodeAt(j))) j++;
    if (j - i <= MAX_ADDRESS_LENGTH) scanRun(folded, i, j, domains, onHit);
    done = j;
  }
}

/** The label-aligned parts of one run [from, to) that are catalog domains. */
function scanRun(
  folded: string,
  from: number,
  to: number,
  domains: DomainAliases,
  onHit: (start: number, end: number, value: AliasEntry) => void,
): void {
  const starts = [from];
  for (let k = from; k < to; k++) if (folded.charCodeAt(k) === 46) starts.push(k + 1);
  const ends = [...starts.slice(1).map((s) => s - 1), to];
  for (let a = 0; a < starts.length; a++) {
    for (let b = a + 1; b < ends.length && b - a < MAX_LABELS; b++) {
      const entry = domains.get(folded.slice(starts[a], ends[b]));
      if (entry) onHit(starts[a], ends[b], entry);
    }
  }
}
