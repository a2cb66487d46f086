import { stemVariants } from './case-endings';
import type { OutletType } from './catalog-schema';
import type { LanguagePack } from './lang/pack';
import { PACKS, packFor } from './lang/registry';
import { alternation } from './lang/regex';
import { foldText } from './text';
import { vowelStem } from './unlisted-names';
import { wordScanner, type WordPattern, type WordScanner } from './word-starts';

/**
 * The language facts the open-vocabulary step reads, compiled once per article language: the
 * article's own pack and English (English outlet names and nouns travel everywhere), or every
 * pack when the language is unknown.
 */
export interface UnlistedPatterns {
  packs: LanguagePack[];
  /**
   * Outlet nouns ("newspaper", "Zeitung", "tygodnika") as whole words, any case, maybe with an
   * ending (`outletNounEndings`); group 1 is the noun or its stem.
   */
  descriptor: RegExp | null;
  /** Compounds closing with an outlet noun ("Lokalsender", "nyhetssajten"); group 1 the noun. */
  compoundDescriptor: RegExp | null;
  /** Folded noun or stem → the type it names. */
  nounType: Map<string, OutletType>;
  /** Folded endings outlet nouns take. */
  nounEndings: Set<string>;
  /**
   * Outlet nouns written in kanji ("紙", "通信"), followed by a katakana or Latin letter: a
   * descriptor glued to the name after it (unlisted-kana.ts). Group 0 is the noun.
   */
  kanaDescriptor: RegExp | null;
  /** Whole-word name endings ("Tribune", "Rundschau"); group 1 is the ending. */
  ending: RegExp | null;
  /** Compound endings ("-Zeitung" in "Ostsee-Zeitung"); group 1 is the whole compound. */
  compound: RegExp | null;
  /** Name starts ("Radio", "TV"); group 1 is the start word. */
  start: RegExp | null;
  /** Folded ending, compound tail or start word → the type it names. */
  shapeType: Map<string, OutletType>;
  /**
   * Finds `descriptor`, `ending`, `compound`, `start` and `compoundDescriptor` matches in that
   * order (word-starts.ts).
   */
  scanner: WordScanner;
  /** Folded words that make a phrase no outlet ("ministry", "universität"). */
  notOutlet: Set<string>;
  /** The same words without their final vowels (`vowelStem`), for their case forms. */
  notOutletStems: Set<string>;
  /** Folded possessives after which a descriptor is the subject's own (`ownerWords`). */
  owners: Set<string>;
  /** Folded function words allowed inside a name ("of", "de", "am"). */
  joiners: Set<string>;
}

