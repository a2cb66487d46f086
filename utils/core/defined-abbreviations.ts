import type { AliasIndex } from './alias-index';
import { foldText } from './text';
import type { OutletMention } from './types';

/** "(ANP)": an all-capitals abbreviation in brackets, the way a text defines one. */
const BRACKETED = /\((\p{Lu}[\p{Lu}\d]{1,7})\)/gu;

/** How far before the bracket the long form may start (eight words of a name). */
const LONG_FORM_REACH = 120;

/** Function words a long form may hold that give no initial ("Administración Nacional de Puertos"). */
const SMALL_WORD = /^\p{Ll}{1,4}$/u;

/**
 * The long form a text gives an abbreviation ("Administración Nacional de Puertos (ANP)"): the
 * capitalized words right before the bracket whose initials spell it, or null.
 */
function longFormBefore(text: string, at: number, abbr: string): string | null {
  const head = text.slice(Math.max(0, at - LONG_FORM_REACH), at).trimEnd();
  const words = head.split(/\s+/);
  const letters = [...abbr].filter((c) => /\p{Lu}/u.test(c));
  let k = letters.length - 1;
  let i = words.length - 1;
  for (; i >= 0 && k >= 0; i--) {
    const w = words[i];
    if (SMALL_WORD.test(w)) continue;
    if (!/^\p{Lu}/u.test(w) || w[0] !== letters[k]) return null;
    k--;
  }
  return k < 0 ? words.slice(i + 1).join(' ') : null;
}

/**
 * Abbreviations the text defines as something else than an outlet: "la Administración Nacional
 * de Puertos (ANP)" makes every "ANP" of that text the port authority, not the Dutch news
 * agency. Returns abbreviation → its long form.
 */
export function definedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    if (out.has(m[1])) continue;
    const long = longFormBefore(text, m.index, m[1]);
    if (long) out.set(m[1], long);
  }
  return out;
}

/**
 * Words that make a long form a news organization's name in the languages the catalog covers
 * ("British Broadcasting Corporation", "Agenzia Nazionale Stampa Associata"): such a long form
 * never rules its abbreviation out, even when the catalog spells the name differently.
 */
const MEDIA_WORD =
  /press|pres[ss]e|prensa|stampa|imprensa|news|nachricht|noticia|notizi|nouvelle|agen[cz]|broadcast|radio|rundfunk|t[eé]l[eé]vis|fernseh|tv|media|m[eé]dia|times|post|journal|zeitung|diario|giornale|jornal|telegra|herald|tribune|gazet|courier|kurier|information/iu;

/** Squashed to letters and digits, for comparing a long form with an outlet's names. */
const squash = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * True when the text defines the mention's abbreviation by a long form that is none of its
 * outlets' names ("Administración Nacional de Puertos (ANP)" for ANP, Algemeen Nederlands
 * Persbureau).
 */
export function isDefinedOtherwise(
  m: OutletMention,
  ids: string[],
  defined: Map<string, string>,
  index: AliasIndex,
): boolean {
  if (!m.isAbbreviation) return false;
  const long = defined.get(m.surface);
  if (!long) return false;
  if (MEDIA_WORD.test(long)) return false;
  const key = squash(long);
  return !ids.some((id) => {
    const o = index.outlets.get(id);
    if (!o) return true;
    const names = [o.name, ...Object.values(o.names).flat()].map(squash);
    return names.some((n) => n.length > 3 && (key.includes(n) || n.includes(key)));
  });
}
