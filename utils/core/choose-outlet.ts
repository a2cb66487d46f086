import type { AliasIndex } from './alias-index';
import type { Outlet } from './catalog-schema';
import type { CountryEvidence } from './country-vote';
import { COUNTRY_STEMS } from './lang/word-lists';
import { SHORT_FORM_COUNTRY_MIN } from './tuning';
import type { ArticleContext } from './types';

/**
 * A news organization may be cited; an entry a person typed as "other" (a photo bank such as
 * Getty Images) is in the catalog only so its credits are read correctly.
 */
export function isCitable(o: Outlet | undefined): boolean {
  return !!o && !(o.type === 'other' && o.sources?.type === 'curated');
}

/**
 * Picks the outlet a mention means, or null to leave it uncertain: a country word right before
 * it ("the Kenyan Nation"), the one the text names unambiguously elsewhere, the article's
 * country evidence (see `CountryEvidence`), the article's language, and last the outlet that
 * has the name outright over namesakes the catalog qualifies.
 */
export function chooseOutlet(
  ids: string[],
  index: AliasIndex,
  ctx: ArticleContext,
  named: Set<string>,
  evidence?: CountryEvidence,
  head = '',
): string | null {
  if (ids.length === 1) return ids[0];
  const byWord = head ? pickByCountryWord(ids, index, head) : null;
  if (byWord) return byWord;
  // The text named one of them unambiguously elsewhere ("The Post" after "The Washington Post").
  const seen = ids.filter((id) => named.has(id));
  if (seen.length === 1) return seen[0];
  const voted = evidence?.pick(ids, index);
  if (voted) return voted;
  let pool = ids;
  if (ctx.lang) {
    const sameLang = ids.filter((id) => index.outlets.get(id)?.languages.includes(ctx.lang!));
    if (sameLang.length === 1) return sameLang[0];
    if (sameLang.length) pool = sameLang;
  }
  // The outlet that has the name outright, over namesakes the catalog qualifies ("CBC" over
  // "CBC (Egypt)", "20 Minutes" over "20 minutes (Suisse)").
  const home = index.qualified ? pool.filter((id) => !index.qualified!.has(id)) : pool;
  return home.length === 1 && home.length < pool.length ? home[0] : null;
}

/**
 * "the even wealthier Michael Bloomberg": a capitalized word mid-sentence right before a one-word
 * name (unless a function word makes it part of a name: see `NAME_PARTICLE_BEFORE`).
 */
export const PERSON_BEFORE = /[\p{Ll}\d,;)] \p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)? $/u;
/** The one candidate whose country the text right before the mention names, if exactly one. */
function pickByCountryWord(ids: string[], index: AliasIndex, head: string): string | null {
  const h = head.toLowerCase();
  const hits = ids.filter((id) => {
    const stems = COUNTRY_STEMS.get(index.outlets.get(id)?.country ?? '');
    return !!stems && stems.some((stem) => h.includes(stem));
  });
  return hits.length === 1 ? hits[0] : null;
}

/**
 * The outlets a short name ("The Herald", "Le Soir") may stand for: those the text names in
 * full elsewhere or the page's own; failing that, the one outlet publishing in the article's
 * language whose country the article's evidence makes plain (`SHORT_FORM_COUNTRY_MIN`), as a
 * Zimbabwean story's "The Herald" is Harare's. `evidence` is built only when needed.
 */
export function shortFormCandidates(
  ids: string[],
  known: (id: string) => boolean,
  index: AliasIndex,
  ctx: ArticleContext,
  evidence: () => CountryEvidence,
): string[] {
  const kept = ids.filter(known);
  if (kept.length || !ids.length) return kept;
  const local = ctx.lang
    ? ids.filter((id) => index.outlets.get(id)?.languages.includes(ctx.lang!))
    : ids;
  if (!local.length) return [];
  const e = evidence();
  const scored = local
    .map((id) => ({ id, s: e.score(index.outlets.get(id)?.country ?? '') }))
    .sort((a, b) => b.s - a.s);
  // The best must beat every other candidate of the name, not only those in the language.
  const rival = Math.max(
    0,
    ...ids.filter((id) => id !== scored[0].id).map((id) => e.score(countryOf(id, index))),
  );
  // A page from one country naming its own namesake short ("La Voz" on lavoz.com.ar) means
  // itself or a paper at home, never one abroad.
  const best = scored[0];
  if (e.isOtherSite(countryOf(best.id, index))) return [];
  return best.s >= SHORT_FORM_COUNTRY_MIN && best.s > rival ? [best.id] : [];
}

function countryOf(id: string, index: AliasIndex): string {
  return index.outlets.get(id)?.country ?? '';
}
