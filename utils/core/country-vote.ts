import { getPublicSuffix } from 'tldts';
import type { AliasIndex } from './alias-index';
import { COUNTRY_STEMS } from './lang/word-lists';
import { foldText } from './text';
import { COUNTRY_VOTE } from './tuning';

/** Country-code top-level domains sites use for other reasons than their country (.tv, .io). */
const GENERIC_CC_TLDS = new Set(['tv', 'io', 'me', 'fm', 'co', 'ai', 'ly', 'to', 'cc', 'ws', 'eu']);

/** The country a page's address names by its country-code suffix (elpais.com.uy → UY). */
export function countryOfAddress(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const suffix = getPublicSuffix(url);
  const last = suffix?.split('.').pop() ?? '';
  if (last.length !== 2 || GENERIC_CC_TLDS.has(last)) return undefined;
  return last === 'uk' ? 'GB' : last.toUpperCase();
}

const regionNames = new Map<string, Intl.DisplayNames | null>();
const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });

/** Country names by language, from the platform (no table to keep): "Nigeria", "Nigéria". */
function regionName(lang: string, country: string): string | undefined {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(country) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Words that point at a country in text: its name in English and in the article's language cut
 * to a stem so demonyms count ("Nigeria" → "nigeri": "Nigerian"), the packs' country stems, and
 * its currencies (ISO 4217 codes start with the country's code: "NGN"; their last word: "naira").
 */
function countryWords(country: string, lang: string | undefined): CountryWords {
  // Stems are written with their accents ("français"); the text they are sought in is folded.
  const words = new Set((COUNTRY_STEMS.get(country) ?? []).map(foldText));
  const codes: string[] = [];
  for (const l of new Set(['en', lang ?? 'en'])) {
    const name = regionName(l, country);
    if (!name || /[\s(]/.test(name)) continue;
    const f = foldText(name);
    words.add(f.length > 5 ? f.slice(0, f.length - 1) : f);
  }
  for (let c = 65; c <= 90; c++) {
    const code = country + String.fromCharCode(c);
    const cur = currencyNames.of(code);
    if (!cur) continue;
    codes.push(code);
    const last = foldText(cur.split(' ').pop() ?? '');
    if (last.length >= 4 && last !== 'dollar' && last !== 'pound' && last !== 'franc')
      words.add(last);
  }
  return {
    stems: [...words].filter((w) => w.length >= 3 || (w.length >= 2 && DENSE.test(w))),
    codes,
  };
}

/**
 * A country's words: stems read at a word's start in the folded text, and currency codes read
 * as whole words in capitals ("NGN"): in lower case or at a word's start they are ordinary
 * words ("dem" in "démenti", "ils", "all").
 */
interface CountryWords {
  stems: string[];
  codes: string[];
}

/** Whole-word occurrences of the capitals `code` in `text`, up to `cap`. */
function countCode(text: string, code: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(code); i >= 0 && n < cap; i = text.indexOf(code, i + 1)) {
    const before = i === 0 ? '' : text[i - 1];
    const after = text[i + code.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}

/**
 * Scripts whose country names are two or three characters ("韩国", "한국", "ไทย"); of those,
 * the ones written without spaces, where a name has no word start to be read at ("据韩国媒体").
 */
const DENSE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Occurrences of `word` in `folded` at a word's start (anywhere in unspaced scripts), up to `cap`. */
function countAtWordStart(folded: string, word: string, cap: number): number {
  let n = 0;
  const anywhere = UNSPACED.test(word[0]);
  for (let i = folded.indexOf(word); i >= 0 && n < cap; i = folded.indexOf(word, i + 1)) {
    if (anywhere || i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1])) n++;
  }
  return n;
}

/** What the article says about its own country, read lazily, one candidate country at a time. */
export class CountryEvidence {
  private folded: string | null = null;
  private scores = new Map<string, number>();
  private siteCountries: string[];

  constructor(
    private readonly text: string,
    private readonly lang: string | undefined,
    /** Countries of the outlets the text names unambiguously (each counts once per outlet). */
    private readonly namedCountries: string[],
    siteCountries: (string | undefined)[],
  ) {
    this.siteCountries = siteCountries.filter((c): c is string => !!c);
  }

  /** The weight of evidence that the article is about or from `country`. */
  score(country: string): number {
    if (!/^[A-Z]{2}$/.test(country)) return 0;
    const known = this.scores.get(country);
    if (known !== undefined) return known;
    this.folded ??= foldText(this.text);
    const site = this.siteCountries.includes(country) ? COUNTRY_VOTE.site : 0;
    const outlets = Math.min(
      COUNTRY_VOTE.outletsCap,
      this.namedCountries.filter((c) => c === country).length,
    );
    let words = 0;
    const { stems, codes } = countryWords(country, this.lang);
    for (const w of stems) words += countAtWordStart(this.folded, w, COUNTRY_VOTE.wordsCap - words);
    for (const c of codes) words += countCode(this.text, c, COUNTRY_VOTE.wordsCap - words);
    const total = site + outlets + Math.min(words, COUNTRY_VOTE.wordsCap);
    this.scores.set(country, total);
    return total;
  }

  /** True when the page's site says its country and it is not `country`. */
  isOtherSite(country: string): boolean {
    return this.siteCountries.length > 0 && !this.siteCountries.includes(country);
  }

  /** The one outlet among `ids` whose country the article's evidence favours, or null if split. */
  pick(ids: string[], index: AliasIndex): string | null {
    const scored = ids
      .map((id) => ({ id, s: this.score(index.outlets.get(id)?.country ?? '') }))
      .sort((a, b) => b.s - a.s);
    if (!scored.length || scored[0].s <= 0) return null;
    return scored.length === 1 || scored[0].s > scored[1].s ? scored[0].id : null;
  }
}
