import { getDomainWithoutSuffix } from 'tldts';
import type { AliasIndex } from './alias-index';
import type { ArticleContext } from './types';

/**
 * The page's own family of outlets: the publisher, its parent, its children and its sisters
 * (outlets with the same parent). A BBC page quoting "BBC Radio 4", or a brand's site naming
 * its parent group, credits itself, not a source. A news agency's site for one country
 * (AFPBB News of AFP) is the exception: it carries the agency's wire stories, and their
 * datelines credit the agency.
 */
export function familyOf(publisherIds: string[], index: AliasIndex): Set<string> {
  const family = new Set(publisherIds);
  if (!publisherIds.length) return family;
  const parents = new Set<string>();
  for (const id of publisherIds) {
    const parent = index.outlets.get(id)?.parent;
    if (parent && index.outlets.get(parent)?.type !== 'news-agency') parents.add(parent);
  }
  for (const p of parents) family.add(p);
  // One pass over the catalog in order would add an outlet whose parent is in the family by
  // then: every child of the outlets above, and a child of an added child only when it comes
  // later in the catalog than its parent. Walked from the parents instead of over the catalog.
  const children = childrenOf(index);
  const start = new Set(family);
  const stack = [...start].flatMap((id) => children.get(id) ?? []);
  while (stack.length) {
    const [at, id] = stack.pop()!;
    if (family.has(id)) continue;
    family.add(id);
    for (const child of children.get(id) ?? []) if (child[0] > at) stack.push(child);
  }
  return family;
}

const childLists = new WeakMap<AliasIndex['outlets'], Map<string, [number, string][]>>();

/** Parent id → its children as [position in the catalog, id], in catalog order (kept per index). */
function childrenOf(index: AliasIndex): Map<string, [number, string][]> {
  let map = childLists.get(index.outlets);
  if (!map) {
    map = new Map();
    let pos = 0;
    for (const o of index.outlets.values()) {
      if (o.parent) {
        const list = map.get(o.parent);
        if (list) list.push([pos, o.id]);
        else map.set(o.parent, [[pos, o.id]]);
      }
      pos++;
    }
    childLists.set(index.outlets, map);
  }
  return map;
}

/**
 * True when a listed outlet is the page's own although the catalog does not know the page's
 * address: its web address has the page's name under another suffix (elpais.com on
 * elpais.com.uy). The page's declared site name is no evidence here: a wire story's page often
 * declares the wire ("Associated Press" on a newspaper's site).
 */
export function isPageOwnListed(
  id: string,
  index: AliasIndex,
  page: ArticleContext['page'],
): boolean {
  const o = index.outlets.get(id);
  if (!o || !page?.url) return false;
  const host = hostName(page.url);
  return !!host && o.domains.some((d) => hostName(d) === host);
}

/**
 * Names of the addresses read so far (the page's and the catalog's): each mention asks about
 * the same few, and reading an address's public suffix is the costly part. Cleared when it
 * grows past the catalog's size, so pages read over a long session cannot grow it unbounded.
 */
const hostNames = new Map<string, string>();
const MAX_HOST_NAMES = 20_000;

function hostName(address: string): string {
  let name = hostNames.get(address);
  if (name === undefined) {
    if (hostNames.size >= MAX_HOST_NAMES) hostNames.clear();
    name = getDomainWithoutSuffix(address) ?? '';
    hostNames.set(address, name);
  }
  return name;
}