/** Entries of a by-type table as [word, type] pairs. */
function byType(table: Partial<Record<OutletType, string[]>> | undefined): [string, OutletType][] {
  const out: [string, OutletType][] = [];
  for (const [type, words] of Object.entries(table ?? {}))
    for (const w of words ?? []) out.push([w.trim(), type as OutletType]);
  return out.filter(([w]) => w);
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

function wordRegex(words: string[], flags: string): RegExp | null {
  return words.length
    ? new RegExp(`${NOT_LETTER_BEFORE}(${alternation(words)})${NOT_LETTER_AFTER}`, flags)
    : null;
}

function kanaDescriptor(nouns: string[]): RegExp | null {
  const han = nouns.filter((w) => /^\p{Script=Han}+$/u.test(w));
  return han.length
    ? new RegExp(`${alternation(han)}(?=[\\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ])`, 'gu')
    : null;
}

/** The word-list patterns as the scanner takes them (a missing one never matches). */
function scannerOf(pat: Omit<UnlistedPatterns, 'scanner'>, lists: string[][]): WordScanner {
  const res = [pat.descriptor, pat.ending, pat.compound, pat.start, pat.compoundDescriptor];
  const anchors = ['word', 'word', 'letter-run', 'word', 'in-word'] as const;
  const never = /(?!)/gu;
  return wordScanner(
    res.map((re, k): WordPattern => ({
      re: re ?? never,
      words: re ? lists[k] : [],
      anchor: anchors[k],
    })),
  );
}

/**
 * A pack's outlet nouns with the stems its inflection table gives them ("gazeta" → "gazety"),
 * each with its type; `compound`: only the nouns that close compounds (`compoundOutletNouns`).
 */
function nounForms(pack: LanguagePack, compound = false): [string, OutletType][] {
  const out: [string, OutletType][] = [];
  const heads = new Set(pack.compoundOutletNouns ?? []);
  for (const [w, t] of byType(pack.outletNouns)) {
    if (compound && !heads.has(w)) continue;
    for (const form of [w, ...stemVariants(w, pack)]) out.push([form.toLowerCase(), t]);
  }
  return out;
}

function nounEndingsOf(pack: LanguagePack): string[] {
  return (pack.outletNounEndings ?? pack.inflection?.endings ?? []).map((e) => e.trim());
}

/** Outlet nouns, whole or closing a compound, with an optional ending (see `descriptor`). */
function nounRegex(forms: string[], endings: string[], compound: boolean): RegExp | null {
  if (!forms.length) return null;
  const ending = endings.length ? `(?:${alternation(endings)})?` : '';
  const head = compound ? '[\\p{L}\\p{M}]{3,}?' : '';
  return new RegExp(
    `${NOT_LETTER_BEFORE}${head}(${alternation(forms)})${ending}${NOT_LETTER_AFTER}`,
    'giu',
  );
}

function compile(packs: LanguagePack[]): UnlistedPatterns {
  const pat = compilePatterns(packs);
  const nouns = packs.flatMap((p) => nounForms(p)).map(([w]) => w);
  const endings = packs.flatMap((p) => byType(p.nameEndings)).map(([w]) => w);
  const whole = endings.filter((w) => !w.startsWith('-'));
  const tails = endings.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
  const starts = packs.flatMap((p) => byType(p.nameStarts)).map(([w]) => w);
  const heads = packs.flatMap((p) => nounForms(p, true)).map(([w]) => w);
  return { ...pat, scanner: scannerOf(pat, [nouns, whole, tails, starts, heads]) };
}

function compilePatterns(packs: LanguagePack[]): Omit<UnlistedPatterns, 'scanner'> {
  const nouns = packs.flatMap((p) => nounForms(p));
  const heads = packs.flatMap((p) => nounForms(p, true));
  const nounEndings = [...new Set(packs.flatMap(nounEndingsOf))].filter(Boolean);
  const endings = packs.flatMap((p) => byType(p.nameEndings));
  const starts = packs.flatMap((p) => byType(p.nameStarts));
  const whole = endings.filter(([w]) => !w.startsWith('-'));
  const tails = endings.filter(([w]) => w.startsWith('-')).map(([w]) => w.slice(1));
  const shapeType = new Map<string, OutletType>();
  for (const [w, t] of [...whole, ...starts]) shapeType.set(foldText(w), t);
  for (const [w, t] of endings) if (w.startsWith('-')) shapeType.set(foldText(w.slice(1)), t);
  const notOutlet = packs.flatMap((p) => p.notOutletWords ?? []).map(foldText);
  const nounType = new Map<string, OutletType>();
  for (const [w, t] of nouns) if (!nounType.has(foldText(w))) nounType.set(foldText(w), t);
  return {
    packs,
    descriptor: nounRegex(
      nouns.map(([w]) => w),
      nounEndings,
      false,
    ),
    compoundDescriptor: nounRegex(
      heads.map(([w]) => w),
      nounEndings,
      true,
    ),
    nounType,
    nounEndings: new Set(nounEndings.map(foldText)),
    kanaDescriptor: kanaDescriptor(nouns.map(([w]) => w)),
    ending: wordRegex(
      whole.map(([w]) => w),
      'gu',
    ),
    compound: tails.length
      ? new RegExp(
          `${NOT_LETTER_BEFORE}(\\p{Lu}[\\p{L}\\p{M}]*-${alternation(tails)})${NOT_LETTER_AFTER}`,
          'gu',
        )
      : null,
    start: wordRegex(
      starts.map(([w]) => w),
      'gu',
    ),
    shapeType,
    notOutlet: new Set(notOutlet),
    notOutletStems: new Set(notOutlet.map(vowelStem).filter(Boolean)),
    owners: new Set(packs.flatMap((p) => p.ownerWords ?? []).map(foldText)),
    joiners: new Set(packs.flatMap((p) => p.nameJoiners ?? p.words.nameParticles).map(foldText)),
  };
}

const cache = new Map<string, UnlistedPatterns>();
/** The descriptor patterns anchored to a whole word, per compiled patterns. */
const wholeWord = new WeakMap<UnlistedPatterns, (RegExp | null)[]>();

/** The compiled patterns for an article in `lang` (see `UnlistedPatterns`). */
export function unlistedPatternsFor(lang: string | undefined): UnlistedPatterns {
  const key = lang ?? '';
  let hit = cache.get(key);
  if (!hit) {
    const own = packFor(lang);
    const en = packFor('en');
    const packs = own ? [...new Set([own, ...(en ? [en] : [])])] : [...PACKS];
    hit = compile(packs);
    cache.set(key, hit);
  }
  return hit;
}

/**
 * The type a word names when it is an outlet noun: as listed, with one of the nouns' endings
 * ("lokaltidningen"), or closing a compound where the language writes them ("Lokalsender").
 */
export function descriptorType(word: string, pat: UnlistedPatterns): OutletType | undefined {
  const folded = foldText(word);
  const exact = pat.nounType.get(folded);
  if (exact) return exact;
  let whole = wholeWord.get(pat);
  if (!whole) {
    const anchored = (re: RegExp | null) => (re ? new RegExp(`^${re.source}$`, 'iu') : null);
    whole = [anchored(pat.descriptor), anchored(pat.compoundDescriptor)];
    wholeWord.set(pat, whole);
  }
  for (const re of whole) {
    const m = re?.exec(word);
    if (m) return pat.nounType.get(foldText(m[1]));
  }
  return undefined;
}
