import { makeRoleLookup } from './block-roles';
import { decide } from './detect-cues';
import type { DetectState } from './detect-state';
import type { CueRule } from './lang/pack';
import { packFor } from './lang/registry';
import { reportingVerbs } from './reporting-verbs';
import { sentenceAround } from './text';
import { CONFIDENCE, DESCRIBED_FACTOR } from './tuning';
import { isUnlistedId } from './types';

/** The rule this step decides by: a report, a quotation when the sentence quotes after the name. */
const DESCRIBED_RULE: CueRule = {
  id: 'context-described',
  kind: 'report',
  confidence: CONFIDENCE.pattern,
};

/** How much text before (after) a name may hold its descriptor. */
const REACH = 80;
/** A quotation mark between a descriptor and the name ("на каналі «1+1»"). */
const QUOTE_END = /\s?["“„«‹「『]$/;
const QUOTE_START = /^["”“»›」』]/;

/** Words after an appositive that may still stand before its verb ("…, has since reported"). */
const AFTER_APPOSITIVE = /^(?:\s*[^\s,;]+){0,3}/u;

/**
 * The part of the sentence after a name at `end` that is the name's own clause: up to the next
 * comma or semicolon; when a comma follows the name at once, the appositive or relative clause
 * it opens and a few words after it ("BelTA, cituodama …, neigia", "The Nation newspaper,
 * which first reported"). Not ", sagte ein Sprecher" after the clause: that verb has a subject
 * of its own.
 */
function ownClause(tail: string): string {
  if (!/^\s*,/.test(tail)) return /^[^,;]*/.exec(tail)![0];
  const open = tail.indexOf(',');
  const close = tail.indexOf(',', open + 1);
  if (close < 0) return tail;
  return tail.slice(0, close + 1) + AFTER_APPOSITIVE.exec(tail.slice(close + 1))![0];
}

/**
 * A context rule for a listed outlet no cue decided: the article introduces it with the
 * language's outlet descriptor ("the news agency BelTA", "Lokalna televizija TV Jadran",
 * "अंतरराष्ट्रीय एजेंसी रॉयटर्स", "The Nation newspaper"). A writer presents an outlet that way
 * to credit it when its sentence reports something, so the sentence must hold one of the
 * language's reporting verbs (`reportingVerbs`, any form, anywhere: "BelTA, cituodama …,
 * neigia"); "Der Sender ZDF überträgt das Finale" has none. Less sure than a cue.
 */
export function judgeDescribed(state: DetectState): void {
  const pack = packFor(state.ctx.lang);
  if (!pack?.descBefore && !pack?.descAfter) return;
  const verbs = reportingVerbs(pack);
  if (!verbs) return;
  const roleAt = makeRoleLookup(state.ctx.blocks);
  const { text, mentions } = state;
  for (let i = 0; i < mentions.length; i++) {
    const ids = state.candidates[i];
    if (state.excluded[i] || state.decisions[i] || !ids.length || ids.some(isUnlistedId)) continue;
    const m = mentions[i];
    if (m.weakCase || m.glued || m.shortForm) continue;
    if (roleAt(m.start) === 'heading') continue;
    const span = sentenceAround(text, m.start, m.end);
    const head = text
      .slice(Math.max(span.start, m.start - REACH), m.start)
      .replace(/\s+/g, ' ')
      .replace(QUOTE_END, ' ');
    const tail = text.slice(m.end, span.end).replace(/\s+/g, ' ').replace(QUOTE_START, '');
    const before = pack.descBefore?.exec(head);
    const after = pack.descAfter?.exec(tail);
    // A name in title case ("Antara" for ANTARA) is a name only behind its descriptor.
    const weakCapital = m.titleCase || m.contracted;
    if (!before?.[0].trim() && (weakCapital || !after?.[0].trim())) continue;
    if (!verbs.test(ownClause(after ? tail.slice(after[0].length) : tail))) continue;
    const cue = { set: { rule: DESCRIBED_RULE, weight: 1, lang: pack }, described: true };
    const d = decide(state, i, { ...cue, cueStart: m.start, cueEnd: m.end }, roleAt(m.start));
    state.decisions[i] = { ...d, confidence: d.confidence * DESCRIBED_FACTOR };
  }
}
