import type { AliasEntry } from './alias-index';
import {
  addLamForm,
  dottedAbbreviation,
  lamForm,
  spellingVariants,
  unqualifiedName,
} from './alias-variants';
import { contractedNames } from './article-forms';
import { stemVariants } from './case-endings';
import type { Outlet } from './catalog-schema';
import { hanVariants } from './han-variants';
import { kanaRunTogether, serbianCyrillic, serbianLatin } from './script-twins';
import { PACKS } from './lang/registry';
import { ARTICLES } from './lang/word-lists';
import { normalizeName } from './normalize';
import { isUnspacedScriptUnit } from './text';

/**
 * The spellings each outlet adds to the alias index (alias-index.ts), keyed by their folded
 * form: its names and abbreviations, the oblique stems of inflecting languages, the rest of a
 * name behind a contracted article, and derived spellings; when two outlets share a spelling,
 * the rules below decide which entries it keeps.
 */

export function addAlias(
  entries: Map<string, AliasEntry>,
  alias: string,
  outletId: string,
  isAbbreviation: boolean,
  isShortForm = false,
  stemOf?: string,
): void {
  const trimmed = alias.trim();
  if (trimmed.length < 2) return;
  const key = isAbbreviation ? 'A:' + trimmed : 'N:' + normalizeName(trimmed);
  const existing = entries.get(key);
  // A stem never takes over a name ("Sanomi" is a stem only if no outlet is called that).
  if (existing && (existing.stemOf ?? '') !== (stemOf ?? '')) return;
  if (existing) {
    // A real name always wins over a derived short form with the same spelling.
    if (existing.isShortForm && !isShortForm) {
      existing.isShortForm = false;
      existing.outletIds = [outletId];
      existing.alias = trimmed;
      return;
    }
    if (!isShortForm && existing.isShortForm) return;
    // The same outlet also spelled with fewer capitals ("ynet" beside "Ynet"): pages write it
    // so, and the letter-case check reads the alias, so the alias keeps the lower case.
    const own = existing.outletIds.length === 1 && existing.outletIds[0] === outletId;
    if (own && !isAbbreviation && capitals(trimmed) < capitals(existing.alias))
      existing.alias = trimmed;
    if (!existing.outletIds.includes(outletId)) existing.outletIds.push(outletId);
    return;
  }
  entries.set(key, {
    alias: trimmed,
    outletIds: [outletId],
    isAbbreviation,
    isShortForm,
    needsLeftBoundary: !isUnspacedScriptUnit(trimmed.charCodeAt(0)),
    needsRightBoundary: !isUnspacedScriptUnit(trimmed.charCodeAt(trimmed.length - 1)),
    ...(stemOf ? { stemOf } : {}),
  });
}

/** How many letters of `s` are capitals. */
function capitals(s: string): number {
  let n = 0;
  for (const c of s) if (c !== c.toLowerCase()) n++;
  return n;
}

/** A capitalized word with lower-case letters: a title, not an abbreviation in capitals. */
const TITLE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** The oblique stems of an outlet's names in each language it publishes in ("Iltalehde"). */
export function addStems(entries: Map<string, AliasEntry>, outlet: Outlet): void {
  for (const pack of PACKS) {
    const codes = [pack.code, ...(pack.otherCodes ?? [])];
    if (!pack.inflection?.stems || !codes.some((c) => outlet.languages.includes(c))) continue;
    for (const names of Object.values(outlet.names))
      for (const name of names)
        for (const stem of stemVariants(name, pack))
          addAlias(entries, stem, outlet.id, false, false, pack.code);
    // A one-word title kept in its exact case because it is also a word ("Adevărul", the
    // truth) declines the same way, and keeps that case ("Adevărului").
    for (const abbr of outlet.abbreviations ?? [])
      if (TITLE_WORD.test(abbr))
        for (const stem of stemVariants(abbr, pack))
          addAlias(entries, stem, outlet.id, true, false, pack.code);
  }
}

/** The rest of each name opening with an article, behind a contracted one ("du Monde"). */
export function addContracted(entries: Map<string, AliasEntry>, outlet: Outlet): void {
  const names = [...Object.values(outlet.names ?? {}).flat(), ...(outlet.abbreviations ?? [])];
  for (const { rest, after } of contractedNames(outlet, names)) {
    const key = 'C:' + normalizeName(rest);
    const existing = entries.get(key);
    if (existing) {
      if (!existing.outletIds.includes(outlet.id)) existing.outletIds.push(outlet.id);
      for (const a of after)
        if (!existing.afterArticle?.includes(a)) existing.afterArticle?.push(a);
      continue;
    }
    entries.set(key, {
      alias: rest,
      outletIds: [outlet.id],
      isAbbreviation: false,
      isShortForm: false,
      needsLeftBoundary: true,
      needsRightBoundary: true,
      afterArticle: [...after],
    });
  }
}

