import { Automaton } from './automaton';
import { caseEndingAt, endingsFor, stemVariants, type CompiledEndings } from './case-endings';
import type { Catalog, Outlet } from './catalog-schema';
import { PACKS } from './lang/registry';
import { ARTICLES, NAME_PREFIXES } from './lang/word-lists';
import { foldText, isMarkUnit, isUnspacedScriptUnit, isWordUnit } from './text';
import type { OutletMention } from './types';

/** One alias spelling and every outlet it may denote. */
export interface AliasEntry {
  /** The alias as written in the catalog. */
  alias: string;
  outletIds: string[];
  /** Abbreviations must match with their exact letter case ("AP", not "ap"). */
  isAbbreviation: boolean;
  /** A short form derived from a longer name ("the Journal"); see `OutletMention.shortForm`. */
  isShortForm: boolean;
  /** Word-boundary checks apply on each side unless the script is written without spaces. */
  needsLeftBoundary: boolean;
  needsRightBoundary: boolean;
  /**
   * For an oblique stem of a name ("Iltalehde" of "Iltalehti"): the language whose endings may
   * follow it, whatever the article's language.
   */
  stemOf?: string;
}

/** The catalog's aliases compiled into one automaton, plus lookups by id. */
export interface AliasIndex {
  automaton: Automaton<AliasEntry>;
  outlets: Map<string, Outlet>;
  /** Number of distinct alias spellings. */
  aliasCount: number;
}

