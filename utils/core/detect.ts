import { findMentions, type AliasIndex } from './alias-index';
import { makeRoleLookup } from './block-roles';
import { chooseOutlet, isCitable, NOT_PERSON_BEFORE, PERSON_BEFORE } from './choose-outlet';
import { shareListCues, type Decision } from './credit-lists';
import { RAW_SPAN } from './cue-window';
import { rulesFor } from './cues';
import { matchCue, type CueMatch } from './match-cue';
import { findOriginalSourceMention } from './original-source';
import { collapseSpace, sentenceAround } from './text';
import type { ArticleContext, Attribution, CreditKind, OutletMention } from './types';

/** What the core found in one article text. */
export interface Detection {
  /** Credits, in text order; confidence below `UNCERTAIN_BELOW` means "shown apart". */
  attributions: Attribution[];
  /** The mention naming where a re-published article came from, if any. */
  originalSource: { outletId: string; surface: string; start: number; end: number } | null;
  /** Every alias occurrence, cited or not (for debugging and evaluation). */
  mentions: OutletMention[];
}

/** Nearby quotation marks that turn a report into a quotation. */
const OPENING_QUOTE = /["“„«「『]/;
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '（': '）' };

/**
 * Extends a cue that opens a bracket ("(Source: AP") over the bracket's close right after it,
 * so the credit reads and is drawn whole: "(Source: AP)".
 */
function closeBracket(text: string, start: number, end: number): number {
  const open = text[start];
  const close = CLOSING[open];
  if (!close || text.slice(start + 1, end).includes(close)) return end;
  let i = end;
  while (i < text.length && i < end + 2 && text[i] === ' ') i++;
  return text[i] === close ? i + 1 : end;
}

/**
 * Finds every outlet the text credits: one pass for aliases, then cue rules in a window around
 * each mention. Offsets are UTF-16 code units into `text`. Never throws on any string input.
 */
