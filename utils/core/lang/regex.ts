/**
 * Helpers for writing cue patterns and compiling word lists. JavaScript's `\b` only knows ASCII
 * letters, so cue patterns written with `\b` are compiled with a Unicode-aware boundary instead
 * ("écrit", "según", "Đài").
 */

import { unicodeBoundaries } from './word-boundary';

export { UB } from './word-boundary';

/**
 * Recompiles a pattern with the `u` flag and a Unicode word boundary in place of `\b` (see
 * word-boundary.ts). Write patterns as literals without `u` and without needless escapes (`\'`
 * is an error under `u`).
 */
export function u(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  return new RegExp(unicodeBoundaries(re.source), flags);
}

/** Escapes a literal for a pattern; white space matches any run of it, apostrophes both forms. */
export function escapeWord(word: string): string {
  return word
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/** A word as written, with its first letter's case swapped, and in capitals: "Source", "source", "SOURCE". */
export function caseForms(word: string): string[] {
  const first = word[0] ?? '';
  const swapped =
    (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + word.slice(1);
  return [...new Set([word, swapped, word.toUpperCase()])];
}

/**
 * One alternation of the words (a non-capturing group), longest first so that a word never
 * stops a longer one sharing its start ("Photo" and "Photographs"). With `cased`, each word also
 * matches in its other case forms, and nothing else; without it, the caller's flags decide.
 * An empty list gives a group that never matches.
 */
export function alternation(words: Iterable<string>, cased = false): string {
  const all = new Set<string>();
  for (const w of words) for (const form of cased ? caseForms(w) : [w]) all.add(form);
  const sorted = [...all].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // An empty list must match nothing, not the empty string.
  return sorted.length ? `(?:${sorted.map(escapeWord).join('|')})` : '(?!)';
}

/**
 * A table of phrases, one per line, as an alternation (see `alternation`): write cue tables
 * with it so that adding a phrase is a one-line diff. Blank lines are skipped.
 *
 *     const SAID = phrases(`
 *       säger
 *       sade
 *     `);
 */
export function phrases(table: string): string {
  return alternation(table.split('\n').map((l) => l.trim()));
}

/** Devanagari and Bengali letters written with a nukta as one code point, and their base letter. */
const NUKTA_LETTERS: Record<string, string> = {
  '\u0958': '\u0915',
  '\u0959': '\u0916',
  '\u095a': '\u0917',
  '\u095b': '\u091c',
  '\u095c': '\u0921',
  '\u095d': '\u0922',
  '\u095e': '\u092b',
  '\u095f': '\u092f',
  '\u09dc': '\u09a1',
  '\u09dd': '\u09a2',
  '\u09df': '\u09af',
};
const NUKTA_BASE = new Map(Object.entries(NUKTA_LETTERS).map(([pre, base]) => [base, pre]));

/**
 * A pattern source (no character classes holding these letters) in which every letter that may
 * take a nukta matches with it or without it, precomposed or not: pages write "ख़बर" as one code
 * point, as two, or as "खबर"; Bengali "য়" likewise. Write table words either way.
 */
export function nuktaOptional(source: string): string {
  const bare = source
    .replace(/[\u093c\u09bc]/g, '')
    .replace(/[\u0958-\u095f\u09dc\u09dd\u09df]/g, (c) => NUKTA_LETTERS[c]);
  return bare.replace(
    /[\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f\u09a1\u09a2\u09af]/g,
    (c) => `(?:${c}[\\u093c\\u09bc]?|${NUKTA_BASE.get(c)})`,
  );
}
