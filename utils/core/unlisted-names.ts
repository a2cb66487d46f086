import { ARTICLES } from './lang/word-lists';
import { foldText } from './text';
import { descriptorType, type UnlistedPatterns } from './unlisted-patterns';

/**
 * Reading a name the catalog does not know out of the text: a quoted name, or a run of
 * capitalized words (with the function words names carry: "of", "de", "am"), forwards from after
 * a descriptor or backwards from an outlet-shaped ending. Scripts without capitals (Arabic, CJK)
 * only give quoted names.
 */

/** A name's span in the text. */
export interface NameSpan {
  start: number;
  end: number;
}

/** Opening quotation marks and the closing marks each may pair with. */
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '‹': '›',
  '‚': '‘’',
  '‘': '’',
  '「': '」',
  '『': '』',
  // The typewriter apostrophe quotes names in Hindi, Urdu and much web copy ("अखबार 'X' के
  // मुताबिक"); it only counts after a space and before a non-letter (not "paper's", "Reuters'a").
  "'": "'",
};

/** Longest quoted name read (units) and most words in a name. */
const MAX_QUOTED = 80;
const MAX_WORDS = 6;

/**
 * A word starting with a capital letter or a digit ("Westfield", "24", "Ouest-France"), maybe
 * behind an elided article ("l'Ouest", "d'Italia").
 */
