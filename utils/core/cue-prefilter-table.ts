/**
 * The cue prefilter (cue-prefilter.ts) as JSON, for the extension's build to compute ahead of
 * time (core-tables.ts): reading the required words of ~1,000 cue patterns and building their
 * automaton was nine tenths of the first report after the background started. A table is read
 * only when every pattern it was written from is there, in the same order, with the same
 * source length and flags; otherwise the prefilter is built afresh.
 */
import { Automaton } from './automaton';
import type { TrieTable } from './automaton-table';
import { mayBeSkipped, type PrefilterParts } from './cue-prefilter';
import { decodeCounts, encodeCounts } from './table-codec';

export interface PrefilterTable {
  /** The required words' trie; a word's id is its pattern's in `ids`. */
  trie: TrieTable;
  ids: string;
  idCount: number;
  /** Per cue pattern: its source's length and flags. */
  patterns: [number, string][];
  /** Per cue pattern: its number of clauses, then each clause's length and literal ids. */
  needs: string;
}

/** The prefilter of `patterns` as JSON. */
export function writePrefilterTable(parts: PrefilterParts, patterns: RegExp[]): PrefilterTable {
  const { trie, values } = parts.automaton.toTable();
  const needs: number[] = [];
  for (const re of patterns) {
    const need = parts.needs.get(re) ?? [];
    needs.push(need.length);
    for (const clause of need) needs.push(clause.length, ...clause);
  }
  return {
    trie,
    // Each required word is one pattern of the automaton, with one id.
    ids: encodeCounts(values.map((ids) => ids[0])),
    idCount: parts.idCount,
    patterns: patterns.map((re) => [re.source.length, re.flags]),
    needs: encodeCounts(needs),
  };
}

/** The prefilter a table holds for `patterns`, or null when it was written from others. */
export function readPrefilterTable(
  table: PrefilterTable,
  patterns: RegExp[],
): PrefilterParts | null {
  if (table.patterns.length !== patterns.length) return null;
  for (let i = 0; i < patterns.length; i++) {
    const [length, flags] = table.patterns[i];
    if (patterns[i].source.length !== length || patterns[i].flags !== flags) return null;
  }
  const needs: PrefilterParts['needs'] = new Map();
  const list = decodeCounts(table.needs);
  for (let i = 0, at = 0; i < patterns.length; i++) {
    const clauses: Int32Array[] = [];
    for (let count = list[at++]; clauses.length < count; at += list[at] + 1)
      clauses.push(list.slice(at + 1, at + 1 + list[at]));
    if (clauses.length && mayBeSkipped(patterns[i])) needs.set(patterns[i], clauses);
  }
  const ids = decodeCounts(table.ids);
  const automaton = Automaton.fromTable<number>(table.trie, (count) =>
    Array.from({ length: count }, (_, k) => [ids[k]]),
  );
  return { automaton, idCount: table.idCount, needs };
}
