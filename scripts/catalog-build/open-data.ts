/**
 * The open-data step of the build: State Media Matrix and freebie rows, matched to the outlets
 * built so far by address (never overwriting a curated fact) or added as new outlets.
 */
import type { Outlet } from '../../utils/core/catalog-schema';
import { type Candidate, freebieCandidates, SHARED_PLATFORMS, smmCandidates } from './candidates';
import { isGenericAlias, slugify } from './text';

export const lc = (s: string) => s.toLocaleLowerCase('en');

/** Every name and abbreviation of an outlet, lowercased. */
const namesOf = (o: Outlet) =>
  new Set([o.name, ...Object.values(o.names).flat(), ...(o.abbreviations ?? [])].map(lc));

/** Open-data rows known to be wrong (checked by hand): source, name, country. */
const KNOWN_BAD_ROWS = [['state-media-matrix', 'Exame', 'AO']];
const isKnownBad = (c: Candidate) =>
  KNOWN_BAD_ROWS.some(([src, name, cc]) => c.source === src && c.name === name && c.country === cc);

/** Folds an open-data candidate's extra facts into an existing outlet (never overwrites). */
function mergeInto(o: Outlet, c: Candidate): void {
  if (c.typology && !o.stateAffiliation) {
    o.stateAffiliation = { typology: c.typology, source: c.source };
    o.sources.stateAffiliation = c.source;
  }
  if (c.owner && !o.owner && o.sources.name !== 'curated') {
    o.owner = c.owner;
    o.sources.owner = c.source;
  }
  if (c.feeds.length && !o.feeds?.length) {
    o.feeds = c.feeds;
    o.sources.feeds = c.source;
  }
  if (c.lang && !o.languages.includes(c.lang) && o.sources.languages !== 'curated') {
    o.languages = [...o.languages, c.lang].sort();
    o.sources.languages = c.source;
  }
  if (c.domain && !o.domains.includes(c.domain) && o.sources.domains !== 'curated') {
    o.domains = [...o.domains, c.domain];
  }
}

function newOutlet(c: Candidate, id: string): Outlet {
  const sources: Record<string, string> = {
    name: c.source,
    names: c.source,
    domains: c.source,
    country: c.source,
    type: 'build-heuristic',
  };
  const lang = c.lang ?? 'en';
  const o: Outlet = {
    id,
    name: c.name,
    names: c.aliases.length ? { [lang]: [...c.aliases] } : {},
    abbreviations: [...c.abbreviations],
    domains: c.domain ? [c.domain] : [],
    country: c.country,
    languages: c.lang ? [c.lang] : [],
    type: c.type,
    sources,
  };
  if (c.lang) sources.languages = c.source;
  if (!o.abbreviations.length) delete sources.abbreviations;
  mergeInto(o, c);
  return o;
}

/** The open data's CSV files, as read from sources/. */
export interface OpenDataInputs {
  stateMediaMatrixCsv: string;
  freebieWebsourcesCsv: string;
  freebieRssCsv: string;
}

/**
 * Merges the open data into `outlets` (in place: new outlets are appended) and returns, for every
 * alias of a new outlet, the ids carrying it (two or more: declared ambiguous by the caller).
 * Rows contradicting a curated entry go to `skipped`.
 */
