/**
 * The core runs in time linear in its input. Checked by the RATIO of times for n and 4n (median
 * of interleaved repeats after a warm-up), never by wall-clock thresholds: the machine may be
 * slow or busy, but a quadratic step turns ×4 input into ×16 time, far above the bound.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildReport } from '../../utils/core/report';
import { buildCatalogIndex } from '../../utils/core/report';
import type { TextBlock } from '../../utils/core/types';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

/** Linear is ×4; ×16 is quadratic. The gap leaves room for garbage collection and a busy CPU. */
const MAX_RATIO = 9;
const REPEATS = 5;

interface Input {
  text: string;
  blocks?: TextBlock[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeReport(input: Input): number {
  const t0 = performance.now();
  buildReport(
    {
      url: 'https://example.org/a',
      title: 'T',
      byline: null,
      siteName: null,
      lang: 'en',
      publishedTime: null,
      ...input,
    },
    index,
  );
  return performance.now() - t0;
}

/** Median time ratio of size 4n to size n, measuring the two sizes alternately. */
function growthRatio(make: (n: number) => Input, n: number): number {
  const small = make(n);
  const large = make(4 * n);
  timeReport(small);
  timeReport(large);
  const ts: number[] = [];
  const tl: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    ts.push(timeReport(small));
    tl.push(timeReport(large));
  }
  return median(tl) / Math.max(median(ts), 0.5);
}

/** Deterministic pseudo-random letters (no spaces), so runs are comparable. */
function letters(length: number, seed = 7): string {
  let x = seed;
  const out = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = String.fromCharCode(97 + (x % 26));
  }
  return out.join('');
}

const cases: [string, (n: number) => Input, number][] = [
  ['repeated cues, no line break', (n) => ({ text: 'according to AP, '.repeat(n) }), 6_000],
  ['letters without a space', (n) => ({ text: letters(20 * n) }), 30_000],
  ['names glued together', (n) => ({ text: 'APReutersAFP'.repeat(n) }), 30_000],
  ['one line ending in a source label', (n) => ({ text: 'Source: AP '.repeat(n) }), 6_000],
  ['many short lines', (n) => ({ text: 'Source: AP\n(Reuters)\n'.repeat(n) }), 6_000],
  [
    'surrogates, right-to-left and combining marks',
    (n) => ({ text: '\ud800\u202eAP\u0301 وكالة Reuters\u{1F600} '.repeat(n) }),
    15_000,
  ],
  ['one run of dotted labels', (n) => ({ text: 'news.b'.repeat(n) }), 15_000],
  ['dotted words with spaces', (n) => ({ text: 'see courier.com. or x.y '.repeat(n) }), 6_000],
  // Each cue window's raw span shrinks below a window: it is collapsed whole (cue-window.ts).
  [
    'names between long runs of white space',
    (n) => ({ text: `told AP${' \u00a0\t'.repeat(50)}\n`.repeat(n) }),
    600,
  ],
  [
    'outlet nouns, name tails and name starts',
    (n) => ({
      text: 'the newspaper Ost-Zeitung and Radio Nord, with material from dts. '.repeat(n),
    }),
    600,
  ],
  [
    'as many caption blocks as mentions',
    (n) => {
      const unit = 'Photo: AFP. ';
      return {
        text: unit.repeat(n),
        blocks: Array.from({ length: n }, (_, i) => ({
          start: i * unit.length,
          end: (i + 1) * unit.length,
          role: 'caption' as const,
        })),
      };
    },
    4_000,
  ],
  [
    'nested blocks spanning the whole text',
    (n) => ({
      text: 'reporting by Reuters; '.repeat(n),
      blocks: Array.from({ length: n }, (_, i) => ({
        start: i,
        end: 22 * n - i,
        role: 'quote' as const,
      })),
    }),
    4_000,
  ],
];

// Retried: a busy machine can spoil one measurement, but a quadratic step fails every time. The
// ratio is the test, not the wall clock: twelve runs of the larger shapes on a loaded machine
// take longer than the suite's default timeout.
describe('core time is linear in the input', { retry: 2, timeout: 120_000 }, () => {
  it.each(cases)('%s: ×4 input costs less than ×9 time', (_name, make, n) => {
    const ratio = growthRatio(make, n);
    expect(ratio, `time ratio for n=${n} → ${4 * n}`).toBeLessThan(MAX_RATIO);
  });
});
