import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatMarkdownTable,
  formatMs,
  formatPass,
  formatRatio,
  formatTable,
} from '../../scripts/bench/format';
import { checkArticleIds } from '../../scripts/bench/chromium-bench';
import { forumHtml } from '../../scripts/bench/forum-page';
import { chooseCorpus } from '../../scripts/bench/pages';
import { median, percentile, ratio, round, sum, timeMedian } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('takes the median of %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('returns NaN for the median of nothing', () => {
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between ranks like numpy', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 95)).toBeCloseTo(9.55, 10);
    expect(percentile(values, 50)).toBe(5.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('times with the given clock, drops warm-up runs and never times setup', () => {
    let now = 0;
    const durations = [100, 5, 1, 3];
    let run = 0;
    const setups: number[] = [];
    const t = timeMedian(
      () => {
        now += durations[run++];
      },
      () => {
        setups.push(run);
        now += 1000; // setup time must not count
      },
      3,
      1,
      () => now,
    );
    expect(t).toBe(3);
    expect(setups).toEqual([0, 1, 2, 3]);
  });

  it('gives NaN for a ratio against zero and rounds non-finite values to null', () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(1, 4)).toBe(0.25);
    expect(round(NaN)).toBeNull();
    expect(round(1.23456, 2)).toBe(1.23);
    expect(sum([1, 2, 3])).toBe(6);
  });
});

describe('bench formatting', () => {
  it.each([
    [0.0421, '0.042'],
    [3.14159, '3.1'],
    [812.4, '812'],
    [null, '–'],
    [NaN, '–'],
  ])('formats %s ms as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it.each([
    [812, '812 B'],
    [19_671, '19.2 KiB'],
    [1_090_000, '1.04 MiB'],
    [-2048, '-2.0 KiB'],
  ])('formats %s bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('formats ratios and pass/fail', () => {
    expect(formatRatio(0.1004)).toBe('0.100×');
    expect(formatRatio(12.34)).toBe('12.3×');
    expect(formatRatio(null)).toBe('–');
    expect([true, false, null].map(formatPass)).toEqual(['PASS', 'FAIL', 'n/a']);
  });

  it('pads columns and right-aligns numeric ones', () => {
    const text = formatTable(
      ['page', 'ms'],
      [
        ['a', '1.5'],
        ['longer', '12.0'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'page      ms',
      '------  ----',
      'a        1.5',
      'longer  12.0',
    ]);
  });

  it('writes a Markdown table with escaped pipes and right-aligned numbers', () => {
    const md = formatMarkdownTable(['page', 'ms'], [['a|b', 2]]);
    expect(md.split('\n')).toEqual(['| page | ms |', '| --- | ---: |', '| a\\|b | 2 |']);
  });
});

describe('bench pages', () => {
  it('reads only the repository unless a corpus is asked for', () => {
    expect(chooseCorpus(undefined, undefined)).toEqual({
      corpusDir: null,
      corpusFrom: 'fixtures-copy',
    });
    expect(chooseCorpus(undefined, '/tmp/corpus').corpusFrom).toBe('env');
    expect(chooseCorpus('/tmp/pages', '/tmp/corpus').corpusFrom).toBe('flag');
  });

  it('builds the same forum page every run, about 2.5 MB of mostly markup', () => {
    const html = forumHtml();
    expect(forumHtml()).toBe(html);
    expect(html.length).toBeGreaterThan(2_000_000);
    expect(html.match(/<div/g)?.length).toBeGreaterThan(4000);
  });

  it('sums the check over the held-back article when given, else a fixture of its size', () => {
    const page = (id: string) => ({
      id,
      file: '',
      origin: 'corpus' as const,
      category: '',
      bytes: 1,
    });
    const fixtures = [
      'us-israel-relations',
      'en-bbc-nyc-mass-burials-1',
      'en-yahoo-gma-flag-photo-abc-1',
    ];
    expect(checkArticleIds(fixtures.map(page))).toEqual(fixtures);
    expect(checkArticleIds([...fixtures, 'en-theweek-h1'].map(page))).toEqual([
      'us-israel-relations',
      'en-bbc-nyc-mass-burials-1',
      'en-theweek-h1',
    ]);
  });
});
