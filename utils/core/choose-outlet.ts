import type { AliasIndex } from './alias-index';
import type { Outlet } from './catalog-schema';
import type { ArticleContext } from './types';

/**
 * A news organization may be cited; an entry a person typed as "other" (a photo bank such as
 * Getty Images) is in the catalog only so its credits are read correctly.
 */
export function isCitable(o: Outlet | undefined): boolean {
  return !!o && !(o.type === 'other' && o.sources?.type === 'curated');
}

/** Picks the outlet a mention means, or null to leave it uncertain. */
export function chooseOutlet(
  ids: string[],
  index: AliasIndex,
  ctx: ArticleContext,
  named: Set<string>,
  publisherCountry?: string,
  head = '',
): string | null {
  if (ids.length === 1) return ids[0];
  const byWord = head ? pickByCountryWord(ids, index, head) : null;
  if (byWord) return byWord;
  // The text named one of them unambiguously elsewhere ("The Post" after "The Washington Post").
  const seen = ids.filter((id) => named.has(id));
  if (seen.length === 1) return seen[0];
  if (publisherCountry) {
    const local = ids.filter((id) => index.outlets.get(id)?.country === publisherCountry);
    if (local.length === 1) return local[0];
  }
  if (ctx.lang) {
    const sameLang = ids.filter((id) => index.outlets.get(id)?.languages.includes(ctx.lang!));
    if (sameLang.length === 1) return sameLang[0];
  }
  return null;
}

/** "the even wealthier Michael Bloomberg": a capitalized word mid-sentence right before a one-word name. */
export const PERSON_BEFORE = /[\p{Ll}\d,;)] \p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)? $/u;
/** "di Stato Trt", "of The Times": a function word makes the capitalized word a name's part, not a first name. */
export const NOT_PERSON_BEFORE =
  /(?:^|\s)(?:di|de|del|della|dello|dei|of|the|la|le|el|los|las|von|vom|der|die|das|du|da|do|dos|des|van|al|il|lo|och|og|und|and|et|y|e|with|by|on|in) \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? $/iu;

/**
 * Country adjectives ("australiana", "israelí", "britannique") that pick one of several outlets
 * sharing a name ("l'emittente pubblica australiana Abc"). Stems, lower case, several languages.
 */
const COUNTRY_STEMS: Record<string, string[]> = {
  AU: ['austral'],
  US: ['americ', 'statunitens', 'estadounidens', 'états-un', 'us-', 'u.s.'],
  GB: ['britan', 'british', 'britisch', 'britân', 'británic', 'inglese', 'anglais', 'englisch'],
  ES: ['spagnol', 'español', 'espagnol', 'spanisch', 'espanhol', 'spanish'],
  IL: ['israel'],
  FR: ['frances', 'français', 'francese', 'französisch', 'french', 'francês'],
  DE: ['tedesc', 'allemand', 'alemán', 'alemana', 'german', 'deutsch', 'alemã'],
  IT: ['italian', 'italien'],
  RU: ['russ', 'ruso', 'rusa'],
  CN: ['cines', 'chinois', 'chino', 'chines', 'chinese', 'chinesisch'],
  JP: ['giappones', 'japonais', 'japonés', 'japanese', 'japanisch', 'japonês'],
  QA: ['qatar', 'katar'],
  TR: ['turc', 'türk', 'turk'],
  LB: ['liban', 'leban'],
  PS: ['palestin'],
  SA: ['saudi', 'saudit', 'saoud'],
  IR: ['iran'],
  UA: ['ucrain', 'ukrain', 'ucran'],
  IN: ['indian', 'indien', 'indiano', 'indisch'],
  CA: ['canad', 'kanad'],
  MX: ['mexic', 'messican', 'mexikan'],
  AR: ['argentin'],
  BR: ['brasil', 'brazil', 'brésil'],
  CH: ['svizzer', 'suisse', 'suizo', 'schweizer', 'swiss'],
  AT: ['austriac', 'autrichien', 'austríac', 'österreich', 'austrian'],
};

/** The one candidate whose country the text right before the mention names, if exactly one. */
function pickByCountryWord(ids: string[], index: AliasIndex, head: string): string | null {
  const h = head.toLowerCase();
  const hits = ids.filter((id) => {
    const stems = COUNTRY_STEMS[index.outlets.get(id)?.country ?? ''];
    return !!stems && stems.some((stem) => h.includes(stem));
  });
  return hits.length === 1 ? hits[0] : null;
}