export function detectAttributions(
  text: string,
  index: AliasIndex,
  ctx: ArticleContext = {},
): Detection {
  const mentions = findMentions(text, index);
  const origin = findOriginalSourceMention(text, mentions);
  const sets = rulesFor(ctx.lang);
  const roleAt = makeRoleLookup(ctx.blocks);
  const publisher = new Set(ctx.publisherIds ?? []);
  const publisherCountry = ctx.publisherIds?.length
    ? index.outlets.get(ctx.publisherIds[0])?.country
    : undefined;
  // Outlets the text names unambiguously, and those it names by a full (non-abbreviated) name.
  const named = new Set<string>();
  const fullNamed = new Set<string>();
  for (const m of mentions) {
    if (m.shortForm || m.weakCase) continue;
    if (m.outletIds.length === 1) named.add(m.outletIds[0]);
    if (!m.isAbbreviation) for (const id of m.outletIds) fullNamed.add(id);
  }
  const decisions: (Decision | null)[] = new Array(mentions.length).fill(null);
  const cueCache = new Map<string, CueMatch | null>();
  /** Mentions a rule ruled out (actor, own outlet…): never credited through a list either. */
  const excluded: boolean[] = new Array(mentions.length).fill(false);
  const candidates: string[][] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let ids = m.outletIds;
    if (m.shortForm) ids = ids.filter((id) => named.has(id) || publisher.has(id));
    ids = ids.filter((id) => isCitable(index.outlets.get(id)) || publisher.has(id));
    candidates[i] = ids;
    if (m === origin || ids.length === 0 || ids.some((id) => publisher.has(id))) {
      excluded[i] = true;
      continue;
    }
    if (ctx.lang !== 'de' && !m.isAbbreviation && !/\s/.test(m.surface)) {
      const head = text.slice(Math.max(0, m.start - 40), m.start);
      if (PERSON_BEFORE.test(head) && !NOT_PERSON_BEFORE.test(head)) {
        excluded[i] = true;
        continue;
      }
    }
    const role = roleAt(m.start);
    // Repeated credit lines ("Photo: …/AP" under every picture) decide once: the same raw text
    // around the same kind of mention gives the same cue at the same relative offsets.
    const key = `${role ?? ''}|${m.weakCase ? 1 : 0}${m.titleCase ? 1 : 0}|${text.slice(Math.max(0, m.start - RAW_SPAN), m.end + RAW_SPAN)}|${m.start - Math.max(0, m.start - RAW_SPAN)}`;
    let cue: CueMatch | null;
    const cached = cueCache.get(key);
    if (cached !== undefined) {
      cue = cached && {
        ...cached,
        cueStart: m.start + cached.cueStart,
        cueEnd: m.end + cached.cueEnd,
      };
    } else {
      cue = matchCue(text, m, sets, role);
      cueCache.set(
        key,
        cue && { ...cue, cueStart: cue.cueStart - m.start, cueEnd: cue.cueEnd - m.end },
      );
    }
    if (!cue) continue;
    const { rule, weight } = cue.set;
    if (rule.kind === null) {
      excluded[i] = true;
      continue;
    }
    let confidence = rule.confidence * weight;
    const weakName =
      m.weakCase || m.titleCase || (m.isAbbreviation && m.surface.length <= 2) || m.shortForm;
    if (weakName && rule.verbOnly && !cue.described && !ids.some((id) => fullNamed.has(id)))
      confidence *= 0.5;
    let kind: CreditKind =
      role === 'caption' && rule.kindInCaption ? rule.kindInCaption : rule.kind;
    if (kind === 'report') {
      const span = sentenceAround(text, m.start, m.end);
      if (OPENING_QUOTE.test(text.slice(m.end, span.end))) kind = 'quote';
    }
    decisions[i] = {
      ids,
      kind,
      rule: rule.id,
      confidence,
      cueStart: cue.cueStart,
      cueEnd: cue.cueEnd,
    };
    if (rule.chain) {
      // "AFP, citing Reuters": the outlet right before the cue relayed this one.
      for (let j = i - 1; j >= 0 && mentions[j].end >= cue.cueStart - 4; j--) {
        if (mentions[j].end > cue.cueStart) continue;
        if (!/^[\s,;:]*$/.test(text.slice(mentions[j].end, cue.cueStart))) break;
        if (!excluded[j]) {
          const relay = decisions[j];
          if (!relay) {
            decisions[j] = {
              ids: candidates[j],
              kind: 'report',
              rule: 'relay',
              confidence: 0.85 * weight,
              cueStart: mentions[j].start,
              cueEnd: mentions[j].end,
            };
          }
          const via = chooseOutlet(candidates[j], index, ctx, named, publisherCountry);
          if (via) decisions[i]!.via = via;
        }
        break;
      }
    }
  }
  shareListCues(text, mentions, decisions, excluded, candidates, (ids) =>
    chooseOutlet(ids, index, ctx, named, publisherCountry),
  );
  const attributions: Attribution[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const d = decisions[i];
    if (!d) continue;
    const m = mentions[i];
    const chosen = chooseOutlet(
      d.ids,
      index,
      ctx,
      named,
      publisherCountry,
      text.slice(Math.max(0, m.start - 60), m.start),
    );
    const span = sentenceAround(text, m.start, m.end);
    const hasCue = d.cueStart < m.start || d.cueEnd > m.end;
    const cueEnd = hasCue ? closeBracket(text, d.cueStart, d.cueEnd) : d.cueEnd;
    const a: Attribution = {
      outletId: chosen ?? d.ids[0],
      surface: m.surface,
      start: m.start,
      end: m.end,
      kind: d.kind,
      cue: hasCue ? { text: text.slice(d.cueStart, cueEnd), start: d.cueStart, end: cueEnd } : null,
      rule: d.rule,
      sentence: collapseSpace(text.slice(span.start, span.end)),
      sentenceStart: span.start,
      sentenceEnd: span.end,
      confidence: chosen ? d.confidence : Math.min(0.4, d.confidence),
    };
    if (d.via && d.via !== a.outletId) a.via = d.via;
    attributions.push(a);
  }
  let originalSource: Detection['originalSource'] = null;
  if (origin) {
    const ids = origin.outletIds;
    originalSource = {
      outletId: chooseOutlet(ids, index, ctx, named, publisherCountry) ?? ids[0],
      surface: origin.surface,
      start: origin.start,
      end: origin.end,
    };
  } else {
    // "This article originally appeared on The Atlantic": the same fact, said in a sentence.
    const first = attributions.find((a) => a.kind === 'other' && a.confidence >= 0.5);
    if (first)
      originalSource = {
        outletId: first.outletId,
        surface: first.surface,
        start: first.start,
        end: first.end,
      };
  }
  return { attributions, originalSource, mentions };
}