export function mergeOpenData(
  outlets: Outlet[],
  ambiguousAliases: string[],
  inputs: OpenDataInputs,
  skipped: string[],
): Map<string, string[]> {
  const byDomain = new Map<string, Outlet>();
  const byName = new Map<string, Outlet>();
  const taken = new Set<string>(); // aliases already used by curated outlets
  for (const o of outlets) {
    for (const d of o.domains) byDomain.set(d, o);
    for (const n of [o.name, ...Object.values(o.names).flat()])
      if (!byName.has(lc(n))) byName.set(lc(n), o);
    for (const n of [o.name, ...Object.values(o.names).flat()]) taken.add(lc(n));
    for (const a of o.abbreviations ?? []) taken.add(lc(a));
  }
  for (const a of ambiguousAliases) taken.add(lc(a));

  /** Curated outlet listing this host or one of its parent domains. */
  const byHost = (host?: string): Outlet | undefined => {
    const labels = host ? host.split('.') : [];
    for (let i = 0; labels.length - i >= 2; i++) {
      const key = labels.slice(i).join('.');
      const hit = byDomain.get(key);
      if (hit && (i === 0 || !SHARED_PLATFORMS.has(key))) return hit;
    }
    return undefined;
  };

  // Open data: State Media Matrix first (it carries typology), then freebie.
  const candidates = [
    ...smmCandidates(inputs.stateMediaMatrixCsv),
    ...freebieCandidates(inputs.freebieWebsourcesCsv, inputs.freebieRssCsv),
  ];
  const namesAtDomain = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.domain)
      namesAtDomain.set(c.domain, (namesAtDomain.get(c.domain) ?? new Set()).add(lc(c.name)));
  }
  const fresh: Candidate[][] = [];
  const freshByDomain = new Map<string, Candidate[]>();
  const freshByName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const known =
      byHost(c.host) ??
      (c.domain ? undefined : (byName.get(lc(c.name)) ?? byName.get(lc(c.aliases[0] ?? ''))));
    // A curated outlet listed without a domain takes the open data's domain when name and country agree.
    const twin = known ? undefined : byName.get(lc(c.aliases[0] ?? c.name));
    // A row at a curated outlet's address but with another country and another name describes
    // something else; a few known-bad rows are listed (the Matrix puts Angola's "Exame" at
    // exame.com, which is Brazil's Exame). Same name, other country (Phoenix TV under China,
    // Al Arabiya under Saudi Arabia) is the same outlet seen from its owner's country.
    if (
      known &&
      (isKnownBad(c) || (known.country !== c.country && !namesOf(known).has(lc(c.name))))
    ) {
      skipped.push(`${c.source}: ${c.name} (${c.country}) at ${known.id} (${known.country})`);
    } else if (known) mergeInto(known, c);
    else if (
      twin &&
      (!twin.domains.length || twin.sources.domains !== 'curated') &&
      twin.country === c.country &&
      c.domain &&
      !byDomain.has(c.domain) &&
      // the domain is this outlet's own: no other outlet there, or the company is the outlet itself
      (namesAtDomain.get(c.domain)?.size === 1 || !c.owner)
    ) {
      twin.domains = [...twin.domains, c.domain];
      twin.sources.domains = c.source;
      byDomain.set(c.domain, twin);
      mergeInto(twin, c);
    } else if (c.domain) {
      // Same domain, or same name in the same country (one outlet, several sites): one group.
      const nameKey = `${lc(c.name)}|${c.country}`;
      const group = freshByDomain.get(c.domain) ?? freshByName.get(nameKey);
      if (group) group.push(c);
      else fresh.push([c]);
      const g = group ?? fresh[fresh.length - 1];
      freshByDomain.set(c.domain, g);
      if (!freshByName.has(nameKey)) freshByName.set(nameKey, g);
    }
  }

  // Stable ids: slug of the name, or of name + domain when two new outlets share a name.
  const slugCount = new Map<string, number>();
  const curatedIds = new Set(outlets.map((o) => o.id));
  for (const [c] of fresh)
    slugCount.set(slugify(c.name), (slugCount.get(slugify(c.name)) ?? 0) + 1);
  const aliasOwners = new Map<string, string[]>();
  for (const group of fresh) {
    const [head, ...rest] = group;
    const base = slugify(head.name) || slugify(head.domain!);
    let id = base;
    if (slugCount.get(base)! > 1 || curatedIds.has(base))
      id = `${base}-${slugify(head.domain!)}`.replace(/^-/, '');
    const o = newOutlet(head, id);
    for (const c of rest) mergeInto(o, c);
    // Alias hygiene: no generic words, nothing a curated outlet already owns.
    for (const lang of Object.keys(o.names)) {
      o.names[lang] = o.names[lang].filter((n) => !isGenericAlias(n) && !taken.has(lc(n)));
      if (!o.names[lang].length) delete o.names[lang];
    }
    o.abbreviations = (o.abbreviations ?? []).filter((a) => !taken.has(lc(a)));
    if (!Object.keys(o.names).length) delete o.sources.names;
    if (!o.abbreviations.length) delete o.sources.abbreviations;
    for (const alias of new Set([
      ...Object.values(o.names).flat().map(lc),
      ...o.abbreviations.map(lc),
    ])) {
      aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), o.id]);
    }
    outlets.push(o);
  }

  return aliasOwners;
}