const CAP_WORD = /^(?:\p{Ll}{1,2}['’])?[\p{Lu}\p{Lt}\p{N}][\p{L}\p{M}\p{N}'’.&+-]*/u;
/**
 * A case ending written after an apostrophe at a word's end (Turkish "Kocaeli'nin",
 * "Hakimiyet'e", Azerbaijani alike): never part of the name. A lone "s" stays: English names
 * end in one ("Moody's", "Barron's").
 */
const CASE_SUFFIX = /['’](?!s$)\p{Ll}+$/u;
/** An English possessive ending ("Kestrel's"). */
const POSSESSIVE = /\p{L}['’]s$/u;

/**
 * Length of the function words at the start of `rest` that join a name's capitalized words, with
 * the space after them: a joiner, maybe followed by an article or a second joiner ("de la ",
 * "van de ", "of the "), then a capitalized word. 0 when there are none.
 */
function joinerRun(rest: string, pat: UnlistedPatterns): number {
  const m = /^([\p{L}\p{M}'’]+) (?:([\p{L}\p{M}]+) )?/u.exec(rest);
  if (!m || !pat.joiners.has(foldText(m[1]))) return 0;
  const second = m[2] ? foldText(m[2]) : '';
  const both = second && (pat.joiners.has(second) || ARTICLES.has(second));
  const len = both ? m[0].length : m[1].length + 1;
  const next = CAP_WORD.exec(rest.slice(len));
  // A word that is no outlet's ends the name before the joiner ("Radio Kinzigtal ‸am Montag").
  return next && !pat.notOutlet.has(foldText(next[0])) ? len : 0;
}

/** The name inside quotation marks opening at `p`, or null. */
function readQuoted(text: string, p: number): NameSpan | null {
  const closers = QUOTE_PAIRS[text[p]];
  if (!closers) return null;
  const apostrophe = text[p] === "'";
  if (apostrophe && !/\s/.test(text[p - 1] ?? '')) return null;
  const limit = Math.min(text.length, p + 1 + MAX_QUOTED);
  for (let i = p + 1; i < limit; i++) {
    if (text[i] === '\n') return null;
    if (!closers.includes(text[i])) continue;
    if (apostrophe && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    const inner = text.slice(p + 1, i);
    const lead = inner.length - inner.trimStart().length;
    const name = inner.trim();
    if (!/[\p{L}\p{N}]/u.test(name) || name.split(/\s+/).length > MAX_WORDS + 4) return null;
    return { start: p + 1 + lead, end: p + 1 + lead + name.length };
  }
  return null;
}

/** Capitalized words from `p` on, with function words between them; null when none. */
export function readCapitalized(text: string, p: number, pat: UnlistedPatterns): NameSpan | null {
  let i = p;
  let end = -1;
  let words = 0;
  while (words < MAX_WORDS && i < text.length) {
    const rest = text.slice(i, i + 60);
    const cap = CAP_WORD.exec(rest);
    if (cap) {
      end = i + cap[0].replace(CASE_SUFFIX, '').replace(/[.’']+$/u, '').length;
      words++;
      // A case ending after an apostrophe closes the name ("Özgür Kocaeli'nin haberine").
      if (CASE_SUFFIX.test(cap[0])) break;
      // A possessive before more capitalized words owns them ("Radio Kestrel's Morning Drive
      // programme"): the name is the owner's. A name ending in one stays ("Barron's").
      if (POSSESSIVE.test(cap[0]) && CAP_WORD.test(text.slice(i + cap[0].length + 1, i + 60))) {
        end -= 2;
        break;
      }
    } else {
      // Function words join two capitalized words ("Frankfurter Allgemeine am Sonntag",
      // "Courrier de la Dore", "Dagblad van de Vecht").
      const joined = end < 0 ? 0 : joinerRun(rest, pat);
      if (!joined) break;
      i += joined;
      continue;
    }
    i += cap[0].length;
    if (text[i] !== ' ' || !text[i + 1] || text[i + 1] === ' ') break;
    i++;
  }
  return end > p ? { start: p, end } : null;
}

/**
 * The name that follows a descriptor ending at `p` ("the newspaper ‸Westfield Courier said",
 * "die Zeitung ‸„Westfälische Rundschau“"): quoted, or capitalized words. Null when none.
 */
export function readNameAfter(text: string, p: number, pat: UnlistedPatterns): NameSpan | null {
  let i = p;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  if (i === p && i < text.length && !QUOTE_PAIRS[text[i]]) return null;
  // "local paper the Rotorua Daily Post": English puts the name's article after the noun in
  // lower case (only "the": other languages' articles there start a genitive, "die Zeitung der").
  if (text.startsWith('the ', i) && CAP_WORD.test(text.slice(i + 4, i + 5))) i += 4;
  return readQuoted(text, i) ?? readCapitalized(text, i, pat);
}

/**
 * Before an appositive descriptor ending at `nounEnd` ("‸The Balochistan Post, a local news
 * website, reported"): the capitalized run ending at the comma. Only when the noun heads the
 * appositive (a comma or the sentence's end follows it: not "Joe Biden, a former newspaper
 * editor,") and an article opens it.
 */
export function nameBeforeAppositive(
  text: string,
  descStart: number,
  nounEnd: number,
  pat: UnlistedPatterns,
): NameSpan | null {
  if (!/^\s*[,.;)]/.test(text.slice(nounEnd, nounEnd + 3))) return null;
  const head = text.slice(Math.max(0, descStart - 120), descStart);
  const m =
    /([\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&+-]*),\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.exec(head);
  if (!m) return null;
  const lastStart = descStart - head.length + m.index;
  const end = lastStart + m[1].length;
  return { start: capitalizedRunBefore(text, lastStart, pat), end };
}

/**
 * The capitalized words right before `end` that lead up to an outlet-shaped word ending there
 * ("the ‸Westfield Courier", "der ‸Westfälischen Rundschau"), with the function words between
 * them. Returns the start of the first word, or `end` when there is none.
 */
export function capitalizedRunBefore(text: string, end: number, pat: UnlistedPatterns): number {
  let start = end;
  let words = 0;
  let i = end;
  while (words < MAX_WORDS - 1 && i > 0 && text[i - 1] === ' ') {
    const head = text.slice(Math.max(0, i - 41), i - 1);
    const m = /[\p{L}\p{M}\p{N}'’.&+-]+$/u.exec(head);
    if (!m) break;
    const word = m[0];
    const at = i - 1 - word.length;
    // "Lokalavisen Vestegnens Tidende": a capitalized outlet noun opening the sentence is the
    // descriptor, not the name's first word (a name-shaped word, "Diario", "Radio", stays in).
    if (descriptorType(word, pat) && !pat.shapeType.has(foldText(word))) break;
    // "Puerto Princesa-based", "Kikuyu-language": a lower-case part after a hyphen makes the
    // word an adjective before the name ("Ouest-France", "Post-Gazette" stay names).
    if (/-\p{Ll}+$/u.test(word)) break;
    if (CAP_WORD.test(word)) {
      start = at;
      words++;
    } else if (!pat.joiners.has(foldText(word))) break;
    i = at;
  }
  return start;
}

/** Final vowels (and soft signs) a case ending changes: "Direkcij|a", "Ministerstv|o". */
const FINAL_VOWELS = /[aeiouyаеиоуыэюяіїєьйαεηιουω]+$/u;
/** Fewest letters left of a word when its final vowels are compared without its ending. */
const MIN_STEM = 4;

/** A folded word without its final vowels, when enough of it is left; else ''. */
export function vowelStem(folded: string): string {
  const stem = folded.replace(FINAL_VOWELS, '');
  return [...stem].length >= MIN_STEM ? stem : '';
}

/**
 * True when a name holds a word that makes it no outlet ("Ministry", "Universität"), in any case
 * form of an inflecting language ("na sajtu ‸Direkcije‸", "Ministarstva"): words are compared
 * without their final vowels too.
 */
export function hasNotOutletWord(name: string, pat: UnlistedPatterns): boolean {
  for (const w of name.split(/[\s-]+/)) {
    const folded = foldText(w);
    if (pat.notOutlet.has(folded)) return true;
    const stem = vowelStem(folded);
    if (stem && pat.notOutletStems.has(stem)) return true;
  }
  return false;
}

/**
 * A stable id part for a name: folded letters (with their marks) and digits joined by hyphens, a leading article
 * dropped ("The Westfield Courier" and "Westfield Courier" are one outlet).
 */
export function slugOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && ARTICLES.has(foldText(words[0]).replace(/['’]$/, ''))) words.shift();
  return (
    foldText(words.join(' '))
      // Vowel signs are letters' parts in Indic and Thai scripts ("दैनिक"): they stay.
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}
