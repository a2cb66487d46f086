import { admitsEnding } from './case-endings';
import type { LanguagePack } from './lang/pack';
import type { RuleSet } from './lang/registry';
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
const QUOTE_BEFORE = /\s?["“„«‘‚‹「『]\s?$/;
const QUOTE_AFTER = /^\s?["”“»’‘›」』]/;

/** The window without the quotation marks around the name ("entrevista à “CNN”"). */
function unquote(w: Window, side: 'before' | 'after'): Window {
  if (side === 'before') {
    const m = QUOTE_BEFORE.exec(w.text);
    return m ? { text: w.text.slice(0, m.index) + ' ', base: w.base, map: w.map } : w;
  }
  const m = QUOTE_AFTER.exec(w.text);
  return m ? sliceWindow(w, m[0].length) : w;
}

/** Window variants: as is, then with the language's descriptor removed (when it has one). */
function variants(
  w0: Window,
  lang: LanguagePack | null,
  side: 'before' | 'after',
  cache: Map<LanguagePack, Window | null>,
): [Window, boolean][] {
  const w = unquote(w0, side);
  const list: [Window, boolean][] = [[w0, false]];
  if (w !== w0) list.push([w, false]);
  if (!lang) return list;
  let stripped = cache.get(lang);
  if (stripped === undefined) {
    stripped = null;
    const re = side === 'before' ? lang.descBefore : lang.descAfter;
    const m = re?.exec(w.text);
    if (m && m[0].trim()) {
      stripped =
        side === 'before'
          ? // Group 1, when the pattern has one, is what stays (the article: "all'", "the ").
            {
              text:
                w.text.slice(0, m.index) +
                (m[1] ?? (m[0].startsWith(' ') || m[0].startsWith('\n') ? ' ' : '')),
              base: w.base,
              map: w.map,
            }
          : sliceWindow(w, m.index + m[0].length);
    }
    cache.set(lang, stripped);
  }
  if (stripped) list.push([stripped, true]);
  return list;
}

/** Tries each rule around one mention; the first that matches decides. */
export function matchCue(
  text: string,
  m: OutletMention,
  sets: RuleSet[],
  role?: BlockRole,
): CueMatch | null {
  // A glued credit starts where its own (lost) line started: nothing before it counts.
  const before = m.glued ? { text: '', base: m.start, map: null } : windowBefore(text, m.start);
  // "according to the newspaper ‸Westfield Courier": the text before the descriptor is read too.
  const beyond: [Window, boolean][] =
    m.cueFrom !== undefined ? [[windowBefore(text, m.cueFrom), true]] : [];
  const after = windowAfter(text, m.end);
  const beforeCache = new Map<LanguagePack, Window | null>();
  const afterCache = new Map<LanguagePack, Window | null>();
  for (const set of sets) {
    const { rule } = set;
    if (rule.roles && (!role || !rule.roles.includes(role))) continue;
    if (!admitsEnding(rule.endings, m)) continue;
    if ((m.weakCase || m.glued) && !rule.structural && rule.kind !== null) continue;
    if (m.titleCase && rule.exactCase) continue;
    const weakCapital = m.titleCase || m.contracted;
    if (weakCapital && !rule.before && !rule.structural && rule.kind !== null) continue;
    const bs: [Window, boolean][] = rule.before
      ? [...variants(before, set.lang, 'before', beforeCache), ...beyond]
      : [[before, false]];
    const as: [Window, boolean][] = rule.after
      ? variants(after, set.lang, 'after', afterCache)
      : [[after, false]];
    for (const [bw, bDesc] of bs) {
      let cueStart = m.start;
      if (rule.before) {
        const b = rule.before.exec(bw.text);
        if (!b) continue;
        const lead = b[0].length - b[0].trimStart().length;
        cueStart = offsetAt(bw, b.index + lead);
        if (bDesc) cueStart = Math.min(cueStart, m.start);
      }
      for (const [aw, aDesc] of as) {
        let cueEnd = m.end;
        if (rule.after) {
          const a = rule.after.exec(aw.text);
          if (!a) continue;
          const endIdx = a.index + a[0].trimEnd().length;
          cueEnd = endIdx > 0 ? offsetAt(aw, endIdx - 1) + 1 : m.end;
        }
        return {
          set,
          cueStart: Math.min(cueStart, m.start),
          cueEnd: Math.max(cueEnd, m.end),
          // A verb after the name ("the news agency AP reported") still sees a descriptor before it.
          described:
            bDesc ||
            aDesc ||
            !!m.described ||
            (!rule.before && variants(before, set.lang, 'before', beforeCache).some(([, d]) => d)),
        };
      }
    }
  }
  return null;
}
