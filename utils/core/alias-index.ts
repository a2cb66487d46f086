import { Automaton } from './automaton';
import { endingsFor, stemVariants } from './case-endings';
import type { Catalog, Outlet } from './catalog-schema';
import { contractedNames } from './article-forms';
import { addLamForm, dottedAbbreviation, lamForm, spellingVariants } from './alias-variants';
import { buildDomainAliases, type DomainAliases, scanDomains } from './domain-mentions';
import { PACKS } from './lang/registry';
import { checkMention } from './mention-checks';
import { endAfterMarks, normalizeForScan, normalizeName } from './normalize';
import { isUnspacedScriptUnit } from './text';
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
  /**
   * For the rest of a name after its article ("Monde" of "Le Monde"): the contracted articles it
   * must stand behind ("du", "au"; article-forms.ts).
   */
  afterArticle?: string[];
  /** For the rest of an Arabic name after al- ("لجزيرة"): it must follow the preposition ل. */
  afterLam?: boolean;
}

/** The catalog's aliases compiled into one automaton, plus lookups by id. */
export interface AliasIndex {
  automaton: Automaton<AliasEntry>;
  /** Catalog domains, matched where the text writes an address (see domain-mentions.ts). */
  domains: DomainAliases;
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

/** The rest of each name opening with an article, behind a contracted one ("du Monde"). */
function addContracted(entries: Map<string, AliasEntry>, outlet: Outlet): void {
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

/**
 * The spellings alias-variants.ts derives from an outlet's names, each added only where no name
 * of any outlet has that spelling already (a real name always wins over a derived spelling).
 */
function addVariants(entries: Map<string, AliasEntry>, outlet: Outlet): void {
  const add = (alias: string, isAbbreviation: boolean) => {
    const key = isAbbreviation ? 'A:' + alias : 'N:' + normalizeName(alias);
    if (!entries.has(key)) addAlias(entries, alias, outlet.id, isAbbreviation);
  };
  for (const [lang, names] of Object.entries(outlet.names)) {
    for (const name of names) {
      for (const v of spellingVariants(name, outlet)) add(v, false);
      const lam = lang === 'ar' ? lamForm(name) : null;
      if (lam) addLamForm(entries, lam, outlet.id);
    }
  }
  for (const abbr of outlet.abbreviations ?? []) {
    const dotted = dottedAbbreviation(abbr);
    if (dotted) add(dotted, true);
  }
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
  }
  for (const outlet of catalog.outlets) {
    addStems(entries, outlet);
    addContracted(entries, outlet);
  }
  for (const outlet of catalog.outlets) addVariants(entries, outlet);
  // Short names ("the Journal", "Kurier") come from the catalog (its build derives and checks
  // them); they count only in context (detect.ts), never as plain aliases.
  for (const outlet of catalog.outlets) {
    for (const short of outlet.shortNames ?? []) addAlias(entries, short, outlet.id, false, true);
  }
  const automaton = new Automaton<AliasEntry>();
  for (const entry of entries.values()) automaton.add(normalizeName(entry.alias), entry);
  automaton.build();
  // Domains are written as names too ("Source: baoquocte.vn"); they are found apart.
  const domains = buildDomainAliases(catalog.outlets);
  return { automaton, domains, outlets, aliasCount: entries.size + domains.size };
}

/**
 * Finds every catalog alias in `text` in one pass over its normalized form (normalize.ts), keeps
 * those that are mentions (mention-checks.ts: word boundaries, glued prefixes, case endings,
 * letter case), and resolves overlaps leftmost-longest. Offsets index into `text` as given. In
 * an article in `lang`, a name may carry that language's case endings ("Reutersin",
 * "az MTI-nek"): the mention then spans the inflected word.
 */
export function findMentions(text: string, index: AliasIndex, lang?: string): OutletMention[] {
  const { folded, map } = normalizeForScan(text);
  const own = endingsFor(lang);
  const hits: OutletMention[] = [];
  const onHit = (fStart: number, fEnd: number, value: AliasEntry): void => {
    const start = map ? map[fStart] : fStart;
    const end = map ? endAfterMarks(text, map[fEnd - 1] + 1) : fEnd;
    const hit = checkMention(text, start, end, value, own);
    if (hit) hits.push(hit);
  };
  index.automaton.scan(folded, onHit);
  scanDomains(folded, index.domains, onHit);
  hits.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.weakCase ?? false) - Number(b.weakCase ?? false) ||
      Number(a.glued ?? false) - Number(b.glued ?? false),
  );
  // Real names first, leftmost-longest; then short names in the gaps they leave, so a short
  // name ("the Herald") never hides a real one that overlaps it ("Herald Sun", "Times of India").
  const kept = keepLeftmostLongest(hits.filter((h) => !h.shortForm));
  const shorts = keepLeftmostLongest(hits.filter((h) => h.shortForm));
  if (!shorts.length) return kept;
  const free = shorts.filter((s) => !kept.some((k) => k.start < s.end && s.start < k.end));
  return [...kept, ...free].sort((a, b) => a.start - b.start);
}

/** Non-overlapping hits, leftmost-longest; same-span hits merge the outlets they may denote. */
function keepLeftmostLongest(hits: OutletMention[]): OutletMention[] {
  const kept: OutletMention[] = [];
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < lastEnd) {
      // Same span from a name and an abbreviation: merge the outlets it may denote.
      const prev = kept[kept.length - 1];
      if (prev.start === hit.start && prev.end === hit.end && !hit.weakCase) {
        for (const id of hit.outletIds) if (!prev.outletIds.includes(id)) prev.outletIds.push(id);
      }
      continue;
    }
    kept.push({ ...hit, outletIds: [...hit.outletIds] });
    lastEnd = hit.end;
  }
  return kept;
}
