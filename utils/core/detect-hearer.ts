import { makeRoleLookup } from './block-roles';
import { decide } from './detect-cues';
import type { DetectState } from './detect-state';
import { packFor, rulesFor, type RuleSet } from './lang/registry';
import { ARTICLES } from './lang/word-lists';
import { matchCue, type CueMatch } from './match-cue';
import { sentenceAround } from './text';
import { HEARER_FACTOR, HEARER_WORDS, RAW_SPAN, UNKNOWN_LANGUAGE_WEIGHT } from './tuning';

/**
 * A context rule for a listed outlet no cue decided: a speech verb, then its subject, then the
 * outlet as the hearer ("Ho ha explicat el conseller de Salut a Catalunya Ràdio", "Lo ha
 * spiegato il sindaco di Livorno al Corriere", "C'est ce qu'a confirmé le porte-parole à
 * l'AFP"). Languages that put the subject after the verb put it between the verb and its
 * hearer; the packs' "told" rules read the verb right before the hearer's preposition. So the
 * language's own "told" rule is tried again with the subject's words (one to `HEARER_WORDS`,
 * no punctuation) taken out between the verb and the preposition.
 */

/** A word of the clause: no clause punctuation, no quotation mark, no bracket. */
const UPPER = /^\p{Lu}/u;
const CLAUSE_WORD = /^[^\s.,;:!?…。，、；：！？"“”„«»‹›()[\]{}–—|/]+$/u;

/**
 * True when the words taken out can be the verb's subject: they follow a word long enough to be
 * the verb (not a preposition whose object they are: "explicó el plan a| los directivos de| la
 * Cadena SER") and open with an article or a capital ("el portavoz", "il sindaco", "Maria").
 */
function opensSubject(before: string, first: string): boolean {
  if ([...before].filter((c) => /\p{L}/u.test(c)).length < 4) return false;
  return ARTICLES.has(first.toLowerCase().replace(/['’].*$/, '')) || UPPER.test(first);
}

/** The words of `head` with their offsets (`base` is head's offset in the text). */
function wordsOf(head: string, base: number): { start: number; end: number; word: string }[] {
  return [...head.matchAll(/\S+/g)].map((w) => ({
    start: base + w.index,
    end: base + w.index + w[0].length,
    word: w[0],
  }));
}

/** The language's own "told" rule matching with `text` cut at [from, to), or undefined. */
function toldWithout(
  state: DetectState,
  i: number,
  sets: RuleSet[],
  from: number,
  to: number,
): CueMatch | null | undefined {
  const m = state.mentions[i];
  // Only the windows' reach around the cut is copied, so a long text stays linear.
  const lo = Math.max(0, from - RAW_SPAN);
  const hi = Math.min(state.text.length, m.end + RAW_SPAN);
  const shift = to - from + lo;
  const text = state.text.slice(lo, from) + state.text.slice(to, hi);
  const cue = matchCue(text, { ...m, start: m.start - shift, end: m.end - shift }, sets);
  if (!cue) return undefined;
  const { rule, weight } = cue.set;
  const told = /-told(?:-|$)/.test(rule.id) && !!rule.before && !rule.after;
  if (!told || weight < UNKNOWN_LANGUAGE_WEIGHT || cue.cueStart + lo >= from) return null;
  return { ...cue, cueStart: cue.cueStart + lo, cueEnd: m.end };
}

/** The cue of mention `i` across the subject between its speech verb and it, or null. */
function hearerCue(state: DetectState, i: number, sets: RuleSet[], negations: Set<string>) {
  const m = state.mentions[i];
  const span = sentenceAround(state.text, m.start, m.end);
  const words = wordsOf(state.text.slice(span.start, m.start), span.start);
  // The preposition, and the article or elided article that may follow it ("a la", "à l'").
  for (let keep = 1; keep <= 2; keep++) {
    const kept = words.length - keep;
    for (let k = 1; k <= HEARER_WORDS && kept - k >= 1; k++) {
      const cut = words.slice(kept - k, kept);
      if (!opensSubject(words[kept - k - 1].word, cut[0].word)) continue;
      if (!cut.every((w) => CLAUSE_WORD.test(w.word) && !negations.has(w.word.toLowerCase())))
        break;
      // Mentions are in text order: only the one right before this could lie in the cut.
      if (i > 0 && state.mentions[i - 1].end > cut[0].start) break;
      const cue = toldWithout(state, i, sets, cut[0].start, words[kept].start);
      if (cue === null) break;
      if (cue) return cue;
    }
  }
  return null;
}

/**
 * Step 3c, hearers across a subject: credits each undecided, unexcluded mention in a strong
 * spelling whose speech verb stands before its subject (see above).
 */
export function judgeHearers(state: DetectState): void {
  const pack = packFor(state.ctx.lang);
  if (!pack) return;
  const sets = rulesFor(state.ctx.lang);
  const negations = new Set(pack.negations ?? []);
  const roleAt = makeRoleLookup(state.ctx.blocks);
  for (let i = 0; i < state.mentions.length; i++) {
    if (state.excluded[i] || state.decisions[i] || !state.candidates[i].length) continue;
    const m = state.mentions[i];
    if (m.weakCase || m.titleCase || m.glued || m.shortForm) continue;
    const role = roleAt(m.start);
    if (role === 'heading' || role === 'caption') continue;
    const cue = hearerCue(state, i, sets, negations);
    if (!cue) continue;
    const d = decide(state, i, cue, role);
    state.decisions[i] = {
      ...d,
      rule: `${d.rule}+hearer`,
      confidence: d.confidence * HEARER_FACTOR,
    };
  }
}
