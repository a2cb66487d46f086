/**
 * English names without their leading "The": "The Manila Times" → "Manila Times". Other
 * languages' press drops the English article ("sa Manila Times", "theo tờ Washington Post"),
 * and so does English before a noun ("a Baltimore Sun reporter"); names are matched
 * case-insensitively, so "the Manila Times" was always found, the bare form never.
 *
 * Only where what remains is still plainly a paper's own name: two words or more, one of them a
 * newspaper word and one a word of its own that is not generic ("Evening Herald", "Sunday Star"
 * stay out), with no outlet already using it (as a name, an abbreviation, a short name or a
 * declared shared alias) and no second outlet deriving it too. The derived form is the same name
 * without its article, so it keeps that name's source.
 */
import type { Outlet } from '../../utils/core/catalog-schema';
import { isDistinctiveName, NEWSPAPER_WORDS } from './wikidata-names';

/**
 * Words that say nothing about which paper it is ("Evening Herald", "New Telegraph"), or only
 * what kind of thing it is ("Daily podcast", "Advocate magazine", "State News": a phrase other
 * names and ordinary titles contain).
 */
const GENERIC_OWN_WORDS = new Set(
  (
    'evening morning sunday saturday weekend new daily weekly national international local ' +
    'city county community free first state magazine newspaper podcast online student media group'
  ).split(' '),
);

const fold = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** "Manila Times" for "The Manila Times" when that is safe on its own; otherwise null. */
export function articleLessForm(name: string): string | null {
  const m = /^The\s+(\p{Lu}[^()]*)$/u.exec(name.trim());
  if (!m) return null;
  const rest = m[1].trim();
  const words = rest.split(/\s+/);
  if (words.length < 2 || !isDistinctiveName(rest)) return null;
  const own = words
    .flatMap((w) => w.toLocaleLowerCase().split(/[-–]/))
    .map((w) => w.replace(/[.,:;!?'’]+$/, ''))
    .filter((w) => !NEWSPAPER_WORDS.has(w) && w !== 'of' && w !== 'and');
  return own.some((w) => !GENERIC_OWN_WORDS.has(w)) ? rest : null;
}

/** Every alias an outlet already answers to, folded. */
function takenAliases(outlets: Outlet[], shared: string[]): Set<string> {
  const taken = new Set(shared.map(fold));
  for (const o of outlets) {
    for (const n of Object.values(o.names).flat()) taken.add(fold(n));
    for (const a of [...o.abbreviations, ...(o.shortNames ?? [])]) taken.add(fold(a));
  }
  return taken;
}

/** Adds the article-less form of each English-article name where it is safe (in place). */
export function addArticleLessNames(outlets: Outlet[], shared: string[]): void {
  const taken = takenAliases(outlets, shared);
  const derived = new Map<string, { outlet: Outlet; lang: string; form: string }[]>();
  for (const o of outlets) {
    for (const [lang, names] of Object.entries(o.names)) {
      for (const name of names) {
        const form = articleLessForm(name);
        if (!form || taken.has(fold(form))) continue;
        const list = derived.get(fold(form)) ?? [];
        if (!list.some((d) => d.outlet === o)) list.push({ outlet: o, lang, form });
        derived.set(fold(form), list);
      }
    }
  }
  for (const list of derived.values()) {
    if (list.length !== 1) continue; // two papers would share it: neither gets it
    const { outlet, lang, form } = list[0];
    outlet.names[lang] = [...outlet.names[lang], form];
  }
}
