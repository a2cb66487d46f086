import { chooseFor, type DetectState } from './detect-state';
import { normalizeSpace, sentenceAround } from './text';
import {
  BRACKET_CLOSE_SLACK,
  COUNTRY_WORD_LOOKBEHIND,
  UNCERTAIN_BELOW,
  UNRESOLVED_CEILING,
} from './tuning';
import type { Attribution, OutletMention } from './types';

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '（': '）' };

/**
 * Extends a cue that opens a bracket ("(Source: AP") over the bracket's close right after it,
 * so the credit reads and is drawn whole: "(Source: AP)".
 */
function closeBracket(text: string, start: number, end: number): number {
  const close = CLOSING[text[start]];
  if (!close || text.slice(start + 1, end).includes(close)) return end;
  let i = end;
  while (i < text.length && i < end + BRACKET_CLOSE_SLACK && text[i] === ' ') i++;
  return text[i] === close ? i + 1 : end;
}

/**
 * Steps 5 and 6, choose the outlet and assemble: one attribution per decided mention, in text
 * order, with its cue, sentence and confidence (capped when no single outlet could be chosen).
 */
export function assembleAttributions(state: DetectState): Attribution[] {
  const { text, mentions, decisions } = state;
  const out: Attribution[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const d = decisions[i];
    if (!d) continue;
    const m = mentions[i];
    const head = text.slice(Math.max(0, m.start - COUNTRY_WORD_LOOKBEHIND), m.start);
    const chosen = chooseFor(state, d.ids, head);
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
      sentence: normalizeSpace(text.slice(span.start, span.end)),
      sentenceStart: span.start,
      sentenceEnd: span.end,
      confidence: chosen ? d.confidence : Math.min(UNRESOLVED_CEILING, d.confidence),
    };
    if (d.via && d.via !== a.outletId) a.via = d.via;
    out.push(a);
  }
  return out;
}

/** Where a republished article came from: its origin line, else an "originally appeared on" credit. */
export interface OriginalSource {
  outletId: string;
  surface: string;
  start: number;
  end: number;
}

/**
 * The article's original source: the mention on its origin line ("Source: baoquocte.vn"), or
 * else the first sure credit of kind `other` ("This article originally appeared on The Atlantic").
 */
export function findOriginalSource(
  state: DetectState,
  origin: OutletMention | null,
  attributions: Attribution[],
): OriginalSource | null {
  if (origin) {
    const ids = origin.outletIds;
    const outletId = chooseFor(state, ids) ?? ids[0];
    return { outletId, surface: origin.surface, start: origin.start, end: origin.end };
  }
  const first = attributions.find((a) => a.kind === 'other' && a.confidence >= UNCERTAIN_BELOW);
  return first
    ? { outletId: first.outletId, surface: first.surface, start: first.start, end: first.end }
    : null;
}
