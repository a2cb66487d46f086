import { EN } from './en';
import type { LanguageCues } from './rule';
import { STRUCTURAL_RULES } from './structural';

export type { CueRule, LanguageCues } from './rule';
export { WINDOW } from './rule';

/** Every language with its own cue table. */
export const LANGUAGES: LanguageCues[] = [EN];

const byLang = new Map(LANGUAGES.map((l) => [l.lang, l]));

export interface RuleSet {
  rule: import('./rule').CueRule;
  /** Multiplier applied to the rule's confidence (rules of another language count less). */
  weight: number;
}

const cache = new Map<string, RuleSet[]>();

/**
 * The rules to try for an article in `lang`, in order: its own language, the structural shapes,
 * then every other language's rules at a discount (quotes and captions are often left untranslated).
 */
export function rulesFor(lang: string | undefined): RuleSet[] {
  const key = lang ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const own = lang ? byLang.get(lang) : undefined;
  const list: RuleSet[] = [];
  if (own) for (const rule of own.rules) list.push({ rule, weight: 1 });
  for (const rule of STRUCTURAL_RULES) list.push({ rule, weight: 1 });
  for (const other of LANGUAGES) {
    if (other === own) continue;
    for (const rule of other.rules) list.push({ rule, weight: own ? 0.9 : 1 });
  }
  cache.set(key, list);
  return list;
}
