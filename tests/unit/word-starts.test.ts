/**
 * The open-vocabulary step runs its word-list patterns and the address pattern only where a
 * match can start (word-starts.ts, `hostMatches`). The matches must be exactly those of running
 * the patterns over the whole text: checked on generated text full of the patterns' own words in
 * every case, glued, hyphenated, dotted and around characters whose folding changes the length.
 */
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../utils/core/lang/registry';
import { HOST, hostMatches } from '../../utils/core/unlisted-addresses';
import { unlistedPatternsFor } from '../../utils/core/unlisted-patterns';
import { wordScanner } from '../../utils/core/word-starts';

/** Deterministic pseudo-random picks. */
function picker(seed: number) {
  let x = seed;
  return <T>(list: T[]): T => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return list[x % list.length];
  };
}

const seen = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

/** Text made of `words` in several case forms, mixed with separators and odd characters. */
function textOf(words: string[], seed: number, pieces = 400): string {
  const pick = picker(seed);
  const glue = [
    ' ',
    ' ',
    '\n',
    '-',
    '.',
    "'",
    '’',
    '„',
    '«',
    '',
    '1',
    'é',
    'İ',
    'ſ',
    'Σ',
    '\u{1D400}',
  ];
  const extra = ['Westfield', 'Ost', 'news', 'ab.cd', 'the', 'von', 'Ünal', 'ΣΟΦΙΑ'];
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const w = pick([...words, ...extra]);
    const form = pick([w, w.toUpperCase(), w.toLowerCase(), w[0]?.toUpperCase() + w.slice(1)]);
    out += form + pick(glue);
  }
  return out;
}

describe('patterns run only where a match can start', () => {
  it.each([undefined, ...SUPPORTED_LANGUAGES])('finds what matchAll finds (%s)', (lang) => {
    const pat = unlistedPatternsFor(lang);
    const res = [pat.descriptor, pat.ending, pat.compound, pat.start];
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const words = [...pat.nounType.keys(), ...pat.shapeType.keys()].flatMap((w) => [
      w,
      '-' + w,
      'Nord-' + cap(w),
    ]);
    let found = 0;
    for (const seed of [1, 2, 3]) {
      for (const text of [textOf(words, seed), 'İ' + textOf(words, seed + 10, 50)]) {
        const got = pat.scanner.matchesIn(text);
        found += got.reduce((n, list) => n + list.length, 0);
        res.forEach((re, k) => {
          expect(seen(got[k])).toEqual(re ? seen(text.matchAll(re)) : []);
        });
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('finds the addresses that matchAll finds', () => {
    const parts = [
      'a',
      'Z9',
      '.',
      '.',
      '-',
      '_',
      '@',
      '/',
      ' ',
      'news',
      'co',
      'com',
      '.de',
      'www.',
      'ſ',
      'K',
      'é',
    ];
    for (let seed = 1; seed <= 3000; seed++) {
      const pick = picker(seed);
      const text = Array.from({ length: 30 }, () => pick(parts)).join('');
      expect(seen(hostMatches(text)), text).toEqual(seen(text.matchAll(HOST)));
    }
  });

  it('runs a pattern it cannot anchor over the whole text', () => {
    const re = /(?<!\p{L})(?:'s|news)/giu;
    const scanner = wordScanner([{ re, words: ["'s", 'news'], anchor: 'word' }]);
    const text = "it's the news's news";
    expect(seen(scanner.matchesIn(text)[0])).toEqual(seen(text.matchAll(re)));
  });
});
