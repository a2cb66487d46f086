import type { OutletType } from './catalog-schema';
import type { LanguagePack } from './lang/pack';
import { PACKS, packFor } from './lang/registry';
import { alternation } from './lang/regex';
import { foldText } from './text';
import { wordScanner, type WordPattern, type WordScanner } from './word-starts';

/**
 * The language facts the open-vocabulary step reads, compiled once per article language: the
 * article's own pack and English (English outlet names and nouns travel everywhere), or every
 * pack when the language is unknown.
 */
export interface UnlistedPatterns {
  packs: LanguagePack[];
  /** Outlet nouns ("newspaper", "Zeitung") as whole words, any case; group 1 is the noun. */
  descriptor: RegExp | null;
  /** Folded noun → the type it names. */
  nounType: Map<string, OutletType>;
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
  /** Finds `descriptor`, `ending`, `compound` and `start` matches in that order (word-starts.ts). */
  scanner: WordScanner;
  /** Folded words that make a phrase no outlet ("ministry", "universität"). */
  notOutlet: Set<string>;
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
  const res = [pat.descriptor, pat.ending, pat.compound, pat.start];
  const never = /(?!)/gu;
  return wordScanner(
    res.map((re, k): WordPattern => ({
      re: re ?? never,
      words: re ? lists[k] : [],
      anchor: k === 2 ? 'letter-run' : 'word',
    })),
  );
}

function compile(packs: LanguagePack[]): UnlistedPatterns {
  const pat = compilePatterns(packs);
  const nouns = packs.flatMap((p) => byType(p.outletNouns)).map(([w]) => w);
  const endings = packs.flatMap((p) => byType(p.nameEndings)).map(([w]) => w);
  const whole = endings.filter((w) => !w.startsWith('-'));
  const tails = endings.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
  const starts = packs.flatMap((p) => byType(p.nameStarts)).map(([w]) => w);
  return { ...pat, scanner: scannerOf(pat, [nouns, whole, tails, starts]) };
}

function compilePatterns(packs: LanguagePack[]): Omit<UnlistedPatterns, 'scanner'> {
  const nouns = packs.flatMap((p) => byType(p.outletNouns));
  const endings = packs.flatMap((p) => byType(p.nameEndings));
  const starts = packs.flatMap((p) => byType(p.nameStarts));
  const whole = endings.filter(([w]) => !w.startsWith('-'));
  const tails = endings.filter(([w]) => w.startsWith('-')).map(([w]) => w.slice(1));
  const shapeType = new Map<string, OutletType>();
  for (const [w, t] of [...whole, ...starts]) shapeType.set(foldText(w), t);
  for (const [w, t] of endings) if (w.startsWith('-')) shapeType.set(foldText(w.slice(1)), t);
  return {
    packs,
    descriptor: wordRegex(
      nouns.map(([w]) => w),
      'giu',
    ),
    nounType: new Map(nouns.map(([w, t]) => [foldText(w), t])),
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
    notOutlet: new Set(packs.flatMap((p) => p.notOutletWords ?? []).map(foldText)),
    joiners: new Set(packs.flatMap((p) => p.nameJoiners ?? p.words.nameParticles).map(foldText)),
  };
}

const cache = new Map<string, UnlistedPatterns>();

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
