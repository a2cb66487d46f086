import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UB, unicodeBoundaries } from '../../utils/core/lang/word-boundary';

const START = '(?<![\\p{L}\\p{N}\\p{M}])';
const END = '(?![\\p{L}\\p{N}\\p{M}])';

/** The pattern as it was compiled before: every `\b` the full boundary. */
const legacy = (source: string) => source.replace(/\\b/g, UB);

// Patterns in the packs' shapes, and the tricky corners of the syntax.
const PATTERNS = [
  '\\bsegún\\b',
  '\\b(?:dijo|afirmó|según)\\b',
  "(?:^|,\\s)\\b(?:selon|d['’]après)\\s+(?:le\\s+|la\\s+)?$",
  '\\b(?:a|an)?\\s*interview\\b',
  '\\b(?:told|said)s?\\b',
  '\\b(?:(?:has|had)\\s+)?reported\\b',
  '\\b(?:x|(?:y|z)+)\\b',
  '\\b(?=\\w)\\w+\\b',
  '\\b\\d+\\b',
  '\\b[\\p{Lu}][\\p{L}]+\\b',
  '\\bfoo|bar\\b|\\bbaz',
  '\\bé\\b',
  '\\bnews\\u0020\\b',
  '\\bdata\\x20\\b',
  '(?<name>agency)\\b',
  '\\b(?:ab)*\\b',
  '\\b(?:ab){0,2}c\\b',
  '\\b(?:)ab\\b',
  'word\\b$',
];

describe('unicodeBoundaries', () => {
  it('uses one lookaround next to a word character the pattern requires', () => {
    expect(unicodeBoundaries('\\bsegún\\b')).toBe(`${START}según${END}`);
    expect(unicodeBoundaries('\\b(?:dijo|afirmó)\\b')).toBe(`${START}(?:dijo|afirmó)${END}`);
  });

  it('keeps the full boundary where the neighbour may be no word character or nothing', () => {
    expect(unicodeBoundaries('\\b(?:a|an)?\\s')).toBe(`${UB}(?:a|an)?\\s`);
    expect(unicodeBoundaries('said\\s\\b')).toBe(`said\\s${UB}`);
    expect(unicodeBoundaries('told\\s?\\b')).toBe(`told\\s?${UB}`);
    expect(unicodeBoundaries('news\\u0020\\b')).toBe(`news\\u0020${UB}`);
    expect(unicodeBoundaries('(?:x|\\s)\\b')).toBe(`(?:x|\\s)${UB}`);
  });

  it('leaves a backspace in a class and an escaped backslash alone (the old replacement broke both)', () => {
    expect(unicodeBoundaries('[\\b]x\\b')).toBe(`[\\b]x${END}`);
    expect(unicodeBoundaries('\\\\b\\bword')).toBe(`\\\\b${START}word`);
    expect(() => new RegExp(unicodeBoundaries('[\\b]x\\b'), 'u')).not.toThrow();
  });

  // Letters of several scripts, combining marks, digits, spaces and punctuation.
  const alphabet = fc.constantFrom(..."abxyzé\u0301ñ1 ,.'’-АбвΩ中ك\u200b".split(''));
  const words = ['según', 'dijo', 'afirmó', 'foo', 'bar', 'baz', 'told', 'said', 'reported'];
  const text = fc
    .array(fc.oneof(alphabet, fc.constantFrom(...words)), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it.each(PATTERNS)('matches exactly what the full boundary matched: %s', (source) => {
    for (const flags of ['u', 'iu']) {
      const before = new RegExp(legacy(source), flags + 'g');
      const after = new RegExp(unicodeBoundaries(source), flags + 'g');
      fc.assert(
        fc.property(text, (s) => {
          const a = [...s.matchAll(before)].map((m) => [m.index, m[0]]);
          const b = [...s.matchAll(after)].map((m) => [m.index, m[0]]);
          expect(b).toEqual(a);
        }),
        { numRuns: 300 },
      );
    }
  });
});
