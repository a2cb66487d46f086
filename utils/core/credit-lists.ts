import { chooseFor, type DetectState } from './detect-state';
import { LIST_GAP } from './lang/word-lists';
import { LIST_GAP_MAX, LIST_SHARE_FACTOR } from './tuning';

/** "X via Y": X credited through Y. */
const VIA_GAP = /^\s+via\s+$/i;

/** Rules whose wire shapes may lend their cue to a mention in the wrong letter case ("AFP/dpa"). */
const WIRE_TAG_RULES = new Set(['paren-wire-tag', 'slash-wire-tag', 'with-wire']);

/** How mention `i` joins the one before it: a list item, a "via" relay, or not at all. */
function linkBefore(state: DetectState, i: number): 'list' | 'via' | null {
  const gap = state.text.slice(state.mentions[i - 1].end, state.mentions[i].start);
  if (gap.length > LIST_GAP_MAX) return null;
  if (VIA_GAP.test(gap)) return 'via';
  return LIST_GAP.test(gap) ? 'list' : null;
}

/**
 * Step 4, lists and relays: lists share their cue ("(Con información de AFP, EFE y Reuters)",
 * "AFP/dpa", "X via Y"). A mention with no decision of its own takes its neighbour's, forward
 * then backward; in "X via Y" only Y's credit flows back to X, and Y becomes X's `via`.
 */
export function shareListCues(state: DetectState): void {
  const { mentions, decisions, excluded, candidates } = state;
  for (let pass = 0; pass < 2; pass++) {
    const forward = pass === 0;
    for (let k = 1; k < mentions.length; k++) {
      const i = forward ? k : mentions.length - k; // the later mention of the pair is i
      const link = linkBefore(state, i);
      if (!link) continue;
      const [from, to] = forward ? [i - 1, i] : [i, i - 1];
      if (link === 'via' && forward) continue;
      const src = decisions[from];
      if (!src || decisions[to] || excluded[to]) continue;
      if (mentions[to].weakCase && !WIRE_TAG_RULES.has(src.rule)) continue;
      decisions[to] = {
        ids: candidates[to],
        kind: src.kind,
        rule: `${src.rule}+list`,
        confidence: src.confidence * LIST_SHARE_FACTOR,
        cueStart: src.cueStart,
        cueEnd: src.cueEnd,
      };
      if (link === 'via') decisions[to]!.via = chooseFor(state, src.ids) ?? undefined;
    }
  }
}
