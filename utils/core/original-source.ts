import { SOURCE_LINE } from './lang/word-lists';
import { ORIGIN_LINE_SIDE, ORIGIN_TAIL_LINES } from './tuning';
import type { OutletMention } from './types';

/**
 * Finds the mention that names where a re-published article came from: a line of its own
 * ("Source: baoquocte.vn", a source label of any language pack) among the last lines of the text. Returns null when there is none.
 */
export function findOriginalSourceMention(
  text: string,
  mentions: OutletMention[],
): OutletMention | null {
  let tailStart = text.length;
  for (let i = 0; i < ORIGIN_TAIL_LINES && tailStart > 0; i++) {
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
    // An origin line is short. Bounding both sides keeps each mention O(1): a text without line
    // breaks puts every mention in the "tail", and searching the whole text for its line made
    // this loop quadratic.
    const head = textBackToLineStart(text, m.start);
    const rest = textOnToLineEnd(text, m.end);
    if (head === null || rest === null) continue;
    if (SOURCE_LINE.test(head) && /^[).\]]?$/.test(rest.trim())) return m;
  }
  return null;
}

/** The line's text before `pos`, or null when the line starts more than `ORIGIN_LINE_SIDE` back. */
function textBackToLineStart(text: string, pos: number): string | null {
  const from = Math.max(0, pos - ORIGIN_LINE_SIDE);
  const chunk = text.slice(from, pos);
  const br = chunk.lastIndexOf('\n');
  if (br < 0 && from > 0) return null;
  return chunk.slice(br + 1);
}

/** The line's text from `pos` on, or null when the line ends more than `ORIGIN_LINE_SIDE` ahead. */
function textOnToLineEnd(text: string, pos: number): string | null {
  const chunk = text.slice(pos, pos + ORIGIN_LINE_SIDE + 1);
  const br = chunk.indexOf('\n');
  if (br >= 0) return chunk.slice(0, br);
  return pos + chunk.length >= text.length ? chunk : null;
}
