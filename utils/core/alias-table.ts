/**
 * The alias index (alias-index.ts) as JSON, for the extension's build to compute ahead of time
 * (core-tables.ts): deriving every spelling of ~10,000 outlets (stems, variants, folded forms)
 * and laying out their trie was most of the background's start-up, and a service worker starts
 * again after every pause. Reading the table back gives the same index, entry for entry; it is
 * used only for the catalog it was written from.
 *
 * Entries are written column by column (table-codec.ts). Most aliases are their pattern (the
 * folded spelling the trie already holds) with some letters in capitals, so only the
 * capitals' places are written for them.
 */
import type { AliasEntry, AliasIndex } from './alias-index';
import { Automaton } from './automaton';
import type { TrieTable } from './automaton-table';
import type { Catalog } from './catalog-schema';
import { buildDomainAliases } from './domain-mentions';
import { normalizeName } from './normalize';
import { decodeCounts, encodeCounts, joinLines } from './table-codec';

export interface AliasTable {
  /** Which catalog the table was written from (`catalogKey`). */
  catalog: string;
  trie: TrieTable;
  /** Per pattern: its number of entries. */
  entries: string;
  /** Per entry: flags (`FLAGS`, then `SPELLED`, `STEM`, `ARTICLES`, `LAM`). */
  flags: string;
  /** Per entry: its number of outlets, then their places in the catalog. */
  outlets: string;
  /** The aliases not spelled by their pattern and capitals, one per line. */
  aliases: string;
  /** Per alias spelled by its pattern: its number of capitals, then each one's distance from the last. */
  capitals: string;
  /** `stemOf` of each stem entry, one per line. */
  stems: string;
  afterArticle: string[][];
  /** Distinct spellings in the automaton (`AliasIndex.aliasCount` without the domains). */
  names: number;
  /** `AliasIndex.qualified`: the outlets' places in the catalog. */
  qualified: string;
}

/** Bit k of an entry's flags, in this order (`readAliasTable` reads them bit by bit). */
const FLAGS = [
  'isAbbreviation',
  'isShortForm',
  'needsLeftBoundary',
  'needsRightBoundary',
] as const satisfies readonly (keyof AliasEntry)[];
const SPELLED = 1 << 4;
const STEM = 1 << 5;
const ARTICLES = 1 << 6;
const LAM = 1 << 7;

/**
 * A fingerprint of a catalog's outlets (their number and ids): a table is read only for the
 * catalog it was written from. The build writes it from the catalog it bundles, so a catalog
 * with an entry dropped by validation (or any other) gets a different key and is indexed afresh.
 */
