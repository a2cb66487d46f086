import type { AliasEntry, AliasIndex } from './alias-index';
import { endingsFor } from './case-endings';
import { packFor } from './lang/registry';
import { scanDomains } from './domain-mentions';
import { checkMention } from './mention-checks';
import { endAfterMarks, normalizeForScan } from './normalize';
import type { OutletMention } from './types';

/**
 * Finds every catalog alias in `text` in one pass over its normalized form (normalize.ts), keeps
 * those that are mentions (mention-checks.ts: word boundaries, glued prefixes, case endings,
 * letter case), and resolves overlaps leftmost-longest. Offsets index into `text` as given. In
 * an article in `lang`, a name may carry that language's case endings ("Reutersin",
 * "az MTI-nek"): the mention then spans the inflected word.
 */
export function findMentions(text: string, index: AliasIndex, lang?: string): OutletMention[] {
  const { folded, map } = normalizeForScan(text);
  const own = endingsFor(lang);
  const capitalizes = !!packFor(lang)?.capitalizesNouns;
  const hits: OutletMention[] = [];
  const onHit = (fStart: number, fEnd: number, value: AliasEntry): void => {
    const start = map ? map[fStart] : fStart;
    const end = map ? endAfterMarks(text, map[fEnd - 1] + 1) : fEnd;
    const hit = checkMention(text, start, end, value, own);
    if (hit && !(hit.shortForm && runsIntoName(text, hit.end, capitalizes))) hits.push(hit);
  };
  index.automaton.scan(folded, onHit);
  scanDomains(folded, index.domains, onHit);
  hits.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.weakCase ?? false) - Number(b.weakCase ?? false) ||
      Number(a.glued ?? false) - Number(b.glued ?? false),
  );
  // Real names first, leftmost-longest; then short names in the gaps they leave, so a short
  // name ("the Herald") never hides a real one that overlaps it ("Herald Sun", "Times of India").
  const kept = keepLeftmostLongest(hits.filter((h) => !h.shortForm));
  const shorts = keepLeftmostLongest(hits.filter((h) => h.shortForm));
  if (!shorts.length) return kept;
  const free = shorts.filter((s) => !kept.some((k) => k.start < s.end && s.start < k.end));
  return [...kept, ...free].sort((a, b) => a.start - b.start);
}

/** A capitalized word right after, on the same line: "the World| Health Organization". */
const NAME_GOES_ON = /^[ \u00a0]\p{Lu}/u;

/**
 * True when a short name ends inside a longer capitalized name ("the ‸World‸ Health
 * Organization", "SCIENCE PHOTO LIBRARY"), so it names something else. Not in a language that
 * capitalizes every noun, where the next word is often an ordinary one.
 */
function runsIntoName(text: string, end: number, capitalizesNouns: boolean): boolean {
  return !capitalizesNouns && NAME_GOES_ON.test(text.slice(end, end + 2));
}

/** Non-overlapping hits, leftmost-longest; same-span hits merge the outlets they may denote. */
function keepLeftmostLongest(hits: OutletMention[]): OutletMention[] {
  const kept: OutletMention[] = [];
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < lastEnd) {
      // Same span from a name and an abbreviation: merge the outlets it may denote.
      const prev = kept[kept.length - 1];
      if (prev.start === hit.start && prev.end === hit.end && !hit.weakCase) {
        for (const id of hit.outletIds) if (!prev.outletIds.includes(id)) prev.outletIds.push(id);
      }
      continue;
    }
    kept.push({ ...hit, outletIds: [...hit.outletIds] });
    lastEnd = hit.end;
  }
  return kept;
}
