/**
 * Helpers for writing cue patterns. JavaScript's `\b` only knows ASCII letters, so cue patterns
 * written with `\b` are compiled with a Unicode-aware boundary instead ("écrit", "según", "Đài").
 */

const WORD = '[\\p{L}\\p{N}\\p{M}]';
/** A word boundary that knows every script's letters. */
export const UB = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/**
 * Recompiles a pattern with the `u` flag and a Unicode word boundary in place of `\b`. Write
 * patterns as literals without `u` and without needless escapes (`\'` is an error under `u`).
 */
export function u(re: RegExp): RegExp {
  const source = re.source.replace(/\\b/g, UB);
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  return new RegExp(source, flags);
}

/** Opening and closing quotation marks of the languages we read. */
export const QUOTES = '"“”„«»‘’\'「」『』‹›';
