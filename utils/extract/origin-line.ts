import { forEachTextNodeAfter } from './walk';

/** A label that starts a "where this article came from" line ("Source:", "Nguồn:", "Fuente:"). */
const ORIGIN_LABEL =
  /^\s*(?:source|nguồn|fuente|fonte|quelle|źródło|источник|джерело|kilde|källa|bron|المصدر|来源|來源|출처|出典)\s*[:：]?\s*$|^\s*(?:source|nguồn|fuente|fonte|quelle|źródło|источник|джерело|kilde|källa|bron|المصدر|来源|來源|출처|出典)\s*[:：]\s*\S/i;

const BLOCK = /^(?:P|DIV|LI|FOOTER|SECTION|ASIDE|SPAN|EM|SMALL|STRONG|B|I|CITE)$/;
const MAX_LINE = 160;
/** How many non-blank text nodes past the article's end the line may be. */
const NEAR = 12;

/** The element holding a whole short line around `node` (its nearest block-ish ancestor). */
function lineElement(node: Text): Element | null {
  let el: Element | null = node.parentElement;
  while (el && !BLOCK.test(el.tagName)) el = el.parentElement;
  while (
    el &&
    el.parentElement &&
    (el.tagName === 'SPAN' ||
      el.tagName === 'EM' ||
      el.tagName === 'STRONG' ||
      el.tagName === 'B' ||
      el.tagName === 'I' ||
      el.tagName === 'SMALL' ||
      el.tagName === 'CITE')
  ) {
    const parent: Element = el.parentElement;
    if ((parent.textContent ?? '').length > MAX_LINE) break;
    el = parent;
  }
  return el;
}

/**
 * Finds the page's "Source: X" line that comes after the article's last text node: aggregators
 * put it below the body, where Readability often drops it. Reads the live page forward from
 * `articleEnd`, only the few text nodes right after it, and runs a regex only on short ones.
 * Returns the line's element, or null.
 */
export function findOriginLine(articleEnd: Text): Element | null {
  if (!articleEnd.isConnected) return null;
  let found: Element | null = null;
  let seen = 0;
  forEachTextNodeAfter(articleEnd, (t) => {
    if (t.data.trim()) seen++;
    if (seen > NEAR + 1) return false;
    if (t.data.length > MAX_LINE || !ORIGIN_LABEL.test(t.data)) return true;
    const el = lineElement(t);
    const text = el?.textContent?.trim() ?? '';
    if (el && text.length <= MAX_LINE && /[:：]\s*\S/.test(text)) found = el;
    return !found;
  });
  return found;
}
