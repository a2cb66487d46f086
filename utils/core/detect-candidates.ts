import type { AliasIndex } from './alias-index';
import { isCitable, PERSON_BEFORE, shortFormCandidates } from './choose-outlet';
import { evidenceFor, type DetectState } from './detect-state';
import { packFor } from './lang/registry';
import { NAME_PARTICLE_BEFORE } from './lang/word-lists';
import { definedAbbreviations, isDefinedOtherwise } from './defined-abbreviations';
import { familyOf, isPageOwnListed } from './own-family';
import { PERSON_LOOKBEHIND } from './tuning';
import { isUnlistedId, type ArticleContext, type OutletMention } from './types';

/** Outlets the text names unambiguously, and those it names by a full (non-abbreviated) name. */
function namedOutlets(mentions: OutletMention[]): { named: Set<string>; fullNamed: Set<string> } {
  const named = new Set<string>();
  const fullNamed = new Set<string>();
  for (const m of mentions) {
    if (m.shortForm || m.weakCase) continue;
    if (m.outletIds.length === 1) named.add(m.outletIds[0]);
    if (!m.isAbbreviation) for (const id of m.outletIds) fullNamed.add(id);
  }
  return { named, fullNamed };
}

/**
 * True when a one-word name follows a capitalized word that makes it a person's name ("the even
 * wealthier Michael Bloomberg"). Not in languages that capitalize every noun.
 */
function isPersonName(text: string, m: OutletMention, ctx: ArticleContext): boolean {
  const pack = packFor(ctx.lang);
  if (pack?.capitalizesNouns || m.isAbbreviation || /\s/.test(m.surface)) return false;
  const head = text.slice(Math.max(0, m.start - PERSON_LOOKBEHIND), m.start);
  // A descriptor ending in a country is no first name ("Media Jepang NHK", "kantor berita Rusia TASS").
  if (pack?.descBefore?.test(head)) return false;
  return PERSON_BEFORE.test(head) && !NAME_PARTICLE_BEFORE.test(head);
}

/** What rules a mention out page-wide: the page's own outlets and the text's own abbreviations. */
interface PageFacts {
  publisher: Set<string>;
  ctx: ArticleContext;
  index: AliasIndex;
  /** Abbreviations the text defines (`definedAbbreviations`). */
  defined: Map<string, string>;
}

/** Why a mention is ruled out before any cue is read, or null. */
function exclusionOf(
  text: string,
  m: OutletMention,
  origin: OutletMention | null,
  ids: string[],
  page: PageFacts,
): string | null {
  const { publisher, ctx, index } = page;
  // A wire on the source line ("Quelle: dpa") is also the story's credit, as in any source line.
  if (m === origin && !ids.every((id) => index.outlets.get(id)?.type === 'news-agency'))
    return 'origin';
  if (ids.length === 0) return 'uncitable';
  if (ids.some((id) => publisher.has(id) || isPageOwnListed(id, index, ctx.page)))
    return 'publisher';
  if (isDefinedOtherwise(m, ids, page.defined, index)) return 'defined';
  return isPersonName(text, m, ctx) ? 'person' : null;
}

/**
 * Step 2, candidates: for each mention, the outlets it may denote (a short form only for an
 * outlet named in full elsewhere; photo banks dropped), and whether it is ruled out at once (the
 * origin line, the page's own outlet, a person's name).
 */
export function findCandidates(
  text: string,
  mentions: OutletMention[],
  origin: OutletMention | null,
  index: AliasIndex,
  ctx: ArticleContext,
): DetectState {
  // The page's own outlet and its family (parent, children, sisters) are never cited.
  const publisher = familyOf(ctx.publisherIds ?? [], index);
  const { named, fullNamed } = namedOutlets(mentions);
  const state: DetectState = {
    text,
    mentions,
    index,
    ctx,
    candidates: new Array(mentions.length),
    excluded: new Array(mentions.length).fill(null),
    decisions: new Array(mentions.length).fill(null),
    named,
    fullNamed,
    publisher,
    publisherCountry: ctx.publisherIds?.length
      ? index.outlets.get(ctx.publisherIds[0])?.country
      : undefined,
  };
  const page: PageFacts = { publisher, ctx, index, defined: definedAbbreviations(text) };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let ids = m.outletIds;
    if (m.shortForm) {
      const known = (id: string) => named.has(id) || publisher.has(id);
      ids = shortFormCandidates(ids, known, index, ctx, () => evidenceFor(state));
    }
    ids = ids.filter(
      (id) => isUnlistedId(id) || isCitable(index.outlets.get(id)) || publisher.has(id),
    );
    state.candidates[i] = ids;
    state.excluded[i] = exclusionOf(text, m, origin, ids, page);
  }
  return state;
}
