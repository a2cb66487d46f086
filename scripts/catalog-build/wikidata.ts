/**
 * Reads the Wikidata newspapers file (sources/wikidata-newspapers/) into papers the build can
 * merge: hosts instead of URLs, ISO codes instead of labels, and a country for as many papers as
 * the data supports. Pure: text in, papers out.
 */
import { getDomain } from 'tldts';
import type { OutletType } from '../../utils/core/catalog-schema';
import { SHARED_PLATFORMS } from './candidates';
import { countryOfHost, countryOfLabel, LANGUAGE_ISO1 } from './wikidata-tables';

/** One line of wikidata-newspapers.jsonl (see its README). */
export interface WikidataRow {
  qid: string;
  label: string;
  titles?: string[];
  countries: { qid: string; name: string }[];
  places: string[];
  languages: string[];
  websites: string[];
  owners?: string[];
  instanceOf?: string[];
  inception?: string;
  dissolved?: string;
}

/** Where a paper's country comes from: Wikidata itself, or an inference the build makes. */
export type CountrySource = 'wikidata' | 'inferred-cctld' | 'inferred-place';

export interface WikidataPaper {
  qid: string;
  label: string;
  /** Printed titles (P1476), usually in the paper's own language and script. */
  titles: string[];
  country?: string;
  countrySource?: CountrySource;
  /** ISO 639-1 codes, in Wikidata's order. */
  languages: string[];
  /** Hosts of its official websites, lowercase ASCII (punycode), without "www.". */
  hosts: string[];
  /** Those of `hosts` where a website is the whole host, not a page on it ("x.com/paper"). */
  rootHosts: string[];
  owner?: string;
  type: OutletType;
  dissolved: boolean;
  /** Not a news publication (scientific or official journals): never imported. */
  isOutOfScope: boolean;
  /** A student newspaper: often named like a national outlet ("The Free Press"), never one. */
  isStudentPaper: boolean;
}

/** Rows of the JSONL text, sorted by item number so that every later step is deterministic. */
export function parseWikidataRows(jsonl: string): WikidataRow[] {
  const rows = jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as WikidataRow);
  return rows.sort((a, b) => Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
}

/**
 * Libraries, archives and press databases that Wikidata lists as a paper's "website" (a scan of
 * its old issues, a database record): not the paper's own address, so never used as one.
 */
const ARCHIVE_DOMAINS = new Set(
  (
    'archive.org archive.today bnf.fr crl.edu ebscohost.com epnet.com gale.com galegroup.com ' +
    'hathitrust.org hkbu.edu.hk issuu.com lexis-nexis.com lexisnexis.com loc.gov ' +
    'natlib.govt.nz newsbank.com newspapers.com nla.gov.au nsk.hr oclc.org proquest.com ' +
    'retronews.fr serialssolutions.com softlineweb.com umi.com worldcat.org'
  ).split(' '),
);
/** Platforms whose subdomains are the platform's own services, never a publication's blog. */
const SERVICE_PLATFORMS = new Set([
  'google.com',
  'facebook.com',
  'twitter.com',
  'youtube.com',
  'msn.com',
  'yahoo.com',
]);
const ARCHIVE_HOST = /(^|[.-])(lib|library|libraries|ezproxy|archives?|digitalcollections?)[.-]/;

/** The host of an official-website URL and whether the URL is the whole site. */
export function siteOf(url: string): { host: string; isRoot: boolean } | undefined {
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `http://${url}`);
    const host = u.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\d*\./, '');
    if (!/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return undefined;
    const domain = getDomain(host) ?? host;
    if (ARCHIVE_DOMAINS.has(domain) || ARCHIVE_HOST.test(host)) return undefined;
    // A page on a shared platform ("medium.com/paper", "sites.google.com/…") is no address of
    // the paper's own; a blog's own subdomain ("paper.blogspot.com") is.
    if (SHARED_PLATFORMS.has(domain) && (host === domain || SERVICE_PLATFORMS.has(domain)))
      return undefined;
    return { host, isRoot: /^\/?(index\.\w+)?$/.test(u.pathname) && !u.search };
  } catch {
    return undefined;
  }
}

