/**
 * Merges Wikidata papers into the outlets built so far: a paper that is already there (same QID,
 * same web address, or same name and country for an outlet without an address) adds its QID and
 * the facts the outlet lacks; the others become new outlets (wikidata-new.ts). Curated facts are
 * never overwritten.
 */
import type { Outlet } from '../../utils/core/catalog-schema';
import { foldText } from '../../utils/core/text';
import { SHARED_PLATFORMS } from './candidates';
import type { WikidataPaper } from './wikidata';
import { isDistinctiveName, NEWSPAPER_WORDS, paperNames } from './wikidata-names';
import { countryOfHost } from './wikidata-tables';

/** Lookups over the outlets built so far. */
export interface OutletLookup {
  byDomain: Map<string, Outlet>;
  byQid: Map<string, Outlet>;
  byName: Map<string, Outlet[]>;
  /** Folded names and abbreviations of every outlet, with the ids carrying them. */
  aliasOwners: Map<string, Set<string>>;
}

export function lookupOf(outlets: Outlet[], ambiguousAliases: string[]): OutletLookup {
  const l: OutletLookup = {
    byDomain: new Map(),
    byQid: new Map(),
    byName: new Map(),
    aliasOwners: new Map(),
  };
  for (const o of outlets) {
    for (const d of o.domains) if (!l.byDomain.has(d)) l.byDomain.set(d, o);
    if (o.wikidata) l.byQid.set(o.wikidata, o);
    for (const n of new Set([o.name, ...Object.values(o.names).flat()].map(foldText)))
      l.byName.set(n, [...(l.byName.get(n) ?? []), o]);
    for (const a of [...Object.values(o.names).flat(), ...(o.abbreviations ?? [])])
      l.aliasOwners.set(foldText(a), (l.aliasOwners.get(foldText(a)) ?? new Set()).add(o.id));
  }
  for (const a of ambiguousAliases)
    l.aliasOwners.set(foldText(a), (l.aliasOwners.get(foldText(a)) ?? new Set()).add('*'));
  return l;
}

/** The outlet listing this host or one of its parent domains (not a shared platform's). */
export function outletAtHost(host: string, byDomain: Map<string, Outlet>): Outlet | undefined {
  const labels = host.split('.');
  for (let i = 0; labels.length - i >= 2; i++) {
    const key = labels.slice(i).join('.');
    const hit = byDomain.get(key);
    if (hit && (i === 0 || !SHARED_PLATFORMS.has(key))) return hit;
  }
  return undefined;
}

const CONNECTORS = new Set(
  'the le la les l el los las il lo die der das de del di du des het o a e y et und and of i'.split(
    ' ',
  ),
);

/** A name's words, folded, without articles and connectors ("Vatan-e-Emrooz" → vatan, emrooz). */
const wordsOf = (s: string) =>
  foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTORS.has(w));

/** Same word, or one a form of the other ("aftenblad" / "aftenbladet"). */
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

/**
 * The same words (the same name), or every word of `small` in `big` with one of them more than a
 * newspaper word ("News" is in every "… News").
 */
const covers = (big: string[], small: string[]) =>
  small.length > 0 &&
  small.every((w) => big.some((b) => sameWord(b, w))) &&
  (small.length === big.length || small.some((w) => !NEWSPAPER_WORDS.has(w)));

/**
 * True when the paper and the outlet go by the same name, give or take a word, spacing and
 * punctuation ("MDZ Online" / "MDZ", "Stavanger Aftenblad" / "Aftenbladet"), or the paper is named
 * like the outlet's address. A paper at an outlet's address under another name is a sister
 * publication ("Le Mensuel" at lemonde.fr, "The Observer" at theguardian.com), not the outlet.
 */
export function namesAgree(p: WikidataPaper, o: Outlet): boolean {
  const own = [o.name, ...Object.values(o.names).flat(), ...o.abbreviations]
    .concat(o.domains.map((d) => d.split('.')[0]))
    .map(wordsOf);
  const theirs = paperNames(p).names.map(({ name }) => wordsOf(name));
  // "Khao Sod" / "Khaosod": the same letters, spaced differently.
  const joined = new Set(own.map((n) => n.join('')));
  if (theirs.some((t) => joined.has(t.join('')))) return true;
  return theirs.some((t) => own.some((n) => covers(n, t) || covers(t, n)));
}

