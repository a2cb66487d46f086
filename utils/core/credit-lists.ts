import type { CreditKind, OutletMention } from './types';

/** What may stand between items of a list of outlets ("AFP, EFE y Reuters", "AFP/dpa"). */
const LIST_GAP =
  /^\s*(?:,|;|&|\/|\+|[-–]|and|y|e|et|und|i|и|та|og|och|a|ou|o|or|oder|,\s*(?:and|y|e|et|und|i|и))\s*(?:the\s+|la\s+|el\s+|die\s+|der\s+|le\s+|il\s+|l['’])?$/i;
/** "X via Y": X credited through Y. */
const VIA_GAP = /^\s+via\s+$/i;

/** A mention judged to be a credit, before the outlet is chosen among its candidates. */
export interface Decision {
  ids: string[];
  kind: CreditKind;
  rule: string;
  confidence: number;
  cueStart: number;
  cueEnd: number;
  via?: string;
}

/**
 * Lists share their cue: "(Con información de AFP, EFE y Reuters)", "AFP/dpa", "X via Y". A
 * mention with no decision of its own takes its neighbour's, forward then backward. Mutates
 * `decisions`; `choose` picks the outlet an ambiguous relay means.
 */
export function shareListCues(
  text: string,
  mentions: OutletMention[],
  decisions: (Decision | null)[],
  excluded: boolean[],
  candidates: string[][],
  choose: (ids: string[]) => string | null,
): void {
  const gapOk = (i: number) => {
    const gap = text.slice(mentions[i - 1].end, mentions[i].start);
    if (gap.length > 14) return null;
    if (VIA_GAP.test(gap)) return 'via';
    return LIST_GAP.test(gap) ? 'list' : null;
  };
  for (let pass = 0; pass < 2; pass++) {
    const forward = pass === 0;
    for (let k = 1; k < mentions.length; k++) {
      const i = forward ? k : mentions.length - k; // the later mention of the pair is i
      const link = gapOk(i);
      if (!link) continue;
      const [from, to] = forward ? [i - 1, i] : [i, i - 1];
      if (link === 'via' && forward) continue; // "X via Y": only Y's credit flows back to X.
      const src = decisions[from];
      if (!src || decisions[to] || excluded[to]) continue;
      if (
        mentions[to].weakCase &&
        !['paren-wire-tag', 'paren-tag', 'slash-wire-tag', 'with-wire'].includes(src.rule)
      )
        continue;
      decisions[to] = {
        ids: candidates[to],
        kind: src.kind,
        rule: `${src.rule}+list`,
        confidence: src.confidence * 0.95,
        cueStart: src.cueStart,
        cueEnd: src.cueEnd,
      };
      if (link === 'via') decisions[to]!.via = choose(src.ids) ?? undefined;
    }
  }
}
