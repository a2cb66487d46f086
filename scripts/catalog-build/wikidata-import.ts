/** The Wikidata step of the build: merge what the catalog has, add the rest as new outlets. */
import type { Outlet } from '../../utils/core/catalog-schema';
import { parseWikidataRows, type WikidataPaper, wikidataPapers } from './wikidata';
import { findExisting, lookupOf, mergeConflict, mergePaper, namesAgree } from './wikidata-merge';
import { newOutlets } from './wikidata-new';

/** What the import did, for the build's log. */
export interface WikidataImport {
  added: Outlet[];
  merged: number;
  /** Papers left out, by reason. */
  left: Record<string, number>;
}

/**
 * Merges the papers of `jsonl` into `outlets` (in place) and returns the new outlets. Dissolved
 * papers and papers without a country are left out unless an outlet already stands for them (a
 * curated entry keeps a dissolved paper by carrying its QID); a paper at another outlet's address
 * that Wikidata places in another country is left out and reported through `onSkip`.
 */
export function importWikidata(
  outlets: Outlet[],
  ambiguousAliases: string[],
  jsonl: string,
  onSkip: (message: string) => void,
): WikidataImport {
  const papers = wikidataPapers(parseWikidataRows(jsonl));
  const lookup = lookupOf(outlets, ambiguousAliases);
  const keptByCurated = new Set(
    outlets.filter((o) => o.wikidata && o.sources.wikidata === 'curated').map((o) => o.wikidata),
  );
  const fresh: WikidataPaper[] = [];
  const left: Record<string, number> = {};
  const leave = (reason: string) => (left[reason] = (left[reason] ?? 0) + 1);
  let merged = 0;
  for (const p of papers) {
    if (p.isOutOfScope) leave('not a news publication');
    else if (p.dissolved && !keptByCurated.has(p.qid)) leave('dissolved');
    else {
      const o = findExisting(p, lookup);
      const conflict = o && mergeConflict(p, o);
      if (o && !conflict) {
        mergePaper(o, p, lookup);
        lookup.byQid.set(p.qid, o);
        merged++;
      } else if (conflict && !o.wikidata && namesAgree(p, o)) {
        onSkip(`wikidata: ${p.qid} ${p.label}: ${conflict}`);
        leave('conflicts with an outlet at its address');
      } else if (!p.country) leave('no country');
      // Another item already took this outlet (a sister edition at the same address): new outlet.
      else fresh.push(p);
    }
  }
  const added = newOutlets(fresh, lookup, new Set(outlets.map((o) => o.id)));
  return { added, merged, left };
}
