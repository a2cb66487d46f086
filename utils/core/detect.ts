import { findMentions, type AliasIndex } from './alias-index';
import { rulesFor, WINDOW, type RuleSet } from './cues';
import { findOriginalSourceMention } from './original-source';
import { collapseSpace, sentenceAround } from './text';
import { makeRoleLookup } from './block-roles';
import type { ArticleContext, Attribution, BlockRole, OutletMention } from './types';

/** What the core found in one article text. */
export interface Detection {
  /** Credits, in text order; confidence below `UNCERTAIN_BELOW` means "shown apart". */
  attributions: Attribution[];
  /** The mention naming where a re-published article came from, if any. */
  originalSource: { outletId: string; surface: string; start: number; end: number } | null;
  /** Every alias occurrence, cited or not (for debugging and evaluation). */
  mentions: OutletMention[];
}

interface CueMatch {
  set: RuleSet;
  cueStart: number;
  cueEnd: number;
}

/** Tries each rule around one mention; the first that matches decides. */
function matchCue(text: string, m: OutletMention, sets: RuleSet[], role?: BlockRole): CueMatch | null {
  // Look for the line break inside the window only: searching the whole text for it made every
  // mention cost O(text) on a text without line breaks (quadratic for 100,000 mentions).
  const windowStart = Math.max(0, m.start - WINDOW);
  const beforeStart = windowStart + text.slice(windowStart, m.start).lastIndexOf('\n') + 1;
  const before = text.slice(beforeStart, m.start);
  const ahead = text.slice(m.end, m.end + WINDOW);
  const breakAhead = ahead.indexOf('\n');
  const after = breakAhead < 0 ? ahead : ahead.slice(0, breakAhead);
  for (const set of sets) {
    const { rule } = set;
    if (rule.roles && (!role || !rule.roles.includes(role))) continue;
    let cueStart = m.start;
    let cueEnd = m.end;
    if (rule.before) {
      const b = rule.before.exec(before);
      if (!b) continue;
      cueStart = beforeStart + b.index + (b[0].length - b[0].trimStart().length);
    }
    if (rule.after) {
      const a = rule.after.exec(after);
      if (!a) continue;
      cueEnd = m.end + a.index + a[0].trimEnd().length;
    }
    return { set, cueStart, cueEnd };
  }
  return null;
}

/** Picks the outlet an ambiguous mention means, or null to leave it uncertain. */
function chooseOutlet(m: OutletMention, index: AliasIndex, ctx: ArticleContext): string | null {
  if (m.outletIds.length === 1) return m.outletIds[0];
  const candidates = m.outletIds.filter((id) => !ctx.publisherIds?.includes(id));
  if (candidates.length === 1) return candidates[0];
  if (ctx.lang) {
    const sameLang = candidates.filter((id) => index.outlets.get(id)?.languages.includes(ctx.lang!));
    if (sameLang.length === 1) return sameLang[0];
  }
  return null;
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
  const attributions: Attribution[] = [];
  const roleAt = makeRoleLookup(ctx.blocks);
  for (const m of mentions) {
    if (m === origin) continue;
    if (m.outletIds.every((id) => ctx.publisherIds?.includes(id))) continue;
    const role = roleAt(m.start);
    const cue = matchCue(text, m, sets, role);
    if (!cue || cue.set.rule.kind === null) continue;
    const chosen = chooseOutlet(m, index, ctx);
    const { rule, weight } = cue.set;
    const kind = role === 'caption' && rule.kindInCaption ? rule.kindInCaption : cue.set.rule.kind;
    const span = sentenceAround(text, m.start, m.end);
    const hasCue = cue.cueStart < m.start || cue.cueEnd > m.end;
    attributions.push({
      outletId: chosen ?? m.outletIds[0],
      surface: m.surface,
      start: m.start,
      end: m.end,
      kind,
      cue: hasCue
        ? { text: text.slice(cue.cueStart, cue.cueEnd), start: cue.cueStart, end: cue.cueEnd }
        : null,
      rule: rule.id,
      sentence: collapseSpace(text.slice(span.start, span.end)),
      sentenceStart: span.start,
      sentenceEnd: span.end,
      confidence: chosen ? rule.confidence * weight : Math.min(0.4, rule.confidence * weight),
    });
  }
  const originalSource = origin
    ? {
        outletId: chooseOutlet(origin, index, ctx) ?? origin.outletIds[0],
        surface: origin.surface,
        start: origin.start,
        end: origin.end,
      }
    : null;
  return { attributions, originalSource, mentions };
}
