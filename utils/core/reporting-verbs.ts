import type { LanguagePack } from './lang/pack';
import { escapeWord } from './lang/regex';
import { requiredLiterals } from './lang/required-literals';

/**
 * A language's reporting and speech verbs, in every form its packs write them: the words one of
 * which any match of its verb rules ("X reported", `verbOnly`) must contain. The pack's own
 * tables, read from its patterns (the largest clause of each: the verb alternation, not a
 * particle), so one list serves both the rules and the context rules that ask whether a sentence
 * reports at all ("The Nation newspaper, which first reported…").
 */
const cache = new Map<LanguagePack, RegExp | null>();

/** A pattern finding one of the pack's reporting verbs at a word's start, or null. */
export function reportingVerbs(pack: LanguagePack): RegExp | null {
  const hit = cache.get(pack);
  if (hit !== undefined) return hit;
  const words = new Set<string>();
  for (const rule of pack.rules) {
    if (!rule.verbOnly || !rule.after || rule.kind === null) continue;
    const clauses = requiredLiterals(rule.after);
    let largest: string[] = [];
    for (const c of clauses) if (c.length > largest.length) largest = c;
    // A clause of few short strings is a particle ("は", "ने"), not the verbs.
    if (largest.length < 3) continue;
    for (const w of largest) if (w.trim().length >= 3) words.add(w.trim());
  }
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeWord);
  const re = sorted.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${sorted.join('|')})`, 'iu') : null;
  cache.set(pack, re);
  return re;
}
