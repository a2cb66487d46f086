/**
 * Which rules of a list can match around one mention, without looking at each. A cue step tries
 * some 600 rules per mention in order, and nearly all fail the literal prefilter
 * (cue-prefilter.ts); checking them one by one was the largest part of a report. Each rule is
 * filed under the literals of one clause of its requirement (a clause: one of these words must
 * be in the window), so the words a mention's windows hold name the only rules worth trying.
 * Rules with no requirement are always tried. A rule left out would have failed its own
 * prefilter check, so the first rule that matches, and so the answer, is the same.
 */
import { cueRequirement, type IdRequirement, type WindowWords } from './cue-prefilter';
import type { LanguagePack } from './lang/pack';
import { PACKS, type RuleSet } from './lang/registry';

/** The side of the name a pattern reads. */
export type CueSide = 'before' | 'after';

export interface CueIndex {
  size: number;
  /** Positions of rules that are always tried. */
  always: number[];
  /** Literal id → positions of the rules filed under it, per side (ids are small and dense). */
  bySide: Record<CueSide, (number[] | undefined)[]>;
}

/** The clause with the fewest words (the first of those), or null for no requirement. */
function fewest(need: IdRequirement | undefined): Int32Array | null {
  let best: Int32Array | null = null;
  for (const clause of need ?? []) if (!best || clause.length < best.length) best = clause;
  return best;
}

/** The clause a rule is filed under: the one with the fewest words (the first of those). */
function bestClause(set: RuleSet): { side: CueSide; clause: Int32Array } | null {
  let best: { side: CueSide; clause: Int32Array } | null = null;
  for (const side of ['before', 'after'] as const) {
    const re = set.rule[side];
    const clause = fewest(re && cueRequirement(re));
    if (clause && (!best || clause.length < best.clause.length)) best = { side, clause };
  }
  return best;
}

/** Literal id → the languages whose descriptor on that side needs it; and those always tried. */
type DescriptorIndex = { byWord: (LanguagePack[] | undefined)[]; always: LanguagePack[] };
let descriptors: Record<CueSide, DescriptorIndex> | null = null;

function buildDescriptorIndex(side: CueSide): DescriptorIndex {
  const index: DescriptorIndex = { byWord: [], always: [] };
  for (const pack of PACKS) {
    const re = side === 'before' ? pack.descBefore : pack.descAfter;
    if (!re) continue;
    const clause = fewest(cueRequirement(re));
    if (!clause) index.always.push(pack);
    else
      for (const id of clause) {
        const list = index.byWord[id];
        if (list) list.push(pack);
        else index.byWord[id] = [pack];
      }
  }
  // Filled out of order, the list may have holes: a packed copy reads faster.
  index.byWord = Array.from(index.byWord, (list) => list);
  return index;
}

/**
 * The languages whose descriptor may match a window holding `words` on `side` (a superset:
 * each still runs its own check). Every other language reads that side as the common layer does.
 */
export function descriptorsToTry(side: CueSide, words: WindowWords): Set<LanguagePack> {
  descriptors ??= { before: buildDescriptorIndex('before'), after: buildDescriptorIndex('after') };
  const { byWord, always } = descriptors[side];
  const out = new Set(always);
  for (const id of words.ids) {
    const packs = byWord[id];
    if (packs) for (const pack of packs) out.add(pack);
  }
  return out;
}

function buildIndex(sets: RuleSet[]): CueIndex {
  const index: CueIndex = {
    size: sets.length,
    always: [],
    bySide: { before: [], after: [] },
  };
  sets.forEach((set, p) => {
    const filed = bestClause(set);
    if (!filed) {
      index.always.push(p);
      return;
    }
    const map = index.bySide[filed.side];
    for (const id of filed.clause) {
      const list = map[id];
      if (list) list.push(p);
      else map[id] = [p];
    }
  });
  // Filled out of order, the lists may have holes: a packed copy reads faster.
  for (const side of ['before', 'after'] as const)
    index.bySide[side] = Array.from(index.bySide[side], (list) => list);
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
 * Marks the rules to try: `wordsOn(side)` gives the word sets of every window variant any
 * language reads on that side (together, a superset of what each language reads). Returns a
 * flag per rule position.
 */
export function rulesToTry(index: CueIndex, wordsOn: (side: CueSide) => WindowWords[]): Uint8Array {
  const marks = new Uint8Array(index.size);
  for (const p of index.always) marks[p] = 1;
  for (const side of ['before', 'after'] as const) {
    const map = index.bySide[side];
    if (!map.length) continue;
    for (const words of wordsOn(side)) {
      for (const id of words.ids) {
        const list = map[id];
        if (list) for (let k = 0; k < list.length; k++) marks[list[k]] = 1;
      }
    }
  }
  return marks;
}
