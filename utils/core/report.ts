import { buildAliasIndex, type AliasIndex } from './alias-index';
import { readAliasTable } from './alias-table';
import { CORE_TABLES } from './core-tables';
import { findMentions } from './find-mentions';
import { findPublisher, indexDomains } from './catalog-lookup';
import type { Catalog, Outlet, OutletType } from './catalog-schema';
import { detectAttributions } from './detect';
import { PUBLISHED_BY_BEFORE } from './lang/word-lists';
import { MAX_TITLE_LENGTH } from './tuning';
import {
  UNCERTAIN_BELOW,
  type Attribution,
  type CreditKind,
  type TextBlock,
  type UnlistedOutlet,
} from './types';

/** The article as the content script (or the command line) extracted it. */
export interface ArticleInput {
  url: string;
  /** The page's declared canonical address, when it differs from `url`. */
  canonicalUrl?: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** The main text; block breaks are '\n'. */
  text: string;
  blocks?: TextBlock[];
}

/** The facts about an outlet that travel with a report. */
export interface OutletSummary {
  /** The catalog id, or `unlisted:<slug>` for an outlet the catalog does not know. */
  id: string;
  name: string;
  /**
   * True for catalog outlets. An unlisted outlet is one the text itself shows to be a news
   * outlet ("according to the Westfield Courier"): its name is as the text gives it, and its
   * other facts are only what the text says (empty `domains` unless it shows an address).
   */
  listed: boolean;
  domains: string[];
  /** ISO 3166-1 alpha-2; empty for an unlisted outlet whose country the text does not give. */
  country: string;
  type: OutletType;
  languages: string[];
  owner?: string;
  stateAffiliation?: Outlet['stateAffiliation'];
  search?: string;
  /** Wikidata item id ("Q…"), when the catalog has one. */
  wikidata?: string;
  /**
   * Where each shown fact comes from: field name (`type`, `country`, `owner`…) → id of a
   * catalog source (`Catalog.sources`). Absent for unlisted outlets.
   */
  sources?: Record<string, string>;
}

/** Facts whose provenance travels with a report (the catalog also records it for aliases). */
const SHOWN_FACTS = ['name', 'country', 'type', 'languages', 'owner', 'wikidata'] as const;

/** One credit of an outlet, as shown to the reader. */
export interface MentionReport {
  surface: string;
  kind: CreditKind;
  start: number;
  end: number;
  sentence: string;
  confidence: number;
  cue: Attribution['cue'];
  rule: string;
  /** For a relayed credit ("AFP, citing the Daily Y"): the id of the outlet that relayed it. */
  via?: string;
}

export interface CitedOutlet extends OutletSummary {
  mentions: MentionReport[];
}

/** Everything SourceLens knows about one article. Plain JSON. */
export interface ArticleReport {
  url: string;
  title: string;
  lang: string | null;
  publishedTime: string | null;
  publisher: OutletSummary | null;
  originalSource: OutletSummary | null;
  /** Outlets the article cites, in order of first credit. */
  outlets: CitedOutlet[];
  /** Mentions that may be credits but were not sure enough to count. */
  uncertain: CitedOutlet[];
}

/** The catalog compiled for lookups; build once and reuse for every article. */
export interface CatalogIndex {
  catalog: Catalog;
  aliases: AliasIndex;
  domains: ReturnType<typeof indexDomains>;
}

/**
 * Compiles a validated catalog into the indexes the core needs. The names' index comes from the
 * build's table when it was written from this catalog (core-tables.ts), else it is built here.
 */
export function buildCatalogIndex(catalog: Catalog): CatalogIndex {
  const aliases =
    (CORE_TABLES && readAliasTable(CORE_TABLES.aliases, catalog)) ?? buildAliasIndex(catalog);
  return { catalog, aliases, domains: indexDomains(catalog) };
}

/** The subset of an outlet's catalog entry shown with reports. */
export function summarizeOutlet(o: Outlet): OutletSummary {
  const s: OutletSummary = {
    id: o.id,
    name: o.name,
    listed: true,
    domains: o.domains,
    country: o.country,
    type: o.type,
    languages: o.languages,
  };
  if (o.owner) s.owner = o.owner;
  if (o.stateAffiliation) s.stateAffiliation = o.stateAffiliation;
  if (o.search) s.search = o.search;
  if (o.wikidata) s.wikidata = o.wikidata;
  const sources = SHOWN_FACTS.filter((f) => o.sources[f]).map((f) => [f, o.sources[f]]);
  if (sources.length) s.sources = Object.fromEntries(sources);
  return s;
}