/** Countries whose press prints Serbian in both scripts. */
const SERBIAN_BOTH_SCRIPTS = new Set(['RS', 'BA', 'ME']);

/**
 * A name's spelling in the language's other script (script-twins.ts): every Serbian Cyrillic name
 * in Latin letters; a Latin name in Cyrillic only for the countries that print both; a katakana
 * name without its middle dots.
 */
function scriptTwins(name: string, lang: string, outlet: Outlet): string[] {
  const out: string[] = [];
  if (lang === 'sr') {
    const latin = serbianLatin(name);
    if (latin) out.push(latin);
    else if (SERBIAN_BOTH_SCRIPTS.has(outlet.country)) {
      const cyr = serbianCyrillic(name);
      if (cyr) out.push(cyr);
    }
  }
  const run = name.includes('・') || name.includes('･') ? kanaRunTogether(name) : null;
  if (run) out.push(run);
  return out;
}

/**
 * The spellings alias-variants.ts derives from an outlet's names, each added only where no name
 * of any outlet has that spelling already (a real name always wins over a derived spelling).
 */
export function addVariants(entries: Map<string, AliasEntry>, outlet: Outlet): void {
  const add = (alias: string, isAbbreviation: boolean) => {
    const key = isAbbreviation ? 'A:' + alias : 'N:' + normalizeName(alias);
    if (!entries.has(key)) addAlias(entries, alias, outlet.id, isAbbreviation);
  };
  for (const [lang, names] of Object.entries(outlet.names)) {
    for (const name of names) {
      for (const v of spellingVariants(name, outlet)) add(v, false);
      // A Chinese name in the other script ("星洲日报" → "星洲日報"); a Japanese name is none.
      if (lang === 'zh') for (const v of hanVariants(name)) add(v, false);
      const lam = lang === 'ar' ? lamForm(name) : null;
      if (lam) addLamForm(entries, lam, outlet.id);
      for (const v of scriptTwins(name, lang, outlet)) add(v, false);
    }
  }
  for (const abbr of outlet.abbreviations ?? []) {
    const dotted = dottedAbbreviation(abbr);
    if (dotted) add(dotted, true);
  }
}

/** Capitals and digits, as abbreviations are written ("NTV", "TSN", "N1"). */
const CAPITALS = /^(?=.*\p{Lu})[\p{Lu}\p{N}&+-]{2,6}$/u;

/** Words of a name after its leading article ("Le Soir" has one). */
function contentWordCount(name: string): number {
  const words = name.split(/\s+/);
  return ARTICLES.has(words[0].toLowerCase().replace(/['’]$/, ''))
    ? words.length - 1
    : words.length;
}

/**
 * The bare form of each name the catalog writes with a bracketed qualifier ("NTV (Turkey)" →
 * "NTV"): in capitals an abbreviation, shared with the namesakes that have it (the context vote
 * picks among them, and without evidence the outlet that has the name outright: choose-outlet.ts).
 * Otherwise never where it is another outlet's own name ("20 Minutes" stays the French paper's);
 * a name of two content words or more where no outlet has it; a single word ("Österreich", "El
 * Comercio") only beside a namesake's short name the catalog gives ("Le Soir"), which counts
 * where the outlet is named in full or the article's country makes it plain. Returns the outlet
 * when it took a bare name.
 */
export function addUnqualified(entries: Map<string, AliasEntry>, outlet: Outlet): boolean {
  let took = false;
  // A bare name the outlet also has outright makes it no namesake ("The Citizen (South Africa)"
  // beside its own "The Citizen").
  const own = new Set(
    [
      ...Object.values(outlet.names).flat(),
      ...(outlet.abbreviations ?? []),
      ...(outlet.shortNames ?? []),
    ].map(normalizeName),
  );
  for (const names of Object.values(outlet.names)) {
    for (const name of names) {
      const bare = unqualifiedName(name);
      if (!bare || own.has(normalizeName(bare))) continue;
      const existing = entries.get('N:' + normalizeName(bare));
      if (CAPITALS.test(bare)) addAlias(entries, bare, outlet.id, true);
      else if (existing?.isShortForm) addAlias(entries, bare, outlet.id, false, true);
      else if (!existing && contentWordCount(bare) >= 2) addAlias(entries, bare, outlet.id, false);
      else continue;
      took = true;
    }
  }
  return took;
}
