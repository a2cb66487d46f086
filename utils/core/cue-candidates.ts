/**
 * Which rules of a list can match around one mention, without looking at each. A cue step tries
 * some 600 rules per mention in order, and nearly all fail the literal prefilter
 * (cue-prefilter.ts); checking them one by one was the largest part of a report. Each rule is
 * filed under the literals of one clause of its requirement (a clause: one of these words must
 * be in the window), so the words a mention's windows hold name the only rules worth trying.
 * Rules with no requirement are always tried. A rule left out would have failed its own
 * prefilter check, so the first rule that matches, and so the answer, is the same.
 */
import { cueRequirement } from './cue-prefilter';
import type { LanguagePack } from './lang/pack';
import type { RuleSet } from './lang/registry';

/** The side of the name a pattern reads. */
export type CueSide = 'before' | 'after';

export interface CueIndex {
  size: number;
  /** Positions of rules that are always tried. */
  always: number[];
  /** Literal id → positions of the rules filed under it, per side. */
  bySide: Record<CueSide, Map<number, number[]>>;
  /** The languages whose window variants the filed rules of each side read. */
  langs: Record<CueSide, (LanguagePack | null)[]>;
}

/** The clause a rule is filed under: the one with the fewest words (the first of those). */
function bestClause(set: RuleSet): { side: CueSide; clause: Int32Array } | null {
  let best: { side: CueSide; clause: Int32Array } | null = null;
  for (const side of ['before', 'after'] as const) {
    const re = set.rule[side];
    const need = re && cueRequirement(re);
    for (const clause of need ?? []) {
      if (!best || clause.length < best.clause.length) best = { side, clause };
    }
  }
  return best;
}

function buildIndex(sets: RuleSet[]): CueIndex {
  const index: CueIndex = {
    size: sets.length,
    always: [],
    bySide: { before: new Map(), after: new Map() },
    langs: { before: [], after: [] },
  };
  sets.forEach((set, p) => {
    const filed = bestClause(set);
    if (!filed) {
      index.always.push(p);
      return;
    }
    const map = index.bySide[filed.side];
    for (const id of filed.clause) {
      const list = map.get(id);
      if (list) list.push(p);
      else map.set(id, [p]);
    }
    if (!index.langs[filed.side].includes(set.lang)) index.langs[filed.side].push(set.lang);
  });
  return index;
}

const indexes = new WeakMap<RuleSet[], CueIndex>();

/** The index of a rule list (built on its first use, kept while the list lives). */
export function cueIndexOf(sets: RuleSet[]): CueIndex {
  let index = indexes.get(sets);
  if (!index) {
    index = buildIndex(sets);
    indexes.set(sets, index);
  }
  return index;
}

/**
 * Marks the rules to try: `wordsOf(lang, side)` gives the words of one language's window
 * variants on one side. Returns a flag per rule position.
 */
export function rulesToTry(
  index: CueIndex,
  wordsOf: (lang: LanguagePack | null, side: CueSide) => Set<number>,
): Uint8Array {
  const marks = new Uint8Array(index.size);
  for (const p of index.always) marks[p] = 1;
  for (const side of ['before', 'after'] as const) {
    const map = index.bySide[side];
    const seen = new Set<Set<number>>();
    for (const lang of index.langs[side]) {
      const words = wordsOf(lang, side);
      if (seen.has(words)) continue;
      seen.add(words);
      for (const id of words) {
        const list = map.get(id);
        if (list) for (const p of list) marks[p] = 1;
      }
    }
  }
  return marks;
}
