import type { AliasEntry } from './alias-index';
import { followsContraction } from './article-forms';
import { followsLam } from './alias-variants';
import { caseEndingAt, endingsFor, type CompiledEndings } from './case-endings';
import { ARTICLES, NAME_PREFIXES } from './lang/word-lists';
import { cleanSurface } from './normalize';
import { isMarkUnit, isUnspacedScriptUnit, isWordUnit } from './text';
import type { OutletMention } from './types';

/**
 * Whether an alias occurrence found by the automaton is a mention: on word boundaries (or behind
 * a prefix the language glues to names, or glued to a caption), with an acceptable ending and
 * letter case.
 */

/** How an abbreviation's surface compares with the catalog's spelling. */
function abbreviationCase(surface: string, alias: string): 'exact' | 'title' | 'weak' {
  if (surface === alias) return 'exact';
  // A name opening with an article, written with the article in lower case ("le Parisien").
  if (surface === lowerArticle(alias)) return 'exact';
  const upper = alias.toUpperCase();
  // "DPA" for "dpa": all capitals is always a fair spelling of a name of three letters or more.
  // Greek drops its accents in capitals ("ΚΑΘΗΜΕΡΙΝΗ" for "Καθημερινή"): compare them bare.
  if (alias.length >= 3 && (surface === upper || withoutMarks(surface) === withoutMarks(upper)))
    return 'exact';
  // Some newsrooms write wire names in title case ("Ansa", "Cnn"); for two letters ("As", "Pa",
  // "Dr") that is an ordinary word, so it only counts in wire-shaped spots.
  if (alias === upper) {
    const title = alias[0] + alias.slice(1).toLowerCase();
    if (surface === title) return alias.length >= 3 ? 'title' : 'weak';
  }
  return 'weak';
}