function addAlias(
  entries: Map<string, AliasEntry>,
  alias: string,
  outletId: string,
  isAbbreviation: boolean,
  isShortForm = false,
  stemOf?: string,
): void {
  const trimmed = alias.trim();
  if (trimmed.length < 2) return;
  const key = (isAbbreviation ? 'A:' + trimmed : 'N:' + foldText(trimmed)) as string;
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

/** The oblique stems of an outlet's names in each language it publishes in ("Iltalehde"). */
function addStems(entries: Map<string, AliasEntry>, outlet: Outlet): void {
  for (const pack of PACKS) {
    const codes = [pack.code, ...(pack.otherCodes ?? [])];
    if (!pack.inflection?.stems || !codes.some((c) => outlet.languages.includes(c))) continue;
    for (const names of Object.values(outlet.names))
      for (const name of names)
        for (const stem of stemVariants(name, pack))
          addAlias(entries, stem, outlet.id, false, false, pack.code);
  }
}

/**
 * "The Wall Street Journal" → "the Journal", "The New York Times" → "the Times": the short form
 * running text uses once the full name has been given. Only for English names of three words or
 * more that start with "The" and end with a capitalized word of four letters or more.
 */
function shortFormOf(name: string): string | null {
  const m = /^The\s+(?:\S+\s+)+?(\p{Lu}\p{Ll}{3,})$/u.exec(name.trim());
  return m ? `the ${m[1]}` : null;
}

/** Compiles the catalog's names and abbreviations into an `AliasIndex`. Built once per catalog. */
export function buildAliasIndex(catalog: Pick<Catalog, 'outlets'>): AliasIndex {
  const entries = new Map<string, AliasEntry>();
  const outlets = new Map<string, Outlet>();
  for (const outlet of catalog.outlets) {
    outlets.set(outlet.id, outlet);
    for (const names of Object.values(outlet.names)) {
      for (const name of names) addAlias(entries, name, outlet.id, false);
    }
    for (const abbr of outlet.abbreviations ?? []) addAlias(entries, abbr, outlet.id, true);
    // Domains are written as names too ("Source: baoquocte.vn", "reported by Politico.com").
    for (const domain of outlet.domains) addAlias(entries, domain, outlet.id, false);
  }
  for (const outlet of catalog.outlets) addStems(entries, outlet);
  for (const outlet of catalog.outlets) {
    for (const name of [outlet.name, ...(outlet.names.en ?? [])]) {
      const short = shortFormOf(name);
      if (short) addAlias(entries, short, outlet.id, false, true);
    }
  }
  const automaton = new Automaton<AliasEntry>();
  for (const entry of entries.values()) automaton.add(foldText(entry.alias), entry);
  automaton.build();
  return { automaton, outlets, aliasCount: entries.size };
}

/** How an abbreviation's surface compares with the catalog's spelling. */
function abbreviationCase(surface: string, alias: string): 'exact' | 'title' | 'weak' {
  if (surface === alias) return 'exact';
  const upper = alias.toUpperCase();
  // "DPA" for "dpa": all capitals is always a fair spelling of a name of three letters or more.
  if (alias.length >= 3 && surface === upper) return 'exact';
  // Some newsrooms write wire names in title case ("Ansa", "Cnn"); for two letters ("As", "Pa",
  // "Dr") that is an ordinary word, so it only counts in wire-shaped spots.
  if (alias === upper) {
    const title = alias[0] + alias.slice(1).toLowerCase();
    if (surface === title) return alias.length >= 3 ? 'title' : 'weak';
  }
  return 'weak';
}

/**
 * True when a name's surface keeps the capitals that make it a name: every word the catalog
 * capitalizes is capitalized in the text (or the text is in capitals), except a leading article.
 * "le monde" is not Le Monde, "the sun" is not The Sun, "público" is not Público.
 */
function hasNameCase(surface: string, alias: string): boolean {
  if (surface === alias) return true;
  const sw = surface.split(/(\s+|-|['’])/);
  const aw = alias.split(/(\s+|-|['’])/);
  if (sw.length !== aw.length) return true; // Spelled differently (accents, spacing): don't judge.
  for (let i = 0; i < aw.length; i++) {
    const a = aw[i];
    const s = sw[i];
    if (!a || !s) continue;
    // Only cased letters count: a word starting with a digit or a caseless script passes.
    if (a[0] === a[0].toLowerCase()) continue;
    if (s[0] !== s[0].toLowerCase()) continue;
    if (i === 0 && ARTICLES.has(a.toLowerCase())) continue;
    return false;
  }
  return true;
}

/** Letters of one script: a prefix glued without a hyphen only joins a name in its own script. */
const SCRIPTS = [/\p{scx=Arabic}/u, /\p{scx=Hebrew}/u, /\p{scx=Latin}/u];

function isSameScript(a: string, b: string): boolean {
  return SCRIPTS.some((re) => re.test(a) && re.test(b));
}

/** Units before a name searched for a glued prefix ("ول", "וכש-"): longer than any prefix. */
const PREFIX_REACH = 6;

/**
 * True when the word unit right before `start` ends a prefix the language glues to names
 * ("لرويترز", "לרויטרס", "ל-ynet"; `namePrefix` in the packs): the prefix starts a word, and a
 * prefix ending in a letter joins only a name in the same script.
 */
function hasGluedPrefix(text: string, start: number): boolean {
  const from = Math.max(0, start - PREFIX_REACH);
  const head = text.slice(from, start);
  for (const re of NAME_PREFIXES) {
    const m = re.exec(head);
    if (!m || !m[0]) continue;
    const at = from + m.index;
    if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    const last = m[0][m[0].length - 1];
    if (isWordUnit(last.charCodeAt(0)) && !isSameScript(last, text[start])) continue;
    return true;
  }
  return false;
}

/**
 * What follows a name ending at `end`: '' at a word's end, a case ending of the name's language
 * ("Yle|lle", "STT|:n"; `own` holds the article's, a stem carries its own), or null when the name
 * runs on into a longer word ("Yle|isradio").
 */
function endingAfter(
  text: string,
  folded: string,
  end: number,
  value: AliasEntry,
  own: CompiledEndings | null,
): string | null {
  if (end >= text.length) return '';
  // A name in an unspaced script never ends inside a syllable: a combining mark is its letter's.
  if (!value.needsRightBoundary) return isMarkUnit(text.charCodeAt(end)) ? null : '';
  const endings = value.stemOf ? endingsFor(value.stemOf) : own;
  const ending = endings ? caseEndingAt(text, folded, end, endings) : '';
  if (ending) return ending;
  const c = text.charCodeAt(end);
  return isWordUnit(c) && !isUnspacedScriptUnit(c) ? null : '';
}

/**
 * Finds every catalog alias in `text` in one pass, keeps those on word boundaries (or behind a
 * prefix the language glues to names) with an acceptable letter case, and resolves overlaps
 * leftmost-longest. Offsets index into `text`.
 * Abbreviations in the wrong case are kept, flagged `weakCase`, only right after "(" or "/"
 * (wire tags like "(afp)", "aja/pap"). In an article in `lang`, a name may carry that language's
 * case endings ("Reutersin", "az MTI-nek"): the mention then spans the inflected word.
 */
export function findMentions(text: string, index: AliasIndex, lang?: string): OutletMention[] {
  const folded = foldText(text);
  const own = endingsFor(lang);
  const hits: OutletMention[] = [];
  index.automaton.scan(folded, (start, end, value) => {
    // A Latin name next to kana, CJK or Hangul needs no space there ("AFPに", "AP통신").
    if (
      value.needsLeftBoundary &&
      start > 0 &&
      isWordUnit(text.charCodeAt(start - 1)) &&
      !isUnspacedScriptUnit(text.charCodeAt(start - 1))
    ) {
      if (!hasGluedPrefix(text, start)) return;
    }
    const ending = endingAfter(text, folded, end, value, own);
    if (ending === null) return;
    const surface = text.slice(start, end);
    let weakCase = false;
    let titleCase = false;
    if (value.isAbbreviation) {
      const c = abbreviationCase(surface, value.alias);
      if (c === 'title') titleCase = true;
      else if (c !== 'exact') {
        const prev = start > 0 ? text[start - 1] : '';
        if (prev !== '(' && prev !== '/') return;
        weakCase = true;
      }
    } else if (!hasNameCase(surface, value.alias)) return;
    const hit: OutletMention = {
      outletIds: value.outletIds,
      surface: surface + ending,
      start,
      end: end + ending.length,
      isAbbreviation: value.isAbbreviation,
    };
    if (ending) hit.caseEnding = ending;
    if (weakCase) hit.weakCase = true;
    if (titleCase) hit.titleCase = true;
    if (value.isShortForm) hit.shortForm = true;
    hits.push(hit);
  });
  hits.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.weakCase ?? false) - Number(b.weakCase ?? false),
  );
  const kept: OutletMention[] = [];
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < lastEnd) {
      // Same span from a name and an abbreviation: merge the outlets it may denote.
      const prev = kept[kept.length - 1];
      if (
        prev.start === hit.start &&
        prev.end === hit.end &&
        !hit.weakCase &&
        !hit.shortForm &&
        !prev.shortForm
      ) {
        for (const id of hit.outletIds) if (!prev.outletIds.includes(id)) prev.outletIds.push(id);
      }
      continue;
    }
    kept.push({ ...hit, outletIds: [...hit.outletIds] });
    lastEnd = hit.end;
  }
  return kept;
}