const ONLINE_KINDS = new Set([
  'news website',
  'online newspaper',
  'website',
  'publication by electronic means',
  'online magazine',
]);
const MAGAZINE_KINDS = new Set(['magazine', 'weekly magazine', 'news magazine', 'trade magazine']);
/** Not news publications: journals, and illustrations a library catalogued as newspaper items. */
const OUT_OF_SCOPE_KINDS = new Set([
  'scientific journal',
  'official journal',
  'academic journal',
  'illustration',
]);

/** Outlet type from P31: newspaper unless Wikidata says only online or only magazine. */
function typeOf(kinds: string[]): OutletType {
  if (kinds.some((k) => /newspaper|tabloid/.test(k))) return 'newspaper';
  if (kinds.some((k) => ONLINE_KINDS.has(k))) return 'online';
  if (kinds.some((k) => MAGAZINE_KINDS.has(k))) return 'magazine';
  return 'newspaper';
}

/**
 * Place (P131) → country, learned from the file itself: a place whose papers with a country all
 * name the same one. Places that two countries share a name with ("Georgia") are left out.
 */
function countriesByPlace(rows: WikidataRow[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    const cc = firstCountry(r);
    if (!cc) continue;
    for (const p of r.places) seen.set(p, (seen.get(p) ?? new Set()).add(cc));
  }
  const out = new Map<string, string>();
  for (const [place, set] of seen) if (set.size === 1) out.set(place, [...set][0]);
  return out;
}

function firstCountry(r: WikidataRow): string | undefined {
  for (const c of r.countries) {
    const cc = countryOfLabel(c.name);
    if (cc) return cc;
  }
  return undefined;
}

/** Country of a row: Wikidata's, else its websites' ccTLD, else its place's (all marked). */
function countryOf(
  r: WikidataRow,
  hosts: string[],
  byPlace: Map<string, string>,
): Pick<WikidataPaper, 'country' | 'countrySource'> {
  const direct = firstCountry(r);
  if (direct) return { country: direct, countrySource: 'wikidata' };
  const byTld = new Set(hosts.map(countryOfHost).filter((c): c is string => !!c));
  if (byTld.size === 1) return { country: [...byTld][0], countrySource: 'inferred-cctld' };
  const byPlaces = new Set(r.places.map((p) => byPlace.get(p)).filter((c): c is string => !!c));
  if (byPlaces.size === 1) return { country: [...byPlaces][0], countrySource: 'inferred-place' };
  return {};
}

/** Every row as a paper (dissolved and out-of-scope ones flagged, not dropped). */
export function wikidataPapers(rows: WikidataRow[]): WikidataPaper[] {
  const byPlace = countriesByPlace(rows);
  return rows.map((r) => {
    const sites = r.websites.map(siteOf).filter((x) => !!x);
    const hosts = [...new Set(sites.map((x) => x.host))].sort();
    const rootHosts = [...new Set(sites.filter((x) => x.isRoot).map((x) => x.host))].sort();
    const languages = [
      ...new Set(r.languages.map((l) => LANGUAGE_ISO1[l]).filter((l): l is string => !!l)),
    ];
    const kinds = r.instanceOf ?? [];
    const owners = (r.owners ?? []).map((o) => o.trim()).filter(Boolean);
    return {
      qid: r.qid,
      label: r.label.trim(),
      titles: [...new Set((r.titles ?? []).map((t) => t.replace(/\s+/g, ' ').trim()))].filter(
        Boolean,
      ),
      ...countryOf(r, hosts, byPlace),
      languages,
      hosts,
      rootHosts,
      owner: owners.length ? owners.join('; ') : undefined,
      type: typeOf(kinds),
      dissolved: !!r.dissolved,
      isOutOfScope: kinds.some((k) => OUT_OF_SCOPE_KINDS.has(k)),
      isStudentPaper: kinds.includes('student newspaper'),
    };
  });
}
