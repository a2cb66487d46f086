/**
 * Catalog lookups by address and by site name. Pure functions: no DOM or browser globals.
 * A page URL resolves to its publisher by host: first the full host, then each parent domain down
 * to the registrable domain (tldts), so www1., edition., amp. and m. subdomains resolve, and a few
 * outlets living on a shared platform (abcnews.go.com, g1.globo.com) keep their own host entries.
 */
import { getDomain, getHostname } from 'tldts';
import type { Catalog, Outlet } from './catalog-schema';

export interface DomainIndex {
  /** Catalog domain or host (lowercase, no www) → outlet. */
  byDomain: Map<string, Outlet>;
  /**
   * Lowercased display name or running-text name → outlets carrying it. Built on first use:
   * only a page without a known address asks for it, and normalizing every name of the full
   * catalog was the largest single step of the background's start-up.
   */
  readonly byName: Map<string, Outlet[]>;
}

const normName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function indexNames(outlets: readonly Outlet[]): Map<string, Outlet[]> {
  const byName = new Map<string, Outlet[]>();
  for (const outlet of outlets) {
    const names = new Set([outlet.name, ...Object.values(outlet.names).flat()].map(normName));
    for (const n of names) {
      const list = byName.get(n);
      if (list) list.push(outlet);
      else byName.set(n, [outlet]);
    }
  }
  return byName;
}

/** Builds the lookup index once; the first outlet listing a domain keeps it. */
export function indexDomains(catalog: Pick<Catalog, 'outlets'>): DomainIndex {
  const byDomain = new Map<string, Outlet>();
  for (const outlet of catalog.outlets) {
    for (const d of outlet.domains) {
      const key = d.toLowerCase();
      if (!byDomain.has(key)) byDomain.set(key, outlet);
    }
  }
  let byName: Map<string, Outlet[]> | null = null;
  return {
    byDomain,
    get byName() {
      return (byName ??= indexNames(catalog.outlets));
    },
  };
}

/** Host of a URL (or bare host), lowercase, without a leading "www."; undefined if none. */
function hostOf(url: string): string | undefined {
  const host = getHostname(url.trim());
  return host ? host.toLowerCase().replace(/\.$/, '') : undefined;
}

/** The outlet publishing at `url`, by host then parent domains down to the registrable domain. */
export function findOutletByUrl(url: string, index: DomainIndex): Outlet | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const registrable = getDomain(host);
  if (!registrable) return index.byDomain.get(host);
  const labels = host.split('.');
  const stop = registrable.split('.').length;
  for (let i = 0; labels.length - i >= stop; i++) {
    const candidate = labels.slice(i).join('.');
    const hit = index.byDomain.get(candidate);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The publisher of a page: by URL first; otherwise by the page's site name (og:site_name),
 * compared case-insensitively to outlet names, used only when exactly one outlet carries it.
 */
export function findPublisher(
  url: string | null | undefined,
  siteName: string | null | undefined,
  index: DomainIndex,
): Outlet | undefined {
  const byUrl = url ? findOutletByUrl(url, index) : undefined;
  if (byUrl) return byUrl;
  if (!siteName) return undefined;
  const hits = index.byName.get(normName(siteName));
  return hits && hits.length === 1 ? hits[0] : undefined;
}
