/**
 * Unicode word boundaries for cue patterns, as cheap as the pattern allows.
 *
 * JavaScript's `\b` knows only ASCII letters. The general replacement, "no word character
 * before and one after, or one before and none after", holds four `[\p{L}\p{N}\p{M}]` classes,
 * and V8 builds each of them again for every `\b` in a pattern: with the packs' hundreds of
 * `\b`s that cost seconds of compiling on a report's first use of the rules, and each test of
 * the boundary walks the big classes again. Most `\b`s stand next to a word character the
 * pattern itself requires (`\bsegún`, `(?:dijo|afirmó)\b`): there only one half of the
 * disjunction can hold, so one lookaround says the same thing. Elsewhere the full form stays.
 */

const WORD = '[\\p{L}\\p{N}\\p{M}]';
/** A word boundary that knows every script's letters. */
export const UB = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
/** The boundary where the pattern goes on with a word character: a word starts here. */
const WORD_START = `(?<!${WORD})`;
/** The boundary where the pattern has just matched a word character: a word ends here. */
const WORD_END = `(?!${WORD})`;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const OPTIONAL_QUANTIFIER = /^(?:[?*]|\{0[,}])/;

/** How many characters the escape starting at `at` (a backslash) spans. */
function escapeLength(source: string, at: number): number {
  const c = source[at + 1];
  const until = (end: string) => Math.max(source.indexOf(end, at), at + 1) - at + 1;
  if ((c === 'u' && source[at + 2] === '{') || c === 'p' || c === 'P') return until('}');
  if (c === 'u') return 6;
  if (c === 'x') return 4;
  if (c === 'c') return 3;
  if (c === 'k') return until('>');
  return 2;
}

interface Parsed {
  source: string;
  /** Group open index → close index, and back. */
  close: Map<number, number>;
  open: Map<number, number>;
  /**
   * Per index: 0 a plain character, 1 inside an escape or a class (no literal there), 2 the
   * backslash that starts an escape outside a class.
   */
  special: Uint8Array;
}

/** One pass over the source: its groups, escapes and classes. */
function parse(source: string): Parsed {
  const p: Parsed = {
    source,
    close: new Map(),
    open: new Map(),
    special: new Uint8Array(source.length),
  };
  const stack: number[] = [];
  let classStart = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = escapeLength(source, i);
      p.special.fill(1, i, i + n);
      if (classStart < 0) p.special[i] = 2;
      i += n - 1;
    } else if (classStart >= 0) {
      p.special[i] = 1;
      if (c === ']') classStart = -1;
    } else if (c === '[') {
      classStart = i;
      p.special[i] = 1;
    } else if (c === '(') stack.push(i);
    else if (c === ')') {
      const at = stack.pop();
      if (at === undefined) continue;
      p.close.set(at, i);
      p.open.set(i, at);
    }
  }
  return p;
}

/** Where a group's body starts, or -1 for a lookaround (which consumes nothing). */
function bodyStart(p: Parsed, at: number): number {
  const s = p.source;
  if (s[at + 1] !== '?') return at + 1;
  if (s[at + 2] === ':') return at + 3;
  if (s[at + 2] === '<' && s[at + 3] !== '=' && s[at + 3] !== '!') return s.indexOf('>', at) + 1;
  return -1;
}

/** The top-level alternatives of the body from `from` to `to` (exclusive), as [start, end). */
function alternatives(p: Parsed, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (p.special[i]) continue;
    const c = p.source[i];
    if (c === '(') i = p.close.get(i) ?? to;
    else if (c === '|') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** Whether every match of the pattern from `at` (before `end`) starts with a word character. */
function startsWithWord(p: Parsed, at: number, end: number): boolean {
  if (at >= end) return false;
  const s = p.source;
  const c = s[at];
  if (p.special[at]) return false;
  if (c === '(') {
    const close = p.close.get(at);
    const body = bodyStart(p, at);
    if (close === undefined || body < 0 || OPTIONAL_QUANTIFIER.test(s.slice(close + 1)))
      return false;
    return alternatives(p, body, close).every(([a, b]) => startsWithWord(p, a, b));
  }
  const next = s.slice(at + 1);
  return WORD_CHAR.test(c) && !OPTIONAL_QUANTIFIER.test(next);
}

/** Whether every match of the pattern up to `last` (inclusive) ends with a word character. */
function endsWithWord(p: Parsed, from: number, last: number): boolean {
  if (last < from) return false;
  const s = p.source;
  const c = s[last];
  if (c === ')') {
    const open = p.open.get(last);
    if (open === undefined) return false;
    const body = bodyStart(p, open);
    if (body < 0) return false;
    return alternatives(p, body, last).every(([a, b]) => endsWithWord(p, a, b - 1));
  }
  // Part of an escape ("\s", "\u0020") or a class: no certain word character.
  return !p.special[last] && WORD_CHAR.test(c);
}

/**
 * The pattern source with each `\b` (outside character classes) replaced by a Unicode word
 * boundary: the one-sided form where the neighbouring pattern guarantees a word character,
 * the full form elsewhere.
 */
export function unicodeBoundaries(source: string): string {
  if (!source.includes('\\b')) return source;
  const p = parse(source);
  let out = '';
  let from = 0;
  for (let i = source.indexOf('\\b'); i >= 0; i = source.indexOf('\\b', i + 1)) {
    // Only an escape of its own outside a class: not the "b" after "\\", not "[\b]" (backspace).
    if (p.special[i] !== 2) continue;
    out += source.slice(from, i);
    out += startsWithWord(p, i + 2, source.length)
      ? WORD_START
      : endsWithWord(p, 0, i - 1)
        ? WORD_END
        : UB;
    from = i + 2;
  }
  return out + source.slice(from);
}
