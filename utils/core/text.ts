/**
 * Text helpers shared by the core. Everything here keeps offsets stable: a folded string has
 * exactly the length of its source, so an offset found in one is valid in the other.
 */
import { foldUnitForScan, isWellFormed, unitsToString } from './normalize';
import { SENTENCE_RADIUS } from './tuning';

/**
 * Case- and accent-folds `text` without changing its length: each code unit folded as the name
 * matcher folds it (normalize.ts), units it would drop kept as they are.
 */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (ascii) return text.toLowerCase();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnitForScan(c);
    units[i] = f < 0 ? c : f;
  }
  return unitsToString(units, units.length, isWellFormed(text));
}

const wordCache = new Map<number, boolean>();
const WORD = /[\p{L}\p{N}]/u;

/** True when the code unit is a letter or digit (surrogate halves count as letters). */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let r = wordCache.get(c);
  if (r === undefined) {
    r = WORD.test(String.fromCharCode(c)) || /\p{M}/u.test(String.fromCharCode(c));
    wordCache.set(c, r);
  }
  return r;
}

const markCache = new Map<number, boolean>();

/** True when the code unit is a combining mark (a vowel sign or tone mark of the letter before). */
export function isMarkUnit(c: number): boolean {
  if (c < 0x300) return false;
  let r = markCache.get(c);
  if (r === undefined) {
    r = /\p{M}/u.test(String.fromCharCode(c));
    markCache.set(c, r);
  }
  return r;
}

/**
 * True for scripts written without spaces between words (CJK, kana, Thai, Lao, Khmer, Myanmar)
 * or that glue particles to nouns (Hangul): a name in such a script needs no word boundary
 * around it ("สำนักข่าวรอยเตอร์รายงานว่า").
 */
export function isUnspacedScriptUnit(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x9fff) || // CJK
    (c >= 0xac00 && c <= 0xd7af) || // Hangul
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef && !isFullWidthAlnum(c)) // full-width forms
  );
}

/**
 * Full-width Latin letters and digits ("ＣＣＴＶ") spell words as ASCII ones do: "ＣＴＶ" inside
 * "ＣＣＴＶ" is no mention of CTV.
 */
function isFullWidthAlnum(c: number): boolean {
  return (
    (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)
  );
}

/**
 * Collapses every run of white space to one space and trims both ends (XPath's
 * normalize-space); compare `collapseSpace` in utils/extract/text-index.ts, which keeps the ends.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A [start, end) span of the text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** "U.S.", "Mr.", "Gen.": a dot that does not end a sentence. */
function isAbbreviationToken(token: string): boolean {
  return /^(?:\p{Lu}\.|\p{Lu}\p{Ll}{0,2}\.|\p{Lu}\.(?:\p{Lu}\.)+|[Vv]s\.|[Nn]o\.)$/u.test(token);
}

/**
 * The sentence around [start, end): bounded by line breaks and by sentence-final punctuation
 * followed by a space and a capital-like character. Cheap: looks at most `radius` units each way.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  radius = SENTENCE_RADIUS,
): Span {
  const lo = Math.max(0, start - radius);
  let s = lo;
  const before = text.slice(lo, start);
  const br = before.lastIndexOf('\n');
  if (br >= 0) s = lo + br + 1;
  const re = /[.!?。！？](?:["'”’)\]]*)\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  const base = s;
  const headText = text.slice(base, start);
  while ((m = re.exec(headText))) {
    // "U.S." or "Mr." style abbreviations: a single capital or short title before the dot.
    const tokenStart = headText.lastIndexOf(' ', m.index) + 1;
    if (isAbbreviationToken(headText.slice(tokenStart, m.index + 1))) continue;
    s = base + m.index + m[0].length;
  }
  const hi = Math.min(text.length, end + radius);
  const tail = text.slice(end, hi);
  let e = hi;
  const nl = tail.indexOf('\n');
  if (nl >= 0) e = end + nl;
  const endRe = /[.!?。！？](?:["'”’)\]]*)(?=\s|$)/g;
  const region = text.slice(end, e);
  while ((m = endRe.exec(region))) {
    const tokenStart = region.lastIndexOf(' ', m.index) + 1;
    if (isAbbreviationToken(region.slice(tokenStart, m.index + 1))) continue;
    e = end + m.index + m[0].length;
    break;
  }
  while (s < start && /\s/.test(text[s])) s++;
  while (e > end && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Splits on hard line breaks; used to reason about paragraphs (captions, bylines). */
export function lineAround(text: string, start: number, end: number): Span {
  const s = text.lastIndexOf('\n', start - 1) + 1;
  let e = text.indexOf('\n', end);
  if (e < 0) e = text.length;
  return { start: s, end: e };
}
