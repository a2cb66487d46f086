import { RAW_SPAN, WINDOW } from './tuning';

/** A piece of text around a mention with white space collapsed, and the way back to offsets. */
export interface Window {
  text: string;
  /** Offset in the article of `text[0]` when nothing was collapsed (`map` null). */
  base: number;
  /** `map[i]` is the offset in the article of `text[i]`; `map[text.length]` is the far end. */
  map: number[] | null;
}

/** The article offset of `w.text[i]`. */
export function offsetAt(w: Window, i: number): number {
  return w.map ? w.map[Math.min(i, w.map.length - 1)] : w.base + i;
}

/** The part of a window from `from` to `to` (indices into its text). */
export function sliceWindow(w: Window, from: number, to = w.text.length): Window {
  return {
    text: w.text.slice(from, to),
    base: w.base + from,
    map: w.map ? w.map.slice(from, to + 1) : null,
  };
}

/** Anything `collapse` would change: a line break, a tab or odd space, two spaces in a row. */
const NEEDS_COLLAPSE = /[\t\n\r\f\v\u00a0\u2000-\u200a\u202f\u3000]| {2}/;

function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/**
 * Collapses white space in `raw` (a run with a line break → '\n', any other run → ' '),
 * remembering each kept unit's offset (`base` + index in `raw`). Text that needs nothing keeps
 * an identity map (null), which is the common case and costs no array. Runs of kept units (a
 * lone space keeps itself) are copied as slices, not unit by unit.
 */
function collapse(raw: string, base: number): Window {
  if (!NEEDS_COLLAPSE.test(raw)) return { text: raw, base, map: null };
  const parts: string[] = [];
  const map: number[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    let j = i;
    for (; j < n; j++) {
      const c = raw.charCodeAt(j);
      if (isSpace(c) && !(c === 32 && !isSpace(raw.charCodeAt(j + 1)))) break;
      map.push(base + j);
    }
    if (j > i) parts.push(raw.slice(i, j));
    if (j === n) break;
    let nl = false;
    for (i = j; i < n; i++) {
      const d = raw.charCodeAt(i);
      if (d === 10 || d === 13) nl = true;
      else if (!isBlank(d)) break;
    }
    parts.push(nl ? '\n' : ' ');
    map.push(base + j);
  }
  map.push(base + n);
  return { text: parts.join(''), base, map };
}

/** A code unit `collapse` folds into a run of white space. */
const isSpace = (c: number) => c === 10 || c === 13 || isBlank(c);

/**
 * Raw text enough for a window: collapsing a span that starts (or ends) at a character outside
 * any white-space run gives exactly the part of the whole span's collapse on that side, offsets
 * included; one whose collapse is longer than a window holds every cut a window can make (see
 * windowBefore/After). Twice a window of raw text is nearly always enough; when white space
 * shrinks it to a window or less, the whole span is collapsed as before.
 */
const ENOUGH = WINDOW * 2 + 2;

/** The text before `start` on its line (or, when the line starts there, the previous line too). */
export function windowBefore(text: string, start: number): Window {
  const lo = Math.max(0, start - RAW_SPAN);
  let from = Math.max(lo, start - ENOUGH);
  while (from > lo && isSpace(text.charCodeAt(from))) from--;
  let w = collapse(text.slice(from, start), from);
  if (from > lo && w.text.length <= WINDOW) w = collapse(text.slice(lo, start), lo);
  return cutBefore(w);
}

function cutBefore(w: Window): Window {
  let cut = w.text.lastIndexOf('\n');
  if (cut >= 0 && w.text.slice(cut + 1).trim() === '') cut = w.text.lastIndexOf('\n', cut - 1);
  let from = cut + 1;
  if (w.text.length - from > WINDOW) from = w.text.length - WINDOW;
  return from === 0 ? w : sliceWindow(w, from);
}

/** The text after `end` on its line (or, when the line ends there, the next line too). */
export function windowAfter(text: string, end: number): Window {
  const hi = Math.min(text.length, end + RAW_SPAN);
  let to = Math.min(hi, end + ENOUGH);
  while (to < hi && isSpace(text.charCodeAt(to))) to++;
  let w = collapse(text.slice(end, to), end);
  if (to < hi && w.text.length <= WINDOW) w = collapse(text.slice(end, hi), end);
  return cutAfter(w);
}

function cutAfter(w: Window): Window {
  let cut = w.text.indexOf('\n');
  if (cut >= 0 && w.text.slice(0, cut).trim() === '') cut = w.text.indexOf('\n', cut + 1);
  let to = cut < 0 ? w.text.length : cut;
  if (to > WINDOW) to = WINDOW;
  return to === w.text.length ? w : sliceWindow(w, 0, to);
}
