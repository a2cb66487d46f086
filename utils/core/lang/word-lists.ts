import type { LanguagePack } from './pack';
import { PACKS } from './registry';
import { alternation } from './regex';

/**
 * Word lists every language's pages need at once (a German page quotes "AFP and Reuters"), compiled
 * once from the packs. The packs hold the words; this file only joins them.
 */

const all = (pick: (p: LanguagePack) => string[]) => PACKS.flatMap(pick);

const SPACED_ARTICLES = all((p) => p.words.articles).filter((a) => !/['’]$/.test(a));
const ELIDED_ARTICLES = all((p) => p.words.articles).filter((a) => /['’]$/.test(a));
/** An optional article before a name: "the ", "la ", "l'". */
const ARTICLE = `(?:${alternation(SPACED_ARTICLES)}\\s+|${alternation(ELIDED_ARTICLES)})?`;
const AND = alternation(all((p) => p.words.and));
/**
 * A preposition fused with the next name's article, repeated before each item of a list ("Com
 * informações da Agência Brasil e da Reuters", "sur France 2 et au Parisien").
 */
const CONTRACTED = alternation(
  all((p) => Object.values(p.articleContractions ?? {}).flat()).filter((a) => !/['’]$/.test(a)),
);

/**
 * What may stand between items of a list of outlets ("AFP, EFE y Reuters", "AFP/dpa"), quoted
 * names too ("NDR, WDR und „Süddeutsche Zeitung“").
 */
export const LIST_GAP = new RegExp(
  `^["“”»«]?\\s*(?:,|;|&|\\/|\\+|[-–]|、|${AND}|,\\s*${AND})\\s*(?:${ARTICLE}|(?:${CONTRACTED})\\s+)["„“«»]?$`,
  'iu',
);

/** A standalone source label line ("Source:", "Quelle:", "Nguồn:"), any case. */
export const SOURCE_LINE = new RegExp(
  `^\\s*${alternation(all((p) => p.words.sourceLabels))}\\s*[:：]\\s*$`,
  'iu',
);

/** Articles that may lead a name in lower case ("the", "le", "l"), apostrophes dropped. */
export const ARTICLES: ReadonlySet<string> = new Set(
  all((p) => p.words.articles).map((a) => a.replace(/['’]$/, '').toLowerCase()),
);

/**
 * A function word right before a capitalized word ("of The", "di Stato", "und Spiegel"): the
 * capitalized word is part of a name, not a first name.
 */
export const NAME_PARTICLE_BEFORE = new RegExp(
  `(?:^|\\s)${alternation([...all((p) => p.words.nameParticles), ...SPACED_ARTICLES, ...all((p) => p.words.and)])} \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? $`,
  'iu',
);

/** Words before a publisher's name that ends a page title: "… from The Associated Press". */
export const PUBLISHED_BY_BEFORE = new RegExp(
  `(?:^|[|–—·:-]|\\b${alternation(all((p) => p.words.publishedBy))})\\s*${ARTICLE}$`,
  'iu',
);

/** Country stems of every language, by ISO 3166-1 code. */
export const COUNTRY_STEMS: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const p of PACKS) {
    for (const [country, stems] of Object.entries(p.countries)) {
      map.set(country, [...(map.get(country) ?? []), ...(stems ?? [])]);
    }
  }
  return map;
})();

/** Prefixes the languages glue to names (`namePrefix`), each ending with `$`. */
export const NAME_PREFIXES: readonly RegExp[] = PACKS.flatMap((p) =>
  p.namePrefix ? [p.namePrefix] : [],
);
