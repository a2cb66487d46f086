import { type AliasIndex } from './alias-index';
import { findMentions } from './find-mentions';
import { shareListCues } from './credit-lists';
import { assembleAttributions, findOriginalSource, type OriginalSource } from './detect-assemble';
import { findCandidates } from './detect-candidates';
import { applyDefinedOutlets } from './defined-outlets';
import { judgeCues } from './detect-cues';
import { judgeDeferredVerbs } from './detect-deferred';
import { judgeDescribed } from './detect-described';
import { judgeHearers } from './detect-hearer';
import type { DetectState } from './detect-state';
import { findOriginalSourceMention } from './original-source';
import type { ArticleContext, Attribution, OutletMention, UnlistedOutlet } from './types';
import { findUnlistedMentions } from './unlisted-find';

/** What the core found in one article text. */
export interface Detection {
  /** Credits, in text order; confidence below `UNCERTAIN_BELOW` means "shown apart". */
  attributions: Attribution[];
  /** The mention naming where a re-published article came from, if any. */
  originalSource: OriginalSource | null;
  /** Every alias occurrence, cited or not (for debugging and evaluation). */
  mentions: OutletMention[];
  /** Outlets the catalog does not know that the mentions name (`unlisted:<slug>` ids). */
  unlisted: Map<string, UnlistedOutlet>;
}

/** Two lists of mentions in text order, merged in text order. */
function mergeMentions(a: OutletMention[], b: OutletMention[]): OutletMention[] {
  if (!b.length) return a;
  const out: OutletMention[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && b[j].start < m.start) out.push(b[j++]);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * Finds every outlet the text credits, in named steps: (1) find mentions, one pass of the alias
 * automaton, then (1b) names the catalog does not know, shown to be outlets by their context; (2) candidates, the outlets each may denote and the mentions ruled out at once;
 * (3) cues, the rules in a window around each mention, then (3b) context for a listed
 * outlet no cue decided: its reporting verb further on in its clause, its speech verb before
 * the subject that told it, or a descriptor that introduces it in a sentence that reports; (4) lists and relays share their cue;
 * (5) choose the outlet among candidates and (6) assemble the attributions. Offsets are UTF-16
 * code units into `text`. Never throws on any string input.
 */
export function detectAttributions(
  text: string,
  index: AliasIndex,
  ctx: ArticleContext = {},
): Detection {
  return traceDetection(text, index, ctx).detection;
}

/** `detectAttributions` with the steps' shared state kept (why each mention was ruled out). */
export function traceDetection(
  text: string,
  index: AliasIndex,
  ctx: ArticleContext = {},
): { detection: Detection; state: DetectState } {
  // The text's own abbreviations of listed outlets ("l'Agence de presse sénégalaise (APS)").
  const listed = applyDefinedOutlets(text, findMentions(text, index, ctx.lang));
  const unlisted = findUnlistedMentions(text, listed, ctx);
  const kept = unlisted.displaced.size ? listed.filter((m) => !unlisted.displaced.has(m)) : listed;
  const mentions = mergeMentions(kept, unlisted.mentions);
  const origin = findOriginalSourceMention(text, listed);
  const state = findCandidates(text, mentions, origin, index, ctx);
  judgeCues(state);
  judgeDeferredVerbs(state);
  judgeHearers(state);
  judgeDescribed(state);
  shareListCues(state);
  const attributions = assembleAttributions(state);
  const originalSource = findOriginalSource(state, origin, attributions);
  return {
    detection: { attributions, originalSource, mentions, unlisted: unlisted.outlets },
    state,
  };
}
