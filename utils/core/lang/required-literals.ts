/**
 * Reads a regular expression's source for the literal words every match must contain (see
 * literal-info.ts for what a requirement is). Only the syntax cue patterns use needs to be read
 * closely: groups, alternation, quantifiers, small classes like `[Tt]` or `['’]`, escapes.
 * Lookarounds and anchors match no text, so they require nothing; `\s`, `\p{L}`, `.`, big or
 * negated classes and back-references are "any text". Being unsure only costs speed.
 */
import {
  alternate,
  ANY,
  concat,
  EMPTY,
  exactOf,
  foldLiteral,
  MAX_CLASS,
  repeat,
  toNeed,
  type Info,
  type Requirement,
} from './literal-info';

interface Cursor {
  src: string;
  at: number;
  /** The `u` flag: a character outside the BMP is one atom, not two. */
  unicode: boolean;
  /** Where each group of `src` that opens at an index closes (see `groupEnds`). */
  ends: Map<number, number>;
}

/**
 * Groups at least this long are read once per process: the packs build their patterns from
 * shared tables, so the same long alternation appears in many patterns (about 60% of the text
 * the reader would otherwise go through), and a group's reading depends only on its own source
 * and the `u` flag.
 */
const SHARED_GROUP = 120;
const groupsRead = new Map<string, Info>();

/** Open index → close index of every group of `src` (escapes and classes skipped). */
function groupEnds(src: string): Map<number, number> {
  const ends = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) ends.set(open.pop()!, i);
  }
  return ends;
}

/** `readGroup` at an open parenthesis, remembered for long groups (see SHARED_GROUP). */
function readSharedGroup(c: Cursor): Info {
  const from = c.at;
  const end = c.ends.get(from);
  if (end === undefined || end - from < SHARED_GROUP) return (c.at++, readGroup(c));
  const key = (c.unicode ? 'u' : '') + c.src.slice(from, end + 1);
  let info = groupsRead.get(key);
  if (!info) {
    c.at++;
    info = readGroup(c);
    // A group the reader left elsewhere than its close is not remembered (read again next time).
    if (c.at !== end + 1) return info;
    groupsRead.set(key, info);
  }
  c.at = end + 1;
  return info;
}

/** Single-letter escapes that stand for one known character. */
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', 0: '\0' };
/** Escapes that stand for a class of characters. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);

/** The character at the cursor (a whole code point under `u`), consumed. */
function takeChar(c: Cursor): string {
  const ch = c.unicode ? String.fromCodePoint(c.src.codePointAt(c.at)!) : c.src[c.at];
  c.at += ch.length;
  return ch;
}

/**
 * Reads the escape after a backslash: the one character it stands for, 'class' for a class
 * escape, 'empty' for an assertion (\b, \B), or 'any' for a back-reference.
 */
function readEscape(c: Cursor, inClass: boolean): string | 'class' | 'empty' | 'any' {
  const e = c.src[c.at++];
  const hex = (n: number) => {
    const h = c.src.slice(c.at, c.at + n);
    c.at += n;
    return String.fromCodePoint(parseInt(h, 16));
  };
  if (CLASS_ESCAPES.has(e)) {
    if ((e === 'p' || e === 'P') && c.src[c.at] === '{') c.at = c.src.indexOf('}', c.at) + 1;
    return 'class';
  }
  if (e === 'b') return inClass ? '\b' : 'empty';
  if (e === 'B') return 'empty';
  if (e in CONTROL && !(e === '0' && /\d/.test(c.src[c.at]))) return CONTROL[e];
  if (e === 'x') return hex(2);
  if (e === 'u' && c.src[c.at] === '{') {
    const end = c.src.indexOf('}', c.at);
    const ch = String.fromCodePoint(parseInt(c.src.slice(c.at + 1, end), 16));
    c.at = end + 1;
    return ch;
  }
  if (e === 'u') return hex(4);
  if (e === 'c') return String.fromCharCode(c.src.charCodeAt(c.at++) % 32);
  if (e === 'k' && c.src[c.at] === '<') {
    c.at = c.src.indexOf('>', c.at) + 1;
    return 'any';
  }
  if (/\d/.test(e)) {
    while (/\d/.test(c.src[c.at] ?? '')) c.at++;
    return 'any';
  }
  return e;
}

