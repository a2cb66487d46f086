import { getDomainWithoutSuffix } from 'tldts';
import type { ArticleContext } from './types';
import { slugOf } from './unlisted-names';

/** A name reduced to its letters and digits, without a leading article, for comparisons. */
const squash = (name: string) => slugOf(name).replace(/-/g, '');

/** Shortest squashed name that may be compared by containment ("courier" in "westfieldcourier"). */
const MIN_CONTAINED = 5;

/**
 * True when an outlet the catalog does not know is the page's own: its name or address is the
 * page's address, site name or the title's last segment ("… | Westfield Courier").
 */
export function isOwnOutlet(
  name: string,
  domain: string | undefined,
  page: ArticleContext['page'],
): boolean {
  if (!page) return false;
  const key = squash(domain ? (getDomainWithoutSuffix(domain) ?? domain) : name);
  if (!key) return false;
  const hostKey = page.url ? squash(getDomainWithoutSuffix(page.url) ?? '') : '';
  const siteKey = page.siteName ? squash(page.siteName) : '';
  const titleTail = page.title?.split(/\s+[|–—·:-]\s+/).pop() ?? '';
  const titleKey = page.title && titleTail !== page.title ? squash(titleTail) : '';
  if ([hostKey, siteKey, titleKey].includes(key)) return true;
  if (key.length < MIN_CONTAINED) return false;
  return [hostKey, siteKey].some(
    (k) => k.length >= MIN_CONTAINED && (k.includes(key) || key.includes(k)),
  );
}
