/**
 * A literal prefilter for cue patterns. Every pattern of every language is tried around every
 * mention (rules of other languages at a discount), and running hundreds of regular expressions
 * per window was most of a report's time. Each pattern's required words (lang/required-literals.ts)
 * go into one Aho–Corasick automaton; one pass over a folded window tells which words it holds,
 * and a pattern whose required words are absent cannot match there, so it is not run. Patterns
 * with nothing certain always run. The answers are the same as running every pattern.
 */
import { Automaton } from './automaton';
import { allRules, PACKS } from './lang/registry';
import { foldLiteral } from './lang/literal-info';
import { requiredLiterals } from './lang/required-literals';
import { CORE_TABLES } from './core-tables';
import { readPrefilterTable } from './cue-prefilter-table';

/** Clauses of literal ids: every clause needs one of its ids present. */
export type IdRequirement = Int32Array[];

/**
 * The required words a window holds, as literal ids: a bit per id for the clause checks (a
 * clause may list hundreds of verb forms, each a test; a hash lookup per test was most of the
 * prefilter's time) and the list of ids for the index lookups that walk them.
 */
export class WindowWords {
  readonly ids: number[] = [];
  private readonly bits: Uint32Array;

  constructor(idCount: number) {
    this.bits = new Uint32Array((idCount + 31) >>> 5);
  }

  has(id: number): boolean {
    return (this.bits[id >>> 5] & (1 << (id & 31))) !== 0;
  }

  add(id: number): void {
    if (this.has(id)) return;
    this.bits[id >>> 5] |= 1 << (id & 31);
    this.ids.push(id);
  }

  /** A new set of every id of `sets`. */
  static union(sets: WindowWords[]): WindowWords {
    const out = new WindowWords(sets[0].bits.length << 5);
    for (const set of sets) for (const id of set.ids) out.add(id);
    return out;
  }
}

export interface Prefilter {
  /** Scans a window once for every pattern's required words. */
  wordsIn(text: string): WindowWords;
  /** False when `re` cannot match a window holding `words`; true when it may. */
  mayMatch(re: RegExp, words: WindowWords): boolean;
  /** The literal ids `re` needs (every clause one of its ids), or undefined when it may not be skipped. */
  requirement(re: RegExp): IdRequirement | undefined;
}

/** Every pattern the cue step runs: the rules' and the languages' descriptors. */
export function cuePatterns(): RegExp[] {
  const list: (RegExp | undefined)[] = [];
  for (const r of allRules()) list.push(r.before, r.after);
  for (const p of PACKS) list.push(p.descBefore, p.descAfter);
  return list.filter((re): re is RegExp => !!re);
}

/** What a prefilter is made of: the words' automaton (values: literal ids) and each pattern's needs. */
export interface PrefilterParts {
  automaton: Automaton<number>;
  idCount: number;
  needs: Map<RegExp, IdRequirement>;
}

/** Whether the prefilter may skip `re` at all (see `readPrefilterTable`). */
export const mayBeSkipped = (re: RegExp): boolean => !re.global && !re.sticky;

/** Reads the required words of `patterns` and builds their automaton. */
export function prefilterParts(patterns: Iterable<RegExp>): PrefilterParts {
  const ids = new Map<string, number>();
  const automaton = new Automaton<number>();
  const idOf = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
      automaton.add(s, id);
    }
    return id;
  };
  const needs = new Map<RegExp, IdRequirement>();
  for (const re of patterns) {
    // A global or sticky pattern keeps state between runs: skipping a run would change it.
    if (!mayBeSkipped(re) || needs.has(re)) continue;
    const need = requiredLiterals(re);
    if (need.length)
      needs.set(
        re,
        need.map((clause) => Int32Array.from(clause, idOf)),
      );
  }
  automaton.build();
  return { automaton, idCount: ids.size, needs };
}

/** A prefilter for `patterns`; any other pattern always runs. */
export function createPrefilter(patterns: Iterable<RegExp>): Prefilter {
  return prefilterOf(prefilterParts(patterns));
}

function prefilterOf({ automaton, idCount, needs }: PrefilterParts): Prefilter {
  return {
    wordsIn(text) {
      const found = new WindowWords(idCount);
      automaton.scan(foldLiteral(text), (_s, _e, id) => found.add(id));
      return found;
    },
    mayMatch(re, words) {
      const need = needs.get(re);
      if (!need) return true;
      for (const clause of need) {
        let held = false;
        for (let i = 0; i < clause.length && !held; i++) held = words.has(clause[i]);
        if (!held) return false;
      }
      return true;
    },
    requirement: (re) => needs.get(re),
  };
}

let cues: Prefilter | null = null;

/**
 * The prefilter of every cue pattern, made on the first window (not at start-up): read from the
 * table the extension's build wrote (core-tables.ts), or else built here.
 */
function cuePrefilter(): Prefilter {
  if (cues) return cues;
  const patterns = cuePatterns();
  const table = CORE_TABLES && readPrefilterTable(CORE_TABLES.cues, patterns);
  return (cues = prefilterOf(table ?? prefilterParts(patterns)));
}

/** The cue patterns' required words that `text` holds. */
export const wordsIn = (text: string): WindowWords => cuePrefilter().wordsIn(text);

/** False when the cue pattern `re` cannot match a window holding `words`. */
export const mayMatch = (re: RegExp, words: WindowWords): boolean =>
  cuePrefilter().mayMatch(re, words);

/** The literal ids the cue pattern `re` needs, or undefined when it always runs. */
export const cueRequirement = (re: RegExp): IdRequirement | undefined =>
  cuePrefilter().requirement(re);

/**
 * Remembers each distinct window text's words for one mention's tries (the same window is
 * read by many rules and languages).
 */
export function wordsCache(): (text: string) => WindowWords {
  const cache = new Map<string, WindowWords>();
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      words = wordsIn(text);
      cache.set(text, words);
    }
    return words;
  };
}
