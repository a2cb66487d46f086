import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../utils/core/automaton';

/** Every [start, end, pattern] by brute force, in the automaton's order (end, then longest). */
function naive(text: string, patterns: string[]): string[] {
  const hits: { s: number; e: number; p: string }[] = [];
  for (const p of new Set(patterns)) {
    if (!p) continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1))
      hits.push({ s: i, e: i + p.length, p });
  }
  return hits.sort((a, b) => a.e - b.e || a.s - b.s).map((h) => `${h.s}-${h.e}:${h.p}`);
}

function scanAll(text: string, patterns: string[]): string[] {
  const a = new Automaton<string>();
  for (const p of new Set(patterns)) a.add(p, p);
  a.build();
  const out: string[] = [];
  a.scan(text, (s, e, p) => out.push(`${s}-${e}:${p}`));
  return out.sort((x, y) => {
    const [xs, xe] = x.split(':')[0].split('-').map(Number);
    const [ys, ye] = y.split(':')[0].split('-').map(Number);
    return xe - ye || xs - ys;
  });
}

describe('Automaton', () => {
  it('finds overlapping and nested patterns', () => {
    expect(scanAll('ushers', ['he', 'she', 'his', 'hers'])).toEqual([
      '1-4:she',
      '2-4:he',
      '2-6:hers',
    ]);
  });

  it('matches characters outside the Basic Latin range and astral pairs', () => {
    expect(scanAll('据新华社报道, 😀AP', ['新华社', '😀', 'ap'])).toEqual([
      '1-4:新华社',
      '8-10:😀',
    ]);
  });

  it('agrees with a brute-force search on random text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'é', '社', ' ');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        fc.array(word, { minLength: 1, maxLength: 12 }),
        (text, patterns) => {
          expect(scanAll(text, patterns)).toEqual(naive(text, patterns));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force search where nodes have many children (rows with gaps)', () => {
    // Many one-letter branches make rows; text letters outside the patterns fall in their gaps.
    const inPatterns = fc.constantFrom('a', 'c', 'e', 'g', 'z', 'é', 'ж', '社');
    const textOnly = fc.constantFrom('b', 'd', 'y', 'ё', '会', 'A', ' ');
    const word = fc.array(inPatterns, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(inPatterns, textOnly), { maxLength: 80 }).map((a) => a.join('')),
        fc.array(word, { minLength: 4, maxLength: 30 }),
        (text, patterns) => {
          expect(scanAll(text, patterns)).toEqual(naive(text, patterns));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses patterns after it is built', () => {
    const a = new Automaton<number>().build();
    expect(() => a.add('x', 1)).toThrow();
  });
});
