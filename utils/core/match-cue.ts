import { admitsEnding } from './case-endings';
import type { LanguagePack } from './lang/pack';
import type { RuleSet } from './lang/registry';
import { cueIndexOf, descriptorsToTry, rulesToTry } from './cue-candidates';
import { mayMatch, wordsCache, WindowWords } from './cue-prefilter';
import { offsetAt, sliceWindow, windowAfter, windowBefore, type Window } from './cue-window';
import type { BlockRole, OutletMention } from './types';

export interface CueMatch {
  set: RuleSet;
  cueStart: number;
  cueEnd: number;
  /** A descriptor ("the news agency", "l'agenzia di stampa") stood next to the name. */
  described: boolean;
}

/** An opening quotation mark right before a name, or a closing one right after it. */
// The typewriter apostrophe quotes only after a space and before one ("अखबार 'X' के"), never
// in "Reuters'a" or "paper's".
const QUOTE_BEFORE = /\s?["“„«‘‚‹「『]\s?$|\s'$/;
const QUOTE_AFTER = /^\s?["”“»’‘›」』]|^'(?=\s)/;

/** The window without the quotation marks around the name ("entrevista à “CNN”"). */
function unquote(w: Window, side: 'before' | 'after'): Window {
  if (side === 'before') {
    const m = QUOTE_BEFORE.exec(w.text);
    return m ? { text: w.text.slice(0, m.index) + ' ', base: w.base, map: w.map } : w;
  }
  const m = QUOTE_AFTER.exec(w.text);
  return m ? sliceWindow(w, m[0].length) : w;
}

/** The window of `side` without quotation marks around the name, made once per mention. */
function unquoted(side: 'before' | 'after', t: Tries): Window {
  return (t.unquoted[side] ??= unquote(side === 'before' ? t.before : t.after, side));
}

/** The window variants one side offers a language's rules, and every word they hold. */
interface Side {
  list: [Window, boolean][];
  words: WindowWords;
  /** The language's descriptor stood next to the name (one of the variants drops it). */
  described: boolean;
}

/** What one mention's tries share: its windows, their variants by language and their words. */
interface Tries {
  before: Window;
  after: Window;
  /** "according to the newspaper ‸Westfield Courier": the text before the descriptor. */
  beyond: [Window, boolean][];
  sides: { before: Map<LanguagePack | null, Side>; after: Map<LanguagePack | null, Side> };
  unquoted: { before?: Window; after?: Window };
  words: (text: string) => WindowWords;
}

/** The window with the language's descriptor removed, or null when it has none there. */
function stripDescriptor(w: Window, re: RegExp | undefined, side: 'before' | 'after', t: Tries) {
  // The prefilter answers "no match" for most languages' descriptors without running them.
  const m = re && mayMatch(re, t.words(w.text)) ? re.exec(w.text) : null;
  if (!m || !m[0].trim()) return null;
  if (side === 'after') return sliceWindow(w, m.index + m[0].length);
  // Group 1, when the pattern has one, is what stays (the article: "all'", "the ").
  const rest = m[1] ?? (m[0].startsWith(' ') || m[0].startsWith('\n') ? ' ' : '');
  return { text: w.text.slice(0, m.index) + rest, base: w.base, map: w.map };
}

/**
 * Window variants: as is, then without the quotation marks around the name, then with the
 * language's descriptor removed (when it has one); before the name, also the text before the
 * descriptor the mention was found after (`beyond`). With the words all of them hold, so a
 * rule whose words are absent is dropped in one check.
 */
function sideFor(lang: LanguagePack | null, side: 'before' | 'after', t: Tries): Side {
  const cached = t.sides[side].get(lang);
  if (cached) return cached;
  const w0 = side === 'before' ? t.before : t.after;
  const w = unquoted(side, t);
  const re = lang?.[side === 'before' ? 'descBefore' : 'descAfter'];
  const stripped = lang && stripDescriptor(w, re, side, t);
  // A language without its descriptor here offers the same variants as the common layer.
  const result = lang && !stripped ? sideFor(null, side, t) : plainSide(w0, w, stripped, side, t);
  t.sides[side].set(lang, result);
  return result;
}

/** One side's variants (see `sideFor`) and the words they hold. */
function plainSide(
  w0: Window,
  w: Window,
  stripped: Window | null,
  side: 'before' | 'after',
  t: Tries,
): Side {
  const list: [Window, boolean][] = [[w0, false]];
  if (w !== w0) list.push([w, false]);
  if (stripped) list.push([stripped, true]);
  if (side === 'before') list.push(...t.beyond);
  // One variant's words are read as they are (nothing writes to a word set).
  return { list, words: unionOfWords(list, t), described: !!stripped };
}

/** The words every variant holds; one variant's set is read as it is (nothing writes to one). */
function unionOfWords(list: [Window, boolean][], t: Tries): WindowWords {
  if (list.length === 1) return t.words(list[0][0].text);
  return WindowWords.union(list.map(([w]) => t.words(w.text)));
}

/** True when the rule's conditions other than its patterns let it judge mention `m`. */
function applies(set: RuleSet, m: OutletMention, role: BlockRole | undefined): boolean {
  const { rule } = set;
  if (rule.roles && (!role || !rule.roles.includes(role))) return false;
  if (!admitsEnding(rule.endings, m)) return false;
  if (rule.surface && !rule.surface.test(m.surface)) return false;
  if ((m.weakCase || m.glued) && !rule.structural && rule.kind !== null) return false;
  if (m.titleCase && rule.exactCase) return false;
  const weakCapital = m.titleCase || m.contracted;
  if (weakCapital && !rule.before && !rule.structural && rule.kind !== null) return false;
  return true;
}

/** Where the rule's `after` pattern ends its cue in the window variants, or null. */
function matchAfter(set: RuleSet, m: OutletMention, after: Side | null): [number, boolean] | null {
  const re = set.rule.after;
  if (!re || !after) return [m.end, false];
  for (const [aw, aDesc] of after.list) {
    const a = re.exec(aw.text);
    if (!a) continue;
    const endIdx = a.index + a[0].trimEnd().length;
    return [endIdx > 0 ? offsetAt(aw, endIdx - 1) + 1 : m.end, aDesc];
  }
  return null;
}

/** Tries one rule around a mention: both its patterns must match some variant of the windows. */
function tryRule(set: RuleSet, m: OutletMention, t: Tries): CueMatch | null {
  const { rule } = set;
  const before = rule.before ? sideFor(set.lang, 'before', t) : null;
  if (before && !mayMatch(rule.before!, before.words)) return null;
  const after = rule.after ? sideFor(set.lang, 'after', t) : null;
  if (after && !mayMatch(rule.after!, after.words)) return null;
  for (const [bw, bDesc] of before?.list ?? [[t.before, false]]) {
    let cueStart = m.start;
    if (rule.before) {
      const b = rule.before.exec(bw.text);
      if (!b) continue;
      const lead = b[0].length - b[0].trimStart().length;
      cueStart = offsetAt(bw, b.index + lead);
      if (bDesc) cueStart = Math.min(cueStart, m.start);
    }
    const end = matchAfter(set, m, after);
    if (!end) continue;
    return {
      set,
      cueStart: Math.min(cueStart, m.start),
      cueEnd: Math.max(end[0], m.end),
      // A verb after the name ("the news agency AP reported") still sees a descriptor before it.
      described: bDesc || end[1] || !!m.described || (!rule.before && describedBefore(set, t)),
    };
  }
  return null;
}

/** The word sets of the variants any language reads on `side` (see cue-candidates.ts). */
function wordsOn(side: 'before' | 'after', t: Tries): WindowWords[] {
  const common = sideFor(null, side, t);
  const out = [common.words];
  for (const lang of descriptorsToTry(side, t.words(unquoted(side, t).text))) {
    const own = sideFor(lang, side, t);
    if (own !== common) out.push(own.words);
  }
  return out;
}

/** True when the language's descriptor stands right before the name. */
function describedBefore(set: RuleSet, t: Tries): boolean {
  return sideFor(set.lang, 'before', t).described;
}

/** Tries each rule around one mention; the first that matches decides. */
export function matchCue(
  text: string,
  m: OutletMention,
  sets: RuleSet[],
  role?: BlockRole,
): CueMatch | null {
  const t: Tries = {
    // A glued credit starts where its own (lost) line started: nothing before it counts.
    before: m.glued ? { text: '', base: m.start, map: null } : windowBefore(text, m.start),
    after: windowAfter(text, m.end),
    beyond: m.cueFrom !== undefined ? [[windowBefore(text, m.cueFrom), true]] : [],
    sides: { before: new Map(), after: new Map() },
    unquoted: {},
    words: wordsCache(),
  };
  const marks = rulesToTry(cueIndexOf(sets), (side) => wordsOn(side, t));
  for (let p = 0; p < sets.length; p++) {
    if (!marks[p] || !applies(sets[p], m, role)) continue;
    const cue = tryRule(sets[p], m, t);
    if (cue) return cue;
  }
  return null;
}