/**
 * The existing outlet a paper describes, if any: the outlet with its QID; the outlet at its
 * address if they go by the same name; an outlet of its name and country without an address;
 * else the outlet at its address (which `mergeConflict` then turns down), else the one outlet of
 * its distinctive name and country.
 */
export function findExisting(p: WikidataPaper, l: OutletLookup): Outlet | undefined {
  const byQid = l.byQid.get(p.qid);
  if (byQid) return byQid;
  let atHost: Outlet | undefined;
  for (const h of p.hosts) atHost ??= outletAtHost(h, l.byDomain);
  if (atHost && namesAgree(p, atHost)) return atHost;
  for (const { name } of paperNames(p).names) {
    const twins = (l.byName.get(foldText(name)) ?? []).filter(
      (o) => !o.domains.length && o.country === p.country && !o.wikidata,
    );
    if (twins.length === 1) return twins[0];
  }
  return atHost ?? twinAtAnotherAddress(p, l);
}

/**
 * The one outlet of the paper's distinctive name and country, when the paper's address is no
 * outlet's: the paper's site in Wikidata is an old or other address ("Hospodářské noviny" at
 * ihned.cz, the curated outlet at hn.cz). Common names ("The Tribune") and student papers never
 * match this way.
 */
function twinAtAnotherAddress(p: WikidataPaper, l: OutletLookup): Outlet | undefined {
  if (p.isStudentPaper) return undefined;
  for (const { name } of paperNames(p).names) {
    if (!isDistinctiveName(name)) continue;
    // By its own name only: "Sunday Express" among the Daily Express's names is a sister paper.
    const twins = (l.byName.get(foldText(name)) ?? []).filter(
      (o) => o.country === p.country && !o.wikidata && foldText(o.name) === foldText(name),
    );
    if (twins.length === 1) return twins[0];
  }
  return undefined;
}

/**
 * Why a paper must not merge into the outlet found for it, or null when it may: the outlet has
 * another QID, or Wikidata puts the paper in another country and no name is shared (a website
 * taken over, or a group's address). A country the site's own ccTLD confirms stands; a country
 * from freebie (which codes Kentucky papers as the Cayman Islands, "KY") yields to Wikidata's.
 */
export function mergeConflict(p: WikidataPaper, o: Outlet): string | null {
  if (o.wikidata && o.wikidata !== p.qid) return `${o.id} already has ${o.wikidata}`;
  if (!namesAgree(p, o)) return `${o.id} goes by another name`;
  if (p.countrySource !== 'wikidata' || p.country === o.country) return null;
  const own = new Set([o.name, ...Object.values(o.names).flat()].map(foldText));
  if (paperNames(p).names.some(({ name }) => own.has(foldText(name)))) return null;
  if (o.domains.some((d) => countryOfHost(d) === o.country)) return null;
  if (o.sources.country === 'freebie') return null;
  return `${o.id} is in ${o.country}, Wikidata says ${p.country}`;
}

/** Adds a paper's QID and the facts the outlet lacks, each recorded as from Wikidata. */
export function mergePaper(o: Outlet, p: WikidataPaper, l: OutletLookup): void {
  o.wikidata = p.qid;
  o.sources.wikidata = 'wikidata';
  if (
    o.sources.country === 'freebie' &&
    p.countrySource === 'wikidata' &&
    p.country !== o.country
  ) {
    if (!o.domains.some((d) => countryOfHost(d) === o.country)) {
      o.country = p.country!;
      o.sources.country = 'wikidata';
    }
  }
  if (!o.languages.length && p.languages.length) {
    o.languages = [...p.languages];
    o.sources.languages = 'wikidata';
  }
  if (!o.owner && p.owner) {
    o.owner = p.owner;
    o.sources.owner = 'wikidata';
  }
  if (!o.domains.length) {
    const free = p.hosts.filter((h) => !outletAtHost(h, l.byDomain));
    if (free.length) {
      o.domains = free;
      o.sources.domains = 'wikidata';
      for (const d of free) l.byDomain.set(d, o);
    }
  }
  // Names in a language the outlet has none in, when distinctive and nobody else's.
  for (const { lang, name } of paperNames(p).names) {
    if (o.names[lang] || !isDistinctiveName(name)) continue;
    const owners = l.aliasOwners.get(foldText(name));
    if (owners && (owners.size > 1 || !owners.has(o.id))) continue;
    o.names[lang] = [name];
    o.sources[`names.${lang}`] = 'wikidata';
    l.aliasOwners.set(foldText(name), new Set([o.id]));
  }
}
