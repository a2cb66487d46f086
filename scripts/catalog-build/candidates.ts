/** Outlets read from the open-data sources, before merging with the curated entries. */
import { getDomain, getHostname } from 'tldts';
import type { OutletType, StateTypology } from '../../utils/core/catalog-schema';
import { STATE_TYPOLOGIES } from '../../utils/core/catalog-schema';
import { COUNTRY_ISO2, normalizeCca } from './countries';
import { parseCsv } from './csv';
import { fixMojibake, isDamaged, looksLikeOrganization } from './text';

export interface Candidate {
  /** Display name, cleaned. */
  name: string;
  /** Running-text names (the display name without qualifiers), English unless `lang` says otherwise. */
  aliases: string[];
  abbreviations: string[];
  lang?: string;
  domain?: string;
  /** Full host of the source's URL (no www.), to match curated outlets listed by host. */
  host?: string;
  country: string;
  type: OutletType;
  owner?: string;
  typology?: StateTypology;
  feeds: string[];
  source: 'state-media-matrix' | 'freebie';
}

/**
 * Registrable domains of shared platforms and portals: a source hosted there has no domain of its
 * own (au.news.yahoo.com/thewest is not Yahoo), so it is matched by host or name only.
 */
export const SHARED_PLATFORMS = new Set([
  'go.com',
  'yahoo.com',
  'globo.com',
  'uol.com.br',
  'ebc.com.br',
  'medium.com',
  'blogspot.com',
  'wordpress.com',
  'feedburner.com',
  'feedsportal.com',
  'google.com',
  'facebook.com',
  'twitter.com',
  'youtube.com',
  'substack.com',
  'tumblr.com',
  'msn.com',
  'gov.in',
  'gov.ph',
  'gov.cn',
]);

/** Host (lowercase, no www.) of a URL-ish string, or undefined. */
export function hostOf(url: string): string | undefined {
  const u = url.trim();
  if (!u) return undefined;
  const host = getHostname(/^[a-z]+:\/\//i.test(u) ? u : `http://${u}`);
  return host ? host.toLowerCase().replace(/^www\d*\./, '') : undefined;
}

/** Registrable domain of a URL-ish string; undefined when none or when it is a shared platform. */
export function domainOf(url: string): string | undefined {
  const host = hostOf(url);
  const d = host ? getDomain(host) : null;
  if (!d || SHARED_PLATFORMS.has(d)) return undefined;
  return /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) ? d : undefined;
}

/**
 * Guesses the outlet type from its name (the open data has no type column). "Presse" alone is
 * no agency: "La Presse" is a daily, "Office national d'édition et de presse" a publisher.
 */
export function guessType(name: string, fallback: OutletType): OutletType {
  const n = name.toLowerCase();
  if (/news agency|press agency|agence|agencia|agência|\bagency\b|telegraph agency/.test(n))
    return 'news-agency';
  if (/\b(tv|television|télévision|televisión|radio|broadcast\w*|channel|fm)\b/.test(n))
    return 'broadcaster';
  if (/\b(magazine|weekly|revista)\b/.test(n)) return 'magazine';
  if (/\b(daily|times|newspaper|gazette|post|herald|tribune|diario|journal|zeitung)\b/.test(n))
    return 'newspaper';
  return fallback;
}

/**
 * The type of a State Media Matrix asset, from its own name and its company's ("Television:"
 * prefixes aside). An agency's other assets are not agencies ("Le Soleil", "Iran Daily", "Thể
 * thao & Văn hóa" belong to agencies): the company makes an asset an agency only when the asset
 * is the company itself, its name or its initials ("ANP" of "Agence Nigérienne de Presse",
 * "MAP" of "Maghreb Arabe Presse").
 */
function assetType(name: string, abbreviations: string[], company: string): OutletType {
  const own = guessType(name, 'other');
  if (own !== 'other') return own;
  const both = guessType(`${name} ${company}`, 'other');
  const isCompany = isCompanyItself(name, abbreviations, company);
  if (both === 'news-agency') return isCompany ? both : 'other';
  return both === 'other' && isCompany && /\bpresse\b/i.test(company) ? 'news-agency' : both;
}

/**
 * Whether an asset is its company: the company's name starts with it, its initials spell it, or
 * the asset carries the company's own abbreviation ("RIA FAN" of "Federal News Agency (FAN)").
 */
