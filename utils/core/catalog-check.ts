/**
 * Field-by-field checks of catalog entries, as plain code (see catalog-schema.ts for why). Every
 * check names what it expects; an outlet with any failure is rejected whole.
 */
import {
  type Ambiguity,
  type CatalogSource,
  FACT_FIELDS,
  OUTLET_TYPES,
  type Outlet,
  STATE_TYPOLOGIES,
} from './catalog-schema';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO2 = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2}$/;
const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const QID = /^Q\d+$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/;

type Problems = string[];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim().length > 0;

function text(p: Problems, field: string, x: unknown, required: boolean): string | undefined {
  if (x === undefined && !required) return undefined;
  if (isText(x)) return x;
  p.push(`${field} must be a non-empty string`);
  return undefined;
}

function matching(p: Problems, field: string, x: unknown, re: RegExp, what: string) {
  if (typeof x === 'string' && re.test(x)) return x;
  p.push(`${field} must be ${what}`);
  return '';
}

/** An array of strings passing `ok`; absent means empty. */
function list(p: Problems, field: string, x: unknown, ok: (s: string) => boolean, what: string) {
  if (x === undefined) return [];
  if (Array.isArray(x) && x.every((s) => typeof s === 'string' && ok(s))) return x as string[];
  p.push(`${field} must be a list of ${what}`);
  return [];
}

function names(p: Problems, x: unknown): Record<string, string[]> {
  if (x === undefined) return {};
  if (!isRecord(x)) {
    p.push('names must be an object of language → names');
    return {};
  }
  for (const [lang, list] of Object.entries(x)) {
    if (!LANG.test(lang)) p.push('language must be ISO 639-1');
    if (!Array.isArray(list) || !list.every(isText)) p.push(`names.${lang} must list names`);
  }
  return x as Record<string, string[]>;
}

/** True when the outlet has this fact: a value, a non-empty list, a non-empty record. */
function hasFact(o: Partial<Outlet>, f: (typeof FACT_FIELDS)[number]): boolean {
  const v = o[f];
  if (v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') {
    for (const k in v) if (Object.hasOwn(v, k)) return true;
    return false;
  }
  return true;
}

/** Expands `"*"` into every fact the outlet has (see FACT_FIELDS). Plain loops: this runs ~7,000 times at start-up. */
function sources(p: Problems, x: unknown, o: Partial<Outlet>): Record<string, string> {
  if (!isRecord(x)) {
    p.push('sources must map fields to source ids');
    return {};
  }
  const out: Record<string, string> = {};
  let fallback: string | undefined;
  for (const k in x) {
    const v = x[k];
    if (!isText(v)) {
      p.push('sources must map fields to source ids');
      return {};
    }
    if (k === '*') fallback = v;
    else out[k] = v;
  }
  if (fallback)
    for (const f of FACT_FIELDS) if (out[f] === undefined && hasFact(o, f)) out[f] = fallback;
  return out;
}

function stateAffiliation(p: Problems, x: unknown): Outlet['stateAffiliation'] {
  if (x === undefined) return undefined;
  if (
    isRecord(x) &&
    (STATE_TYPOLOGIES as readonly unknown[]).includes(x.typology) &&
    isText(x.source)
  )
    return x as unknown as Outlet['stateAffiliation'];
  p.push('stateAffiliation must have a known typology and a source');
  return undefined;
}

/** Checks one raw outlet; returns the outlet (defaults filled, sources expanded) or the problems. */
export function checkOutlet(raw: unknown): Outlet | string {
  if (!isRecord(raw)) return 'must be an object';
  const p: Problems = [];
  const o: Outlet = {
    id: matching(p, 'id', raw.id, ID, 'kebab-case'),
    name: text(p, 'name', raw.name, true) ?? '',
    names: names(p, raw.names),
    abbreviations: list(p, 'abbreviations', raw.abbreviations, isText, 'names'),
    domains: list(p, 'domains', raw.domains, (d) => DOMAIN.test(d), 'bare lowercase hosts'),
    country: matching(p, 'country', raw.country, ISO2, 'ISO 3166-1 alpha-2'),
    languages: list(p, 'languages', raw.languages, (l) => LANG.test(l), 'ISO 639-1 codes'),
    type: (OUTLET_TYPES as readonly unknown[]).includes(raw.type)
      ? (raw.type as Outlet['type'])
      : (p.push(`type must be one of ${OUTLET_TYPES.join(', ')}`), 'other'),
    sources: {},
  };
  if (raw.shortNames !== undefined)
    o.shortNames = list(p, 'shortNames', raw.shortNames, isText, 'names');
  const owner = text(p, 'owner', raw.owner, false);
  if (owner) o.owner = owner;
  const parent = text(p, 'parent', raw.parent, false);
  if (parent) o.parent = parent;
  const state = stateAffiliation(p, raw.stateAffiliation);
  if (state) o.stateAffiliation = state;
  if (raw.wikidata !== undefined) o.wikidata = matching(p, 'wikidata', raw.wikidata, QID, 'Q…');
  if (raw.search !== undefined) {
    o.search = matching(p, 'search', raw.search, HTTP_URL, 'an http(s) URL');
    if (!o.search.includes('{query}')) p.push('search must contain {query}');
  }
  if (raw.feeds !== undefined)
    o.feeds = list(p, 'feeds', raw.feeds, (u) => HTTP_URL.test(u), 'http(s) URLs');
  o.sources = sources(p, raw.sources, o);
  return p.length ? p.join('; ') : o;
}

/** The catalog's top level; throws when it is not a catalog at all. */
export function checkHeader(raw: unknown): {
  version: number;
  sources: CatalogSource[];
  ambiguous: Ambiguity[];
  outlets: unknown[];
} {
  if (!isRecord(raw) || typeof raw.version !== 'number') throw new Error('catalog: no version');
  const { sources, ambiguous, outlets } = raw;
  if (!Array.isArray(outlets)) throw new Error('catalog: outlets must be a list');
  if (!Array.isArray(sources) || !sources.every((s) => isRecord(s) && isText(s.id)))
    throw new Error('catalog: sources must be a list of {id, name, license}');
  if (
    !Array.isArray(ambiguous) ||
    !ambiguous.every((a) => isRecord(a) && isText(a.alias) && Array.isArray(a.outlets))
  )
    throw new Error('catalog: ambiguous must be a list of {alias, outlets}');
  return {
    version: raw.version,
    sources: sources as CatalogSource[],
    ambiguous: ambiguous as Ambiguity[],
    outlets,
  };
}