/** The facts shown for an outlet the catalog does not know: only what the text says. */
export function summarizeUnlisted(o: UnlistedOutlet): OutletSummary {
  return {
    id: o.id,
    name: o.name,
    listed: false,
    domains: o.domains,
    country: '',
    type: o.type,
    languages: [],
  };
}

function groupByOutlet(
  list: Attribution[],
  index: CatalogIndex,
  unlisted: Map<string, UnlistedOutlet>,
): CitedOutlet[] {
  const byId = new Map<string, CitedOutlet>();
  for (const a of list) {
    const outlet = index.aliases.outlets.get(a.outletId);
    const other = unlisted.get(a.outletId);
    if (!outlet && !other) continue;
    let entry = byId.get(a.outletId);
    if (!entry) {
      entry = { ...(outlet ? summarizeOutlet(outlet) : summarizeUnlisted(other!)), mentions: [] };
      byId.set(a.outletId, entry);
    }
    const { surface, kind, start, end, sentence, confidence, cue, rule, via } = a;
    const mention: MentionReport = { surface, kind, start, end, sentence, confidence, cue, rule };
    if (via) mention.via = via;
    entry.mentions.push(mention);
  }
  return [...byId.values()];
}

/**
 * The publisher named by the page title, for pages that give no address or site name: a title
 * segment that is an outlet's name ("Headline | The Associated Press"), or a title ending with
 * one after a separator or "from"/"by" ("News from The Associated Press"). Null when unsure.
 */
function findPublisherInTitle(title: string, index: CatalogIndex): Outlet | undefined {
  const t = title.trim();
  if (!t || t.length > MAX_TITLE_LENGTH) return undefined;
  const segments = t.split(/\s+[|–—·:-]\s+|\s+::\s+/);
  for (const seg of [segments[segments.length - 1], segments[0]]) {
    const hit = findPublisher(null, seg, index.domains);
    if (hit) return hit;
  }
  const mentions = findMentions(t, index.aliases);
  const last = mentions[mentions.length - 1];
  if (last && last.end === t.length && !last.isAbbreviation && last.outletIds.length === 1) {
    if (PUBLISHED_BY_BEFORE.test(t.slice(0, last.start))) {
      return index.aliases.outlets.get(last.outletIds[0]);
    }
  }
  return undefined;
}

/** Builds the report for one article: publisher, original source, cited and uncertain outlets. */
export function buildReport(article: ArticleInput, index: CatalogIndex): ArticleReport {
  // The address the page was loaded from wins; a page saved or served elsewhere (a file, a test
  // server) still names its publisher through its canonical address or its declared site name.
  const publisher =
    findPublisher(article.url, null, index.domains) ??
    findPublisher(article.canonicalUrl, article.siteName, index.domains) ??
    (article.url || article.canonicalUrl || article.siteName
      ? undefined
      : findPublisherInTitle(article.title, index)) ??
    null;
  const lang = article.lang ? article.lang.toLowerCase().slice(0, 2) : null;
  const detection = detectAttributions(article.text, index.aliases, {
    lang: lang ?? undefined,
    publisherIds: publisher ? [publisher.id] : [],
    blocks: article.blocks,
    page: {
      url: article.url || article.canonicalUrl,
      siteName: article.siteName,
      title: article.title,
    },
  });
  // A republished article's origin is reported as such; a byline naming that same outlet is the
  // same fact, not a further credit.
  const originId = detection.originalSource?.outletId;
  const credits = detection.attributions.filter(
    (a) => !(a.outletId === originId && a.kind === 'byline'),
  );
  const sure = credits.filter((a) => a.confidence >= UNCERTAIN_BELOW);
  const unsure = credits.filter((a) => a.confidence < UNCERTAIN_BELOW);
  const outlets = groupByOutlet(sure, index, detection.unlisted);
  const citedIds = new Set(outlets.map((o) => o.id));
  const origin = detection.originalSource
    ? index.aliases.outlets.get(detection.originalSource.outletId)
    : undefined;
  return {
    url: article.url,
    title: article.title,
    lang,
    publishedTime: article.publishedTime,
    publisher: publisher ? summarizeOutlet(publisher) : null,
    originalSource: origin ? summarizeOutlet(origin) : null,
    outlets,
    uncertain: groupByOutlet(unsure, index, detection.unlisted).filter((o) => !citedIds.has(o.id)),
  };
}
