/**
 * The few rules of Readability 0.6 that the pruning (prune.ts) applies on the live page, copied
 * here so that the article script, which prunes and snapshots but never parses (Readability runs
 * off the page), does not carry and evaluate Readability itself (docs/performance.md).
 * tests/dom/prune.test.ts checks them against Readability's own on every run, so an upgrade that
 * changes one fails there.
 */
export interface ReadabilityRules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: string[];
  /** Readability's `_isProbablyVisible`. */
  isProbablyVisible(node: Element): boolean;
  /** Readability's `_hasAncestorTag` with its default depth (3) and no filter. */
  hasAncestorTag(node: Node, tagName: string): boolean;
}

const MAX_ANCESTOR_DEPTH = 3;

export const READABILITY: ReadabilityRules = {
  REGEXPS: {
    unlikelyCandidates:
      /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i,
    okMaybeItsACandidate: /and|article|body|column|content|main|shadow/i,
    byline: /byline|author|dateline|writtenby|p-author/i,
  },
  UNLIKELY_ROLES: [
    'menu',
    'menubar',
    'complementary',
    'navigation',
    'alert',
    'alertdialog',
    'dialog',
  ],
  isProbablyVisible(node: Element): boolean {
    // An inline style exists only with a `style` attribute (setting one from script writes the
    // attribute): without it, `display` and `visibility` are empty, and reading `style` on every
    // element of the page would make a style object for each.
    const style = node.hasAttribute('style')
      ? ((node as HTMLElement).style as CSSStyleDeclaration | undefined)
      : undefined;
    const className = node.className as unknown;
    // SVG and MathML nodes: no `style` in some DOMs, and a className that is no string.
    return (
      (!style || style.display != 'none') &&
      (!style || style.visibility != 'hidden') &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') != 'true' ||
        (typeof className === 'string' && className.includes('fallback-image')))
    );
  },
  hasAncestorTag(node: Node, tagName: string): boolean {
    const tag = tagName.toUpperCase();
    let depth = 0;
    for (let n = node; n.parentNode; n = n.parentNode, depth++) {
      if (depth > MAX_ANCESTOR_DEPTH) return false;
      if ((n.parentNode as Element).tagName === tag) return true;
    }
    return false;
  },
};
