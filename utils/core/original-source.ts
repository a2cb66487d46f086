import type { OutletMention } from './types';

/** A standalone "Source: X" line in the last lines of the article: the article was taken from X. */
const SOURCE_LINE =
  /^\s*(?:source|nguồn|fuente|fonte|quelle|źródło|источник|kilde|källa|bron|المصدر|来源|출처)\s*[:：]\s*$/i;

/** How many of the article's last lines may hold its origin line. */
const TAIL_LINES = 4;

/**
 * Finds the mention that names where a re-published article came from: a line of its own
 * ("Source: baoquocte.vn") among the last lines of the text. Returns null when there is none.
 */
export function findOriginalSourceMention(
  text: string,
  mentions: OutletMention[],
): OutletMention | null {
  let tailStart = text.length;
  for (let i = 0; i < TAIL_LINES && tailStart > 0; i++) {
    const trimmedEnd = text.slice(0, tailStart).trimEnd().length;
    tailStart = text.lastIndexOf('\n', trimmedEnd - 1);
    if (tailStart < 0) {
      tailStart = 0;
      break;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.start < tailStart) break;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    let lineEnd = text.indexOf('\n', m.end);
    if (lineEnd < 0) lineEnd = text.length;
    const rest = text.slice(m.end, lineEnd).trim();
    if (SOURCE_LINE.test(text.slice(lineStart, m.start)) && /^[).\]]?$/.test(rest)) return m;
  }
  return null;
}
