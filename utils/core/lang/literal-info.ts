/**
 * What a piece of a regular expression matches, for reading the literal words any match of a
 * cue pattern must contain (required-literals.ts reads the pattern; utils/core/cue-prefilter.ts
 * skips a rule whose words are absent from a window).
 *
 * A requirement is a list of clauses: every clause must hold, and a clause holds when the text
 * contains one of its strings. `/\baccording\s+to\s+(?:the\s+)?$/` requires
 * `[["according"], ["to"]]`; `/(?:dijo|afirmó)\s+a\s+$/` requires `[["dijo", "afirmó"], ["a"]]`;
 * a pattern with nothing certain (`/^\s*[-–]\s*$/`) requires `[]` and always runs. Everything is
 * folded (`foldLiteral`) as the prefilter folds the text, so case-insensitive patterns are covered.
 * The reading is conservative: anything it does not understand counts as "any text".
 */

/** Strings, one of which any match contains. */
export type Clause = string[];
/** Clauses that all hold for any match; empty when nothing is certain. */
export type Requirement = Clause[];

/** What a piece of pattern matches: exactly one of a few strings, or text meeting `need`. */
export interface Info {
  exact: Set<string> | null;
  need: Requirement;
}

/** More strings than this in a concatenation's product are given up for clauses. */
const MAX_PRODUCT = 64;
/** Larger small classes (`[aeiou]`) are read as "any character". */
export const MAX_CLASS = 16;

export const ANY: Info = { exact: null, need: [] };
export const EMPTY = (): Info => ({ exact: new Set(['']), need: [] });

/**
 * Characters whose lower case differs from the lower case of their upper case ('ς' and 'σ', 'ſ'
 * and 's', 'µ' and 'μ'): a case-insensitive pattern matches them alike, so they fold alike.
 * Escaped, as normalizing the file would turn some of them into their look-alikes; the unit test
 * checks the table against every code point.
 */
const FOLD_FIX: Record<string, string> = {
  '\u00b5': '\u03bc', // µ → μ
  '\u0131': '\u0069', // ı → i
  '\u017f': '\u0073', // ſ → s
  '\u0345': '\u03b9', // ypogegrammeni → ι
  '\u03c2': '\u03c3', // ς → σ
  '\u03d0': '\u03b2', // ϐ → β
  '\u03d1': '\u03b8', // ϑ → θ
  '\u03d5': '\u03c6', // ϕ → φ
  '\u03d6': '\u03c0', // ϖ → π
  '\u03f0': '\u03ba', // ϰ → κ
  '\u03f1': '\u03c1', // ϱ → ρ
  '\u03f5': '\u03b5', // ϵ → ε
  '\u1c80': '\u0432', // ᲀ → в
  '\u1c81': '\u0434', // ᲁ → д
  '\u1c82': '\u043e', // ᲂ → о
  '\u1c83': '\u0441', // ᲃ → с
  '\u1c84': '\u0442', // ᲄ → т
  '\u1c85': '\u0442', // ᲅ → т
  '\u1c86': '\u044a', // ᲆ → ъ
  '\u1c87': '\u0463', // ᲇ → ѣ
  '\u1c88': '\ua64b', // ᲈ → ꙋ
  '\u1e9b': '\u1e61', // ẛ → ṡ
  '\u1fbe': '\u03b9', // ι → ι
};
// Written as escapes: one of them is a combining mark, which a class would glue to its neighbour.
const FOLD_FIX_CLASS = `[${Object.keys(FOLD_FIX)
  .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
  .join('')}]`;
const NEEDS_FIX = new RegExp(FOLD_FIX_CLASS, 'u');
const FIX_ALL = new RegExp(FOLD_FIX_CLASS, 'gu');

/** Lower case with the few characters that case-insensitive matching also equates folded too. */
export function foldLiteral(s: string): string {
  const lower = s.toLowerCase();
  return NEEDS_FIX.test(lower) ? lower.replace(FIX_ALL, (c) => FOLD_FIX[c]) : lower;
}

/** True when the piece matches only the empty string (an anchor, a lookaround). */
const isEmpty = (a: Info) => a.exact?.size === 1 && a.exact.has('');

export function toNeed(info: Info): Requirement {
  if (!info.exact) return info.need;
  return info.exact.has('') ? [] : [[...info.exact]];
}

/** The clause of a requirement that narrows most: longest shortest string, then fewest strings. */
function bestClause(need: Requirement): Clause {
  const score = (c: Clause) => Math.min(...c.map((s) => s.length)) * 1000 - c.length;
  return need.reduce((best, c) => (score(c) > score(best) ? c : best));
}

export function concat(a: Info, b: Info): Info {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_PRODUCT) {
    const exact = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) exact.add(x + y);
    return { exact, need: [] };
  }
  return { exact: null, need: [...toNeed(a), ...toNeed(b)] };
}

export function alternate(options: Info[]): Info {
  if (options.every((o) => o.exact)) {
    const exact = new Set<string>();
    for (const o of options) for (const s of o.exact!) exact.add(s);
    return { exact, need: [] };
  }
  const needs = options.map(toNeed);
  if (needs.some((n) => !n.length)) return ANY;
  return { exact: null, need: [[...new Set(needs.flatMap(bestClause))]] };
}

export function repeat(a: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && a.exact ? { exact: new Set(['', ...a.exact]), need: [] } : ANY;
  if (min === max && min <= 3 && a.exact) {
    let out = a;
    for (let i = 1; i < min; i++) out = concat(out, a);
    return out;
  }
  return { exact: null, need: toNeed(a) };
}

export const exactOf = (chars: Iterable<string>): Info => ({
  exact: new Set([...chars].map(foldLiteral)),
  need: [],
});
