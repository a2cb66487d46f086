import { makeRoleLookup } from './block-roles';
import { chooseFor, type Decision, type DetectState } from './detect-state';
import { rulesFor, type RuleSet } from './lang/registry';
import { matchCue, type CueMatch } from './match-cue';
import { sentenceAround } from './text';
import {
  CHAIN_GAP,
  RAW_SPAN,
  RELAY_CONFIDENCE,
  UNLISTED_FACTOR,
  WEAK_NAME_VERB_ONLY_FACTOR,
} from './tuning';
import { isUnlistedId, type BlockRole, type CreditKind, type OutletMention } from './types';

/** Nearby quotation marks that turn a report into a quotation. */
const OPENING_QUOTE = /["“„«「『]/;
/**
 * A quoted name or title later in the sentence ("Recherchen von WDR und „Süddeutscher Zeitung“",
 * "in der Sendung „Hart aber fair“"): short, no punctuation inside, not after a colon and not
 * followed by the comma or dash that close direct speech. It does not make the credit a quotation.
 */
const QUOTED_NAME =
  /(?<![:：]\s?)["“„«「『][^"“”„«»「」『』\n,.!?…。，:]{1,40}["”“»」』](?!\s?[,，:—–-])/gu;
/**
 * The mark closing a quoted name ("podle „Práva“", "в «Коммерсанте»"): “ and " close names in
 * Czech, German or Bulgarian quotation style, so it never opens the quotation.
 */
const CLOSING_NAME_QUOTE = /^\s?["“”»」』]/;
/** A mark that may close a quoted name. */
const CLOSING_MARK = /["“”»«」』]/;
/** An opening mark right before a name: the name is quoted. */
const QUOTE_BEFORE_NAME = /["“„«「『]\s?$/;
/**
 * Direct speech: a quoted passage closed by its punctuation or followed by a comma or dash
 * ("«Wir zählen jedes Pfund», sagte er", "“We are ready,” she told"), not a quoted title
 * ("im Programm „Fakty po Faktach” w TVN24").
 */
const QUOTED_PASSAGE =
  /["“„«「『][^"“”„«»「」『』\n]{8,}(?:[,.!?…。，]\s?["”“»«」』]|["”“»«」』]\s?[,，:—–-])/;

/**
 * The key under which a mention's cue is remembered: repeated credit lines ("Photo: …/AP" under
 * every picture) decide once, since the same raw text around the same kind of mention gives the
 * same cue at the same relative offsets.
 */
function cueCacheKey(text: string, m: OutletMention, role: BlockRole | undefined): string {
  const from = Math.max(0, m.start - RAW_SPAN);
  const flags = `${m.weakCase ? 1 : 0}${m.titleCase || m.contracted ? 1 : 0}${m.glued ? 1 : 0}${m.cueFrom ?? ''}`;
  return [role ?? '', flags, text.slice(from, m.end + RAW_SPAN), m.start - from].join('|');
}

/** Finds a mention's cue, reusing the answer for an identical neighbourhood. */
function cachedCue(
  state: DetectState,
  m: OutletMention,
  sets: RuleSet[],
  role: BlockRole | undefined,
  cache: Map<string, CueMatch | null>,
): CueMatch | null {
  const key = cueCacheKey(state.text, m, role);
  const cached = cache.get(key);
  if (cached !== undefined) {
    return (
      cached && { ...cached, cueStart: m.start + cached.cueStart, cueEnd: m.end + cached.cueEnd }
    );
  }
  const cue = matchCue(state.text, m, sets, role);
  cache.set(key, cue && { ...cue, cueStart: cue.cueStart - m.start, cueEnd: cue.cueEnd - m.end });
  return cue;
}

/** The credit a matched cue makes of mention `i`: confidence and kind adjusted to the context. */
export function decide(state: DetectState, i: number, cue: CueMatch, role?: BlockRole): Decision {
  const m = state.mentions[i];
  const ids = state.candidates[i];
  const { rule, weight } = cue.set;
  let confidence = rule.confidence * weight;
  if (ids.length === 1 && isUnlistedId(ids[0])) confidence *= UNLISTED_FACTOR;
  const weakName =
    m.weakCase ||
    m.titleCase ||
    m.contracted ||
    m.glued ||
    (m.isAbbreviation && m.surface.length - (m.caseEnding?.length ?? 0) <= 2) ||
    m.shortForm;
  if (weakName && rule.verbOnly && !cue.described && !ids.some((id) => state.fullNamed.has(id)))
    confidence *= WEAK_NAME_VERB_ONLY_FACTOR;
  let kind: CreditKind = role === 'caption' && rule.kindInCaption ? rule.kindInCaption : rule.kind!;
  if (kind === 'interview') {
    // "«Wir zählen jedes Pfund», sagte er der FT": words quoted before the outlet they were
    // given to are a quotation credited to it ("In an interview with X, she said: '…'" stays one).
    const span = sentenceAround(state.text, m.start, m.end);
    if (QUOTED_PASSAGE.test(state.text.slice(span.start, m.start))) kind = 'quote';
  }
  if (kind === 'report') {
    const span = sentenceAround(state.text, m.start, m.end);
    const rest = state.text.slice(m.end, span.end);
    const quoted = QUOTE_BEFORE_NAME.test(state.text.slice(Math.max(0, m.start - 2), m.start));
    const after = (quoted ? rest.replace(CLOSING_NAME_QUOTE, '') : rest).replace(QUOTED_NAME, ' ');
    if (OPENING_QUOTE.test(after) && !onlyQuotedOutlets(state, i, span.end)) kind = 'quote';
  }
  return { ids, kind, rule: rule.id, confidence, cueStart: cue.cueStart, cueEnd: cue.cueEnd };
}

/**
 * True when every quotation mark after mention `i` up to `end` only wraps another outlet's name
 * ("meldete unter Berufung auf das „Wall Street Journal“, der Deal sei geplatzt"): a quoted
 * name followed by a comma is still a name, not direct speech.
 */
function onlyQuotedOutlets(state: DetectState, i: number, end: number): boolean {
  const { text, mentions } = state;
  const past = (at: number) => (CLOSING_MARK.test(text[at] ?? '') ? at + 1 : at);
  let from = past(mentions[i].end);
  for (let j = i + 1; j < mentions.length && mentions[j].start < end; j++) {
    const m = mentions[j];
    if (!OPENING_QUOTE.test(text[m.start - 1] ?? '') || m.start - 1 < from) continue;
    if (OPENING_QUOTE.test(text.slice(from, m.start - 1))) return false;
    from = past(m.end);
  }
  return !OPENING_QUOTE.test(text.slice(from, end));
}

/**
 * "AFP, citing Reuters": the outlet right before a chain cue relayed mention `i`'s credit. It is
 * credited too (unless ruled out) and becomes the `via` of mention `i`.
 */
function creditRelay(state: DetectState, i: number, cueStart: number, weight: number): void {
  const { mentions, text, decisions, excluded, candidates } = state;
  for (let j = i - 1; j >= 0 && mentions[j].end >= cueStart - CHAIN_GAP; j--) {
    if (mentions[j].end > cueStart) continue;
    if (!/^[\s,;:]*$/.test(text.slice(mentions[j].end, cueStart))) break;
    if (excluded[j]) break;
    decisions[j] ??= {
      ids: candidates[j],
      kind: 'report',
      rule: 'relay',
      confidence: RELAY_CONFIDENCE * weight,
      cueStart: mentions[j].start,
      cueEnd: mentions[j].end,
    };
    const via = chooseFor(state, candidates[j]);
    if (via) decisions[i]!.via = via;
    break;
  }
}

/**
 * Step 3, cues: tries the language's rules around every mention still in play; a "not a credit"
 * rule rules the mention out, a credit rule decides it (and a chain rule credits the relay).
 */
export function judgeCues(state: DetectState): void {
  const sets = rulesFor(state.ctx.lang);
  const roleAt = makeRoleLookup(state.ctx.blocks);
  const cache = new Map<string, CueMatch | null>();
  for (let i = 0; i < state.mentions.length; i++) {
    if (state.excluded[i]) continue;
    const m = state.mentions[i];
    const role = roleAt(m.start);
    const cue = cachedCue(state, m, sets, role, cache);
    if (!cue) continue;
    if (cue.set.rule.kind === null) {
      state.excluded[i] = cue.set.rule.id;
      continue;
    }
    state.decisions[i] = decide(state, i, cue, role);
    if (cue.set.rule.chain) creditRelay(state, i, cue.cueStart, cue.set.weight);
  }
}
