import { makeRoleLookup } from './block-roles';
import { decide } from './detect-cues';
import type { DetectState } from './detect-state';
import type { LanguagePack } from './lang/pack';
import { packFor, rulesFor, type RuleSet } from './lang/registry';
import { ARTICLES } from './lang/word-lists';
import { matchCue } from './match-cue';
import { sentenceAround } from './text';
import { DEFERRED_FACTOR, DEFERRED_WORDS, UNKNOWN_LANGUAGE_WEIGHT } from './tuning';
import type { OutletMention } from './types';

/**
 * A context rule for a listed outlet no cue decided: the outlet opens a clause whose reporting
 * verb comes a few words later ("The BBC late on Tuesday reported", "HINA je u utorak navečer
 * izvijestila", "De NOS heeft dinsdagavond … gemeld", "Il Corriere nell'edizione di martedì ha
 * rivelato"). Adverbials, auxiliaries and clitics stand between subject and verb in every
 * language; the packs' verb rules read the verb right after the name (or after a fixed few
 * words), so here the language's own verb rule is tried again after each of the next words of
 * the clause. The credit is a little less sure than the verb right after the name.
 */

/** A word of the clause: no clause punctuation, no quotation mark, no bracket. */
const CLAUSE_WORD = /^[^\s.,;:!?…。，、；：！？"“”„«»‹›()[\]{}–—|/]+/u;
/** Blanks between two words of the clause (no line break: a new line is a new clause). */
const GAP = /^[ \t\u00a0]+/;

/** Where a clause starts: after these marks (or at the sentence's start). */
const CLAUSE_MARK = /[,;:(\n"“”„«»–—]/g;
/** A capital letter. */
const UPPER = /^\p{Lu}/u;

/** The pack's word lists this step looks words up in, as sets built once per article. */
interface ClauseWords {
  and: Set<string>;
  modifiers: Set<string>;
  negations: Set<string>;
}

function clauseWords(pack: LanguagePack | undefined): ClauseWords {
  return {
    and: new Set(pack?.words.and ?? []),
    modifiers: new Set(pack?.modifierNouns ?? []),
    negations: new Set(pack?.negations ?? []),
  };
}

/** True when the mention's name is a strong, full spelling of a listed outlet. */
function isStrongName(state: DetectState, i: number): boolean {
  const m = state.mentions[i];
  if (m.weakCase || m.titleCase || m.contracted || m.glued || m.shortForm) return false;
  const letters = m.surface.length - (m.caseEnding?.length ?? 0);
  return !(m.isAbbreviation && letters < 3);
}

/**
 * True when the mention opens its clause, so it can be the clause's subject: nothing before it
 * in the clause but articles, "and" words and the language's descriptor ("The BBC", ", and the
 * news agency Reuters"). "Źródła PAP nie podały", "Источники ТАСС" (the sources of) are not.
 */
function opensClause(
  state: DetectState,
  i: number,
  pack: LanguagePack | undefined,
  words: ClauseWords,
): boolean {
  const { text, mentions } = state;
  const m = mentions[i];
  const span = sentenceAround(text, m.start, m.end);
  let head = text.slice(span.start, m.start);
  let cut = 0;
  for (const mark of head.matchAll(CLAUSE_MARK)) cut = mark.index + 1;
  head = head.slice(cut);
  const desc = pack?.descBefore?.exec(head);
  if (desc) head = head.slice(0, desc.index) + (desc[1] ?? '');
  const heads = head.split(/\s+/).filter(Boolean);
  if (heads.length > 2) return false;
  return heads.every((w) => {
    const word = w.toLowerCase().replace(/['’]$/, '');
    return ARTICLES.has(word) || words.and.has(word);
  });
}

/** How many mentions may name each outlet, counted once per text (not per mention). */
function mentionCounts(state: DetectState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of state.mentions)
    for (const id of m.outletIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * True when a one-word name opens its sentence with no article and nothing else names the
 * outlet: the capital may be only the sentence's ("Exame de sangue revelou…": a blood test,
 * not the magazine), so the name alone is too weak to reach for a verb further on. A news
 * agency's name is no ordinary word ("Reuters a lundi soir rapporté"): it stands on its own.
 */
function isBareOpening(state: DetectState, i: number, named: Map<string, number>): boolean {
  const { text, mentions, candidates, index } = state;
  const m = mentions[i];
  // Capitals throughout ("TVN24", "HINA") or several words are a name's own spelling.
  if (!/\p{Ll}/u.test(m.surface) || /\s/.test(m.surface.trim())) return false;
  if (candidates[i].every((id) => index.outlets.get(id)?.type === 'news-agency')) return false;
  const span = sentenceAround(text, m.start, m.end);
  if (text.slice(span.start, m.start).trim()) return false;
  return !candidates[i].some((id) => (named.get(id) ?? 0) > 1);
}

/**
 * Ends of the next words of the clause after the mention, at most `DEFERRED_WORDS`, stopping
 * at punctuation, a line break or the next mention; the first word must not be one the pack
 * names as a noun making the outlet a modifier ("Reuters photographers said").
 */
function wordEnds(
  state: DetectState,
  i: number,
  pack: LanguagePack | undefined,
  { modifiers, negations }: ClauseWords,
): number[] {
  const { text, mentions } = state;
  const limit = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
  const ends: number[] = [];
  let at = mentions[i].end;
  while (ends.length < DEFERRED_WORDS) {
    const gap = GAP.exec(text.slice(at, at + 8));
    if (!gap) break;
    const word = CLAUSE_WORD.exec(text.slice(at + gap[0].length, at + gap[0].length + 40));
    if (!word) break;
    const end = at + gap[0].length + word[0].length;
    if (end > limit) break;
    const lower = word[0].toLowerCase();
    if (negations.has(lower)) return [];
    if (!ends.length && modifiers.has(lower)) break;
    // "The Reuters Institute publishes": a capital goes on with the name, where capitals mark
    // names only.
    if (!ends.length && !pack?.capitalizesNouns && UPPER.test(word[0])) break;
    ends.push(end);
    at = end;
  }
  return ends;
}

/** True when a word of `text` is one of the language's negations ("किसी ने … नहीं बताया"). */
function hasNegation(text: string, negations: Set<string>): boolean {
  return text.split(/[\s,.;:!?।]+/).some((w) => negations.has(w.toLowerCase()));
}

/** The language's own verb rules ("X reported"), or the first cue of the shifted window. */
function verbAfter(state: DetectState, m: OutletMention, sets: RuleSet[], end: number) {
  const cue = matchCue(state.text, { ...m, end }, sets);
  if (!cue) return undefined;
  const { rule, weight } = cue.set;
  const own = weight >= UNKNOWN_LANGUAGE_WEIGHT;
  return rule.verbOnly && !rule.before && rule.kind !== null && own ? cue : null;
}

/**
 * Step 3b, deferred verbs: credits each undecided, unexcluded mention with a strong name whose
 * clause goes on to the language's reporting verb (see above). The first cue any shifted window
 * meets decides: a veto or another shape there ends the search.
 */
export function judgeDeferredVerbs(state: DetectState): void {
  const sets = rulesFor(state.ctx.lang);
  const pack = packFor(state.ctx.lang);
  const named = mentionCounts(state);
  const words = clauseWords(pack);
  const roleAt = makeRoleLookup(state.ctx.blocks);
  for (let i = 0; i < state.mentions.length; i++) {
    if (state.excluded[i] || state.decisions[i] || !state.candidates[i].length) continue;
    if (!isStrongName(state, i) || !opensClause(state, i, pack, words)) continue;
    if (isBareOpening(state, i, named)) continue;
    const m = state.mentions[i];
    const role = roleAt(m.start);
    if (role === 'heading' || role === 'caption') continue;
    for (const end of wordEnds(state, i, pack, words)) {
      const cue = verbAfter(state, m, sets, end);
      if (cue === undefined) continue;
      if (cue === null || hasNegation(state.text.slice(end, cue.cueEnd), words.negations)) break;
      const d = decide(state, i, cue, role);
      state.decisions[i] = {
        ...d,
        rule: `${d.rule}+deferred`,
        confidence: d.confidence * DEFERRED_FACTOR,
      };
      break;
    }
  }
}
