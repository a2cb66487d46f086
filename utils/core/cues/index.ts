import { AR, JA, KO, ZH } from './cjk';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { CS, DA, SV } from './nordic-cs';
import { PL } from './pl';
import { PT } from './pt';
import type { CueRule, LanguageCues } from './rule';
import { RU, UK } from './ru';
import { STRUCTURAL_NEGATIVES, STRUCTURAL_RULES } from './structural';
import { VI } from './vi';

export type { CueRule, LanguageCues } from './rule';
export { WINDOW } from './rule';

/** Every language with its own cue table. */
export const LANGUAGES: LanguageCues[] = [
  EN,
  FR,
  ES,
  DE,
  PT,
  IT,
  VI,
  PL,
  RU,
  UK,
  JA,
  ZH,
  AR,
  KO,
  DA,
  SV,
  CS,
];

/** ISO 639-1 codes of the languages with cue tables. */
export const SUPPORTED_LANGUAGES: string[] = LANGUAGES.map((l) => l.lang);

const byLang = new Map(LANGUAGES.map((l) => [l.lang, l]));

/** A rule as tried for one article. */
export interface RuleSet {
  rule: CueRule;
  /** Multiplier applied to the rule's confidence (rules of another language count less). */
  weight: number;
  /** The language whose descriptors apply with this rule (null for structural rules). */
  lang: LanguageCues | null;
}

const cache = new Map<string, RuleSet[]>();

/**
 * The rules to try for an article in `lang`, in order: structural negatives, the article's own
 * language, the structural shapes, then every other language's rules at a discount (quotes and
 * captions are often left untranslated). Without a known language every table counts fully.
 */
export function rulesFor(lang: string | undefined): RuleSet[] {
  const key = lang ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const own = lang ? byLang.get(lang) : undefined;
  const list: RuleSet[] = [];
  for (const rule of STRUCTURAL_NEGATIVES) list.push({ rule, weight: 1, lang: null });
  if (own) for (const rule of own.rules) list.push({ rule, weight: 1, lang: own });
  for (const rule of STRUCTURAL_RULES) list.push({ rule, weight: 1, lang: null });
  for (const other of LANGUAGES) {
    if (other === own) continue;
    // Another language's "not a credit" rules stay out: they would veto real credits.
    for (const rule of other.rules)
      if (rule.kind !== null) list.push({ rule, weight: own ? 0.85 : 0.95, lang: other });
  }
  cache.set(key, list);
  return list;
}