export function catalogKey(catalog: Pick<Catalog, 'outlets'>): string {
  let h = 0x811c9dc5;
  for (const o of catalog.outlets) {
    for (let i = 0; i < o.id.length; i++) h = Math.imul(h ^ o.id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `${catalog.outlets.length}:${(h >>> 0).toString(36)}`;
}

/** `pattern` with its letters at `places` in capitals. */
function capitalize(pattern: string, places: ArrayLike<number>, from = 0, count = places.length) {
  let out = '';
  let last = 0;
  for (let i = from, at = -1; i < from + count; i++) {
    at += places[i] + 1;
    out += pattern.slice(last, at) + pattern[at].toUpperCase();
    last = at + 1;
  }
  return out + pattern.slice(last);
}

/** The places of an alias's capitals when its pattern spells it so, else null. */
function capitalsOf(alias: string, pattern: string): number[] | null {
  if (alias.length !== pattern.length) return null;
  const places: number[] = [];
  for (let i = 0, last = -1; i < alias.length; i++) {
    if (alias[i] === pattern[i]) continue;
    places.push(i - last - 1);
    last = i;
  }
  return capitalize(pattern, places) === alias ? places : null;
}

/** The index as JSON. */
export function writeAliasTable(index: AliasIndex, catalog: Pick<Catalog, 'outlets'>): AliasTable {
  const position = new Map(catalog.outlets.map((o, k) => [o.id, k]));
  const { trie, values } = index.automaton.toTable();
  const counts: number[] = [];
  const flags: number[] = [];
  const outlets: number[] = [];
  const aliases: string[] = [];
  const capitals: number[] = [];
  const stems: string[] = [];
  const afterArticle: string[][] = [];
  for (const list of values) {
    counts.push(list.length);
    for (const e of list) {
      const places = capitalsOf(e.alias, normalizeName(e.alias));
      let f = FLAGS.reduce((bits, name, bit) => (e[name] ? bits | (1 << bit) : bits), 0);
      if (places) {
        f |= SPELLED;
        capitals.push(places.length, ...places);
      } else aliases.push(e.alias);
      if (e.stemOf !== undefined) {
        f |= STEM;
        stems.push(e.stemOf);
      }
      if (e.afterArticle) {
        f |= ARTICLES;
        afterArticle.push(e.afterArticle);
      }
      if (e.afterLam) f |= LAM;
      flags.push(f);
      outlets.push(e.outletIds.length, ...e.outletIds.map((id) => position.get(id)!));
    }
  }
  return {
    catalog: catalogKey(catalog),
    trie,
    entries: encodeCounts(counts),
    flags: encodeCounts(flags),
    outlets: encodeCounts(outlets),
    aliases: joinLines(aliases),
    capitals: encodeCounts(capitals),
    stems: joinLines(stems),
    afterArticle,
    names: index.aliasCount - index.domains.size,
    qualified: encodeCounts([...(index.qualified ?? [])].map((id) => position.get(id)!)),
  };
}

/** The index `writeAliasTable` wrote for `catalog`, or null when it was written from another. */
export function readAliasTable(table: AliasTable, catalog: Catalog): AliasIndex | null {
  if (table.catalog !== catalogKey(catalog)) return null;
  const ids = catalog.outlets.map((o) => o.id);
  const counts = decodeCounts(table.entries);
  const flags = decodeCounts(table.flags);
  const outlets = decodeCounts(table.outlets);
  const capitals = decodeCounts(table.capitals);
  const aliases = table.aliases.split('\n');
  const stems = table.stems.split('\n');
  let [e, o, c, a, s, r] = [0, 0, 0, 0, 0, 0];
  const entry = (pattern: (output: number) => string, k: number): AliasEntry => {
    const f = flags[e++];
    let alias: string;
    if (f & SPELLED) {
      alias = capitalize(pattern(k), capitals, c + 1, capitals[c]);
      c += capitals[c] + 1;
    } else alias = aliases[a++];
    const outletIds: string[] = [];
    for (let end = o + 1 + outlets[o], k = o + 1; k < end; k++) outletIds.push(ids[outlets[k]]);
    o += outletIds.length + 1;
    const out: AliasEntry = {
      alias,
      outletIds,
      isAbbreviation: (f & 1) !== 0,
      isShortForm: (f & 2) !== 0,
      needsLeftBoundary: (f & 4) !== 0,
      needsRightBoundary: (f & 8) !== 0,
    };
    if (f & STEM) out.stemOf = stems[s++];
    if (f & ARTICLES) out.afterArticle = table.afterArticle[r++];
    if (f & LAM) out.afterLam = true;
    return out;
  };
  const automaton = Automaton.fromTable<AliasEntry>(table.trie, (count, pattern) => {
    const lists: AliasEntry[][] = [];
    for (let k = 0; k < count; k++) {
      const list: AliasEntry[] = [];
      for (let j = 0; j < counts[k]; j++) list.push(entry(pattern, k));
      lists.push(list);
    }
    return lists;
  });
  const domains = buildDomainAliases(catalog.outlets);
  const byId = new Map(catalog.outlets.map((x) => [x.id, x]));
  const qualified = new Set(Array.from(decodeCounts(table.qualified), (k) => ids[k]));
  return { automaton, domains, outlets: byId, aliasCount: table.names + domains.size, qualified };
}
