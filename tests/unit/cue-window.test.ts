import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAt, windowAfter, windowBefore, type Window } from '../../utils/core/cue-window';
import { RAW_SPAN, WINDOW } from '../../utils/core/tuning';

/** The windows as first written: the whole raw span collapsed, then cut (the reference). */
function collapseAll(raw: string, base: number): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  const blank = /[ \t\f\v\u00a0\u2000-\u200a\u202f\u3000]/;
  for (let i = 0; i < raw.length;) {
    if (/[\n\r]/.test(raw[i]) || blank.test(raw[i])) {
      let j = i;
      let nl = false;
      for (; j < raw.length && (/[\n\r]/.test(raw[j]) || blank.test(raw[j])); j++)
        nl ||= /[\n\r]/.test(raw[j]);
      text += nl ? '\n' : ' ';
      map.push(base + i);
      i = j;
    } else {
      text += raw[i];
      map.push(base + i++);
    }
  }
  map.push(base + raw.length);
  return { text, map };
}

function referenceBefore(text: string, start: number) {
  const lo = Math.max(0, start - RAW_SPAN);
  const w = collapseAll(text.slice(lo, start), lo);
  let cut = w.text.lastIndexOf('\n');
  if (cut >= 0 && w.text.slice(cut + 1).trim() === '') cut = w.text.lastIndexOf('\n', cut - 1);
  let from = cut + 1;
  if (w.text.length - from > WINDOW) from = w.text.length - WINDOW;
  return { text: w.text.slice(from), map: w.map.slice(from) };
}

function referenceAfter(text: string, end: number) {
  const w = collapseAll(text.slice(end, end + RAW_SPAN), end);
  let cut = w.text.indexOf('\n');
  if (cut >= 0 && w.text.slice(0, cut).trim() === '') cut = w.text.indexOf('\n', cut + 1);
  let to = cut < 0 ? w.text.length : cut;
  if (to > WINDOW) to = WINDOW;
  return { text: w.text.slice(0, to), map: w.map.slice(0, to + 1) };
}

/** Every offset a window gives for its text (and its far end). */
const offsets = (w: Window) => Array.from({ length: w.text.length + 1 }, (_, i) => offsetAt(w, i));

/** Checks both windows at offset `i` of `text` against the reference. */
function checkAt(text: string, i: number): void {
  const before = windowBefore(text, i);
  const ref = referenceBefore(text, i);
  expect(before.text).toBe(ref.text);
  expect(offsets(before)).toEqual(ref.map);
  const after = windowAfter(text, i);
  const refAfter = referenceAfter(text, i);
  expect(after.text).toBe(refAfter.text);
  expect(offsets(after)).toEqual(refAfter.map);
}

describe('cue windows', () => {
  it('read past long runs of white space as far as the whole span', () => {
    const text = `${'a'.repeat(100)}${' '.repeat(300)}${'b'.repeat(10)}`;
    checkAt(text, text.length);
    checkAt(text, 0);
    checkAt(`x\n\n${' \t'.repeat(200)}y`, 1);
    checkAt(`x${'\u3000'.repeat(150)}\n${'\u00a0'.repeat(150)}y`, 0);
  });

  it('collapse only the raw text they need, with the same text and offsets', () => {
    // Runs of every kind of white space, long and short, so a window's raw span varies a lot.
    const piece = fc.oneof(
      fc.constantFrom('word', 'Reuters', 'x', '—', '«', 'according to'),
      fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u3000 '),
      fc.integer({ min: 1, max: 60 }).map((n) => ' '.repeat(n)),
      fc.integer({ min: 1, max: 60 }).map((n) => 'a'.repeat(n)),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 20, maxLength: 200 }).map((a) => a.join('')),
        fc.nat(),
        (text, at) => {
          checkAt(text, text.length ? at % (text.length + 1) : 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
