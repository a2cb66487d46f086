import { READABILITY } from './readability-rules';

/**
 * What Readability throws away before it scores anything, decided on the live page so those
 * subtrees are never copied into the clone it reads. Each test is Readability's own (its
 * regexes and helpers, copied in readability-rules.ts and checked against its prototype), so the
 * clone holds what Readability would have kept; tests/dom/prune.test.ts checks the article text
 * on every corpus page.
 */

export { READABILITY };

/** Why a subtree is left out ('unlikely' only holds for Readability's first pass: see below). */
export type PruneReason = 'script' | 'style' | 'hidden' | 'dialog' | 'unlikely';

/** Elements Readability removes before reading (`_removeScripts`, `_prepDocument`). */
const REMOVED_TAGS: Record<string, PruneReason> = {
  SCRIPT: 'script',
  NOSCRIPT: 'script',
  STYLE: 'style',
};

/**
 * True where Readability's first pass removes `el` as an unlikely candidate (class or id such as
 * "comment", "sidebar", "footer"; a navigation or dialog role) and would not have taken it as
 * the byline or the title's duplicate first: those tests come before in its walk.
 */
function isUnlikely(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'H1' || tag === 'H2' || isBylineCandidate(el)) return false;
  if (READABILITY.UNLIKELY_ROLES.includes(el.getAttribute('role') as string)) return true;
  if (tag === 'BODY' || tag === 'A') return false;
  const match = `${el.className} ${el.id}`;
  const { unlikelyCandidates, okMaybeItsACandidate } = READABILITY.REGEXPS;
  return (
    unlikelyCandidates.test(match) &&
    !okMaybeItsACandidate.test(match) &&
    !READABILITY.hasAncestorTag(el, 'table') &&
    !READABILITY.hasAncestorTag(el, 'code')
  );
}

/** Why Readability's walk over the page would remove `el`, or null. */
function walkReason(el: Element, withUnlikely: boolean): PruneReason | null {
  if (!READABILITY.isProbablyVisible(el)) return 'hidden';
  if (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')
    return 'dialog';
  return withUnlikely && isUnlikely(el) ? 'unlikely' : null;
}

/**
 * True when Readability's walk would remove `<html>` or `<body>` itself (a hidden body, a class
 * like "header-spacing" on the root): it then reads the detached body whole, without removing
 * anything under it, so nothing but scripts and styles may be left out of the copy either.
 */
export function isReadWhole(doc: Document): boolean {
  // Its first pass always strips unlikely candidates, whatever the caller prunes.
  return [doc.documentElement, doc.body].some((el) => el && walkReason(el, true));
}

/** True when Readability's walk could take `el` as the byline (its test before removing anything). */
function isBylineCandidate(el: Element): boolean {
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop');
  return (
    rel === 'author' ||
    !!itemprop?.includes('author') ||
    READABILITY.REGEXPS.byline.test(`${el.className} ${el.id}`)
  );
}

/**
 * True under an element whose whole text Readability reads before it removes what is under
 * it: a byline candidate (its text becomes the byline) or a heading it compares with the title.
 * Nothing under these is left out.
 */
function isUnderReadWhole(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.tagName === 'H1' || a.tagName === 'H2' || isBylineCandidate(a)) return true;
  }
  return false;
}

/**
 * Why Readability would drop `el` and everything under it before scoring, or null to keep it.
 * `withUnlikely` adds its first pass's unlikely candidates: when that pass finds too little text,
 * Readability retries with them, so the caller reads such a page again without this rule.
 * `wholeBody`: see `isReadWhole`.
 */
export function pruneReason(
  el: Element,
  withUnlikely: boolean,
  wholeBody = false,
): PruneReason | null {
  const tag = el.tagName;
  const removed = REMOVED_TAGS[tag];
  // JSON-LD is read for the metadata before the scripts go.
  if (removed) return el.getAttribute('type') === 'application/ld+json' ? null : removed;
  if (wholeBody || tag === 'HTML' || tag === 'HEAD' || tag === 'BODY') return null;
  const reason = walkReason(el, withUnlikely);
  return reason && !isUnderReadWhole(el) ? reason : null;
}

/** True for what Readability removes before it walks the page: no trace is needed in the copy. */
export const isRemovedBeforeWalk = (reason: PruneReason) =>
  reason === 'script' || reason === 'style';