/** `s` without its combining marks (accents, the Greek tonos). */
function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The name with its leading article in lower case ("Il Messaggero" → "il Messaggero"), or ''. */
function lowerArticle(alias: string): string {
  const m = /^(\p{Lu}\p{Ll}*)(\s+|['’])(?=\p{Lu})/u.exec(alias);
  if (!m || !ARTICLES.has(m[1].toLowerCase())) return '';
  return m[1].toLowerCase() + alias.slice(m[1].length);
}

/**
 * True when quotation marks enclose [start, end) ("der „Spiegel“", "die «Presse»", "„Welt“-Chef"):
 * the text marks it as a name, so a title-cased abbreviation there is no ordinary word.
 */
function isQuoted(text: string, start: number, end: number): boolean {
  return /["„“»«‚‘‹›]/.test(text[start - 1] ?? '') && /["“”«»‘’‹›]/.test(text[end] ?? '');
}

/** A name written as a web address: a dot and a top-level domain at its end. */
const WEB_ADDRESS = /\.\p{Ll}{2,6}$/u;

/**
 * True when a name's surface keeps the capitals that make it a name: every word the catalog
 * capitalizes is capitalized in the text (or the text is in capitals), except a leading article.
 * "le monde" is not Le Monde, "the sun" is not The Sun, "público" is not Público.
 */
function hasNameCase(surface: string, alias: string): boolean {
  if (surface === alias) return true;
  // A web address in lower case is how the address is written ("money.pl", "trojmiasto.pl").
  if (WEB_ADDRESS.test(surface) && surface === surface.toLowerCase()) return true;
  const sw = surface.split(/(\s+|-|['’])/);
  const aw = alias.split(/(\s+|-|['’])/);
  if (sw.length !== aw.length) return true; // Spelled differently (accents, spacing): don't judge.
  for (let i = 0; i < aw.length; i++) {
    const a = aw[i];
    const s = sw[i];
    if (!a || !s) continue;
    // Only cased letters count: a word starting with a digit or a caseless script passes.
    if (a[0] === a[0].toLowerCase()) continue;
    if (s[0] !== s[0].toLowerCase()) continue;
    if (i === 0 && ARTICLES.has(a.toLowerCase())) continue;
    return false;
  }
  return true;
}

/** Letters of one script: a prefix glued without a hyphen only joins a name in its own script. */
const SCRIPTS = [/\p{scx=Arabic}/u, /\p{scx=Hebrew}/u, /\p{scx=Latin}/u];

function isSameScript(a: string, b: string): boolean {
  return SCRIPTS.some((re) => re.test(a) && re.test(b));
}

/**
 * Hebrew glues its one-letter prefixes to foreign names in Latin letters too ("בynet",
 * "לCNN"), and Arabic does behind a tatweel ("لـCNN"): no Hebrew word runs on into Latin
 * letters and the tatweel only joins, so the script change is the boundary there.
 */
function isPrefixOnLatin(prefixEnd: string, nameStart: string | undefined): boolean {
  if (!nameStart || !SCRIPTS[2].test(nameStart)) return false;
  return SCRIPTS[1].test(prefixEnd) || prefixEnd === '\u0640';
}

/** Units before a name searched for a glued prefix ("ول", "וכש-"): longer than any prefix. */
const PREFIX_REACH = 6;

/** Where the name at `start` has its first letter: a name may open with a quote mark ('"הארץ"'). */
function firstLetter(text: string, start: number): number {
  let i = start;
  while (i < text.length && i < start + 2 && !isWordUnit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * True when the word unit right before `start` ends a prefix the language glues to names
 * ("لرويترز", "לרויטרס", "ל-ynet"; `namePrefix` in the packs): the prefix starts a word, and a
 * prefix ending in a letter joins only a name in the same script.
 */
function hasGluedPrefix(text: string, start: number): boolean {
  const from = Math.max(0, start - PREFIX_REACH);
  const head = text.slice(from, start);
  for (const re of NAME_PREFIXES) {
    const m = re.exec(head);
    if (!m || !m[0]) continue;
    const at = from + m.index;
    if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    const last = m[0][m[0].length - 1];
    const first = text[firstLetter(text, start)];
    if (
      isWordUnit(last.charCodeAt(0)) &&
      !isSameScript(last, first) &&
      !isPrefixOnLatin(last, first)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Thai vowels written before the consonant they are said after (เ แ โ ใ ไ): a name never starts
 * right after one ("เ|ช่อง" is no "ช่อง"), whatever the spaces a Thai text does not write.
 */
function isThaiPreposedVowel(c: number): boolean {
  return c >= 0x0e40 && c <= 0x0e44;
}

/**
 * Thai vowels written after their consonant as letters (ะ า ำ ๅ) and the repetition mark ๆ
 * ("ข่าวสดๆ", fresh news): a name never ends right before one.
 */
function isThaiFollowingVowel(c: number): boolean {
  return c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45 || c === 0x0e46;
}

/** Katakana letters and the long-vowel mark (not the middle dot, which separates words). */
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}

/**
 * What follows a name ending at `end`: '' at a word's end, a case ending of the name's language
 * ("Yle|lle", "STT|:n"; `own` holds the article's, a stem carries its own), or null when the name
 * runs on into a longer word ("Yle|isradio").
 */
function endingAfter(
  text: string,
  end: number,
  value: AliasEntry,
  own: CompiledEndings | null,
): string | null {
  if (end >= text.length) return '';
  // A name in an unspaced script never ends inside a syllable: a combining mark is its letter's.
  if (!value.needsRightBoundary) {
    const c = text.charCodeAt(end);
    if (isMarkUnit(c) || isThaiFollowingVowel(c)) return null;
    // A katakana name running on in katakana is part of a longer foreign word
    // ("ニューヨークタイムズ|スクエア", Times Square): Japanese glues hiragana or kanji to names.
    return isKatakana(c) && isKatakana(text.charCodeAt(end - 1)) ? null : '';
  }
  const endings = value.stemOf ? endingsFor(value.stemOf) : own;
  const ending = endings ? caseEndingAt(text, end, endings) : '';
  // An ending the rules read stays out of the mention: the window after the name opens with it.
  if (ending) return endings!.readByRules ? '' : ending;
  const c = text.charCodeAt(end);
  return isWordUnit(c) && !isUnspacedScriptUnit(c) ? null : '';
}

/** A lower-case letter or a digit: what a credit glued to the text before it follows. */
const GLUE_BEFORE = /[\p{Ll}\d]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * How the mention at [start, end) meets the text on its left: at a word boundary or behind a
 * prefix the language glues to names ("ok"), glued to a lower-case word by a page that dropped
 * the space between a caption and its credit ("in KyivAP Photo": "glued"), or not at all (null).
 */
function leftJoin(text: string, start: number, value: AliasEntry): 'ok' | 'glued' | null {
  if (start === 0) return 'ok';
  if (!value.needsLeftBoundary)
    return isThaiPreposedVowel(text.charCodeAt(start - 1)) ? null : 'ok';
  const c = text.charCodeAt(start - 1);
  // A Latin name next to kana, CJK or Hangul needs no space there ("AFPに", "AP통신").
  if (!isWordUnit(c) || isUnspacedScriptUnit(c) || hasGluedPrefix(text, start)) return 'ok';
  if (GLUE_BEFORE.test(text[start - 1]) && UPPER_START.test(text.slice(start, start + 2)))
    return 'glued';
  return null;
}

/**
 * The mention an alias occurrence at [start, end) of `text` makes, or null when it is none:
 * inside a word, or in a letter case that makes it an ordinary word ("le monde", "the sun").
 * Abbreviations in the wrong case are kept, flagged `weakCase`, only right after "(" or "/" (wire
 * tags like "(afp)", "aja/pap"); a glued mention is flagged `glued`. `own` holds the article
 * language's case endings.
 */
export function checkMention(
  text: string,
  start: number,
  end: number,
  value: AliasEntry,
  own: CompiledEndings | null,
): OutletMention | null {
  // The right side first: most occurrences the automaton reports run on into a longer word
  // ("ap" in "happy"), and that test is a few character reads, where the left side's runs the
  // glued-prefix and glued-caption patterns.
  const ending = endingAfter(text, end, value, own);
  if (ending === null) return null;
  const join = leftJoin(text, start, value);
  if (!join) return null;
  if (value.afterArticle && !followsContraction(text, start, end, value.afterArticle)) return null;
  if (value.afterLam && !followsLam(text, start)) return null;
  const surface = text.slice(start, end);
  const letters = cleanSurface(surface);
  const hit: OutletMention = {
    outletIds: value.outletIds,
    surface: surface + ending,
    start,
    end: end + ending.length,
    isAbbreviation: value.isAbbreviation,
  };
  if (value.isAbbreviation) {
    const c = abbreviationCase(letters, value.alias);
    if (c === 'title') {
      if (!isQuoted(text, start, end + ending.length)) hit.titleCase = true;
    } else if (c !== 'exact') {
      const prev = start > 0 ? text[start - 1] : '';
      if (prev !== '(' && prev !== '/') return null;
      hit.weakCase = true;
    }
  } else if (!hasNameCase(letters, value.alias)) return null;
  if (ending) hit.caseEnding = ending;
  if (join === 'glued') hit.glued = true;
  if (value.isShortForm) hit.shortForm = true;
  if (value.afterArticle && !/\s/.test(value.alias)) hit.contracted = true;
  return hit;
}