/** Reads a class after its `[`: the few characters it stands for, or "any character". */
function readClass(c: Cursor): Info {
  const negated = c.src[c.at] === '^';
  if (negated) c.at++;
  const chars = new Set<string>();
  let big = negated;
  let prev: string | null = null;
  while (c.at < c.src.length && c.src[c.at] !== ']') {
    if (c.src[c.at] === '-' && prev !== null && c.src[c.at + 1] !== ']') {
      c.at++;
      const to = c.src[c.at] === '\\' ? (c.at++, readEscape(c, true)) : takeChar(c);
      const [lo, hi] = [prev.codePointAt(0)!, to.codePointAt(0)!];
      if (to.length > 2 || hi - lo > MAX_CLASS) big = true;
      else for (let cp = lo; cp <= hi; cp++) chars.add(String.fromCodePoint(cp));
      prev = null;
      continue;
    }
    const ch = c.src[c.at] === '\\' ? (c.at++, readEscape(c, true)) : takeChar(c);
    if (ch === 'class' || ch === 'empty' || ch === 'any') big = true;
    prev = ch.length <= 2 && !big ? ch : null;
    if (prev !== null) chars.add(ch);
  }
  c.at++;
  return big || !chars.size || chars.size > MAX_CLASS ? ANY : exactOf(chars);
}

/** Reads a group after its `(`: lookarounds require nothing, other groups what they hold. */
function readGroup(c: Cursor): Info {
  let look = false;
  if (c.src[c.at] === '?') {
    const head = c.src.slice(c.at, c.at + 3);
    look = /^\?(?:[=!]|<[=!])/.test(head);
    if (look) c.at += head[1] === '<' ? 3 : 2;
    else if (head[1] === ':') c.at += 2;
    else if (head[1] === '<') c.at = c.src.indexOf('>', c.at) + 1;
  }
  const inner = readAlternation(c);
  c.at++;
  return look ? EMPTY() : inner;
}

/** Reads a quantifier after an atom, if any: its bounds, or null. */
function readQuantifier(c: Cursor): [number, number] | null {
  const ch = c.src[c.at];
  let q: [number, number] | null = null;
  if (ch === '?') q = [0, 1];
  else if (ch === '*') q = [0, Infinity];
  else if (ch === '+') q = [1, Infinity];
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.at));
    if (!m) return null;
    c.at += m[0].length - 1;
    q = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
  }
  if (!q) return null;
  c.at++;
  if (c.src[c.at] === '?') c.at++;
  return q;
}

/** Reads one atom: a group, a class, an escape, an anchor, a wildcard or a character. */
function readAtom(c: Cursor): Info {
  const ch = c.src[c.at];
  if (ch === '(') return readSharedGroup(c);
  if (ch === '[') return (c.at++, readClass(c));
  if (ch === '^' || ch === '$') return (c.at++, EMPTY());
  if (ch === '.') return (c.at++, ANY);
  if (ch === '\\') {
    c.at++;
    const e = readEscape(c, false);
    if (e === 'empty') return EMPTY();
    return e === 'class' || e === 'any' ? ANY : exactOf([e]);
  }
  return exactOf([takeChar(c)]);
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);

/** Plain characters from the cursor that no quantifier follows ("according"), folded. */
function readLiteralRun(c: Cursor): string {
  let s = '';
  while (c.at < c.src.length && !SPECIAL.has(c.src[c.at])) {
    const from = c.at;
    const ch = takeChar(c);
    if (QUANTIFIER.has(c.src[c.at])) {
      c.at = from;
      break;
    }
    s += ch;
  }
  return foldLiteral(s);
}

/**
 * Reads atoms and their quantifiers up to a `|`, a `)` or the end. Runs of exact atoms are
 * joined before they meet anything else, so `\s+to` requires "to", not "t" and "o".
 */
function readSequence(c: Cursor): Info {
  let info = EMPTY();
  let run = EMPTY();
  while (c.at < c.src.length && c.src[c.at] !== '|' && c.src[c.at] !== ')') {
    const plain = readLiteralRun(c);
    let piece: Info;
    if (plain) piece = { exact: new Set([plain]), need: [] };
    else {
      const atom = readAtom(c);
      const q = readQuantifier(c);
      piece = q ? repeat(atom, q[0], q[1]) : atom;
    }
    const joined = piece.exact ? concat(run, piece) : null;
    if (joined?.exact) {
      run = joined;
      continue;
    }
    info = concat(info, run);
    run = piece.exact ? piece : EMPTY();
    if (!piece.exact) info = concat(info, piece);
  }
  return concat(info, run);
}

function readAlternation(c: Cursor): Info {
  const options = [readSequence(c)];
  while (c.src[c.at] === '|') {
    c.at++;
    options.push(readSequence(c));
  }
  return options.length === 1 ? options[0] : alternate(options);
}

/** The literal words (folded) that every match of `re` contains; `[]` when none are certain. */
export function requiredLiterals(re: RegExp): Requirement {
  const c: Cursor = { src: re.source, at: 0, unicode: re.unicode, ends: groupEnds(re.source) };
  const info = readAlternation(c);
  // Anything left unread means the reading went wrong: then nothing is certain.
  if (c.at < c.src.length) return [];
  const need = toNeed(info).map((clause) => [...new Set(clause)]);
  return need.filter((clause) => clause.every((s) => s.length > 0));
}
