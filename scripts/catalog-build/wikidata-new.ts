/**
 * Wikidata papers the catalog does not have yet, as new outlets: one web address per outlet, names
 * that can fire on their own only when distinctive and nobody else's, the rest as short names.
 */
import { getDomain } from 'tldts';
import type { Outlet } from '../../utils/core/catalog-schema';
import { foldText } from '../../utils/core/text';
import { SHARED_PLATFORMS } from './candidates';
import { slugify } from './text';
import type { WikidataPaper } from './wikidata';
import { type OutletLookup, outletAtHost } from './wikidata-merge';
import { isDistinctiveName, type PaperName, paperNames, stripQualifier } from './wikidata-names';

/**
 * The address each paper gets: its registrable domain, or its full host when the domain is a
 * shared platform or when other papers sit on other hosts of the same domain. A host several
 * papers list goes to the one whose website is the whole host, if only one is ("wickedlocal.com/
 * saugus" is a page of a group's portal, not the address of the Saugus paper); otherwise to
 * none. Addresses other outlets own are skipped.
 */
function assignAddresses(papers: WikidataPaper[], l: OutletLookup): Map<string, string[]> {
  const hostsByDomain = new Map<string, Set<string>>();
  const papersByHost = new Map<string, WikidataPaper[]>();
  const domainOf = (h: string) => {
    const d = getDomain(h);
    return d && !SHARED_PLATFORMS.has(d) ? d : h;
  };
  for (const p of papers)
    for (const h of p.hosts) {
      hostsByDomain.set(domainOf(h), (hostsByDomain.get(domainOf(h)) ?? new Set()).add(h));
      papersByHost.set(h, [...(papersByHost.get(h) ?? []), p]);
    }
  const ownerOf = (h: string) => {
    const list = papersByHost.get(h)!;
    if (list.length === 1) return list[0];
    const roots = list.filter((p) => p.rootHosts.includes(h));
    return roots.length === 1 ? roots[0] : undefined;
  };
  const out = new Map<string, string[]>();
  for (const p of papers) {
    const mine: string[] = [];
    for (const h of p.hosts) {
      const key = hostsByDomain.get(domainOf(h))!.size > 1 ? h : domainOf(h);
      if (ownerOf(h) !== p || outletAtHost(key, l.byDomain) || mine.includes(key)) continue;
      mine.push(key);
    }
    out.set(p.qid, mine);
  }
  return out;
}

/** How many papers (and existing outlets) carry each folded name. */
function countNames(papers: WikidataPaper[], l: OutletLookup): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [alias, owners] of l.aliasOwners) counts.set(alias, owners.size);
  for (const p of papers)
    for (const key of new Set(paperNames(p).names.map(({ name }) => foldText(name))))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Running-text names by language, and short names, for one paper. */
function sortNames(
  p: WikidataPaper,
  names: PaperName[],
  counts: Map<string, number>,
): Pick<Outlet, 'names' | 'shortNames'> {
  const byLang: Record<string, string[]> = {};
  const short: string[] = [];
  const hasTitles = p.titles.length > 0;
  for (const { lang, name } of names) {
    if (isDistinctiveName(name) && counts.get(foldText(name)) === 1) {
      (byLang[lang] ??= []).push(name);
    } else if (name.length >= 3 && (!hasTitles || lang !== 'en' || p.titles.includes(name))) {
      // An English label of a paper with printed titles is a translation, not a name in use.
      short.push(name);
    }
  }
  return { names: byLang, shortNames: short.length ? short : undefined };
}

/** Stable ids: the slug of the English label (or title), with the country or QID on a clash. */
function assignIds(papers: WikidataPaper[], taken: Set<string>): Map<string, string> {
  const base = new Map<string, string>();
  const count = new Map<string, number>();
  for (const p of papers) {
    const b =
      slugify(/^Q\d+$/.test(p.label) ? '' : stripQualifier(p.label)) ||
      slugify(paperNames(p).display) ||
      p.qid.toLowerCase();
    base.set(p.qid, b);
    count.set(b, (count.get(b) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  for (const p of papers) {
    const b = base.get(p.qid)!;
    let id = b;
    if (count.get(b)! > 1 || taken.has(b)) id = `${b}-${p.country!.toLowerCase()}`;
    if (taken.has(id)) id = `${b}-${p.qid.toLowerCase()}`;
    ids.set(p.qid, id);
    taken.add(id);
  }
  return ids;
}

/** New outlets for papers with a country and something to find them by (an address or a name). */
export function newOutlets(papers: WikidataPaper[], l: OutletLookup, ids: Set<string>): Outlet[] {
  const addresses = assignAddresses(papers, l);
  const counts = countNames(papers, l);
  const usable = papers.filter((p) => {
    const { names, shortNames } = sortNames(p, paperNames(p).names, counts);
    return addresses.get(p.qid)!.length > 0 || Object.keys(names).length > 0 || !!shortNames;
  });
  const idOf = assignIds(usable, ids);
  return usable.map((p) => {
    const { display, names: all } = paperNames(p);
    const { names, shortNames } = sortNames(p, all, counts);
    const o: Outlet = {
      id: idOf.get(p.qid)!,
      name: display,
      names,
      abbreviations: [],
      domains: addresses.get(p.qid)!,
      country: p.country!,
      languages: [...p.languages],
      type: p.type,
      wikidata: p.qid,
      sources: {
        name: 'wikidata',
        country: p.countrySource!,
        type: 'wikidata',
        wikidata: 'wikidata',
      },
    };
    if (shortNames) [o.shortNames, o.sources.shortNames] = [shortNames, 'wikidata'];
    if (Object.keys(names).length) o.sources.names = 'wikidata';
    if (o.domains.length) o.sources.domains = 'wikidata';
    if (o.languages.length) o.sources.languages = 'wikidata';
    if (p.owner) [o.owner, o.sources.owner] = [p.owner, 'wikidata'];
    return o;
  });
}