function isCompanyItself(name: string, abbreviations: string[], company: string): boolean {
  const own = /\(([A-Z][A-Z0-9&-]{1,7})\)\s*$/.exec(company)?.[1];
  if (own && [...name.split(/[\s-]+/), ...abbreviations].includes(own)) return true;
  const initials = company
    .split(/[\s'’()-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return (
    company.toLowerCase().startsWith(name.toLowerCase()) ||
    [name, ...abbreviations].some((a) => a.length >= 2 && initials.startsWith(a.replace(/\W/g, '')))
  );
}

/** Splits "Sudan News Agency (SUNA)" into the name and an abbreviation. */
export function splitName(raw: string): {
  name: string;
  aliases: string[];
  abbreviations: string[];
} {
  const clean = raw.replace(/\*+$/, '').replace(/\s+/g, ' ').trim();
  // A few rows lose their closing bracket ("Yicai Media Group (Television: Yicai TV"): close it.
  const open = clean.split('(').length - clean.split(')').length;
  const name = open > 0 ? clean + ')'.repeat(open) : clean;
  const abbreviations: string[] = [];
  let bare = name;
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (m) {
    bare = m[1].trim();
    if (/^[A-Z][A-Za-z0-9&-]{2,7}$/.test(m[2]) && /[A-Z].*[A-Z]/.test(m[2]))
      abbreviations.push(m[2]);
  }
  const aliases: string[] = [];
  if (/^[A-Z0-9&-]{2,6}$/.test(bare)) abbreviations.push(bare);
  else if (bare) aliases.push(bare);
  return { name, aliases, abbreviations };
}

const PREFIX_TYPES: Record<string, OutletType> = {
  television: 'broadcaster',
  tv: 'broadcaster',
  radio: 'broadcaster',
  'print media': 'newspaper',
  print: 'newspaper',
  online: 'online',
  'news portal': 'online',
  'news agency': 'news-agency',
};

/** Rows of the ASD-at-GMF State Media Matrix as candidates. */
export function smmCandidates(csv: string): Candidate[] {
  const out: Candidate[] = [];
  for (const row of parseCsv(csv)) {
    const country = COUNTRY_ISO2[row['Country']];
    const asset = row['Main assets'] || row['Media company'];
    if (!country || !asset) continue;
    const raw = row['Typology'].trim();
    const typology = (STATE_TYPOLOGIES as readonly string[]).includes(raw)
      ? (raw as StateTypology)
      : undefined;
    // "Print: Jiefang Daily", "Television: Dragon Television": the prefix gives the type.
    const prefixed =
      /^(Television|TV|Radio|Print media|Print|Online|News portals?|News agency)\s*:\s*(.+)$/i.exec(
        asset,
      );
    const kind = prefixed?.[1].toLowerCase();
    const { name, aliases, abbreviations } = splitName(prefixed ? prefixed[2] : asset);
    const company = row['Media company'].replace(/\*+$/, '').trim();
    out.push({
      name,
      aliases,
      abbreviations,
      domain: domainOf(row['URL']),
      host: hostOf(row['URL']),
      country,
      type: kind
        ? (PREFIX_TYPES[kind.replace(/s$/, '')] ?? 'other')
        : assetType(name, abbreviations, company),
      owner: company && company !== name && company !== asset ? company : undefined,
      typology,
      feeds: [],
      source: 'state-media-matrix',
    });
  }
  return out;
}

/** savkov/freebie websources (+ their RSS feeds) as candidates; repairs mojibake in names. */
export function freebieCandidates(websourcesCsv: string, rssCsv: string): Candidate[] {
  const feedsBySource = new Map<string, string[]>();
  const rssName = new Map<string, string>();
  for (const row of parseCsv(rssCsv)) {
    const list = feedsBySource.get(row['source_id']) ?? [];
    const feed = row['rss_url'];
    if (/^https?:\/\/[^\s]+$/.test(feed) && !list.includes(feed)) list.push(feed);
    feedsBySource.set(row['source_id'], list);
    if (row['name'] && !isDamaged(row['name']))
      rssName.set(row['source_id'], fixMojibake(row['name']));
  }
  const out: Candidate[] = [];
  for (const row of parseCsv(websourcesCsv)) {
    let raw = fixMojibake(row['name']);
    if (isDamaged(raw)) {
      const fixed = rssName.get(row['source_id']);
      if (!fixed) continue;
      raw = fixed;
    }
    if (looksLikeOrganization(raw)) continue;
    const country = normalizeCca(row['cca']);
    const domain = domainOf(row['url']);
    if (!country) continue;
    const lang = row['language'].trim().toLowerCase();
    const { name, aliases, abbreviations } = splitName(raw);
    out.push({
      name,
      aliases,
      abbreviations,
      lang: /^[a-z]{2}$/.test(lang) ? lang : undefined,
      domain,
      host: hostOf(row['url']),
      country,
      type: guessType(name, 'online'),
      feeds: (feedsBySource.get(row['source_id']) ?? []).slice(0, 5),
      source: 'freebie',
    });
  }
  return out;
}
