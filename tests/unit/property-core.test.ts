/**
 * Property-based tests of the pure core on random and adversarial text, with the real catalog:
 * it never throws, and every offset it reports lies inside the text and slices back to the
 * surface it names. Text is built from catalog names, cue words and hostile code units (lone
 * surrogates, astral planes, right-to-left marks, combining marks, line breaks) so that random
 * inputs actually produce mentions and credits instead of only noise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { findMentions } from '../../utils/core/find-mentions';
import { makeRoleLookup } from '../../utils/core/block-roles';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { foldText } from '../../utils/core/text';
import { detectAttributions } from '../../utils/core/detect';
import { buildCatalogIndex, buildReport, type ArticleReport } from '../../utils/core/report';
import type { BlockRole, TextBlock } from '../../utils/core/types';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const ROLES: BlockRole[] = ['caption', 'byline', 'heading', 'quote'];

const NAMES = [
  'AP',
  'AFP',
  'Reuters',
  'Associated Press',
  'BBC',
  'CNN',
  'Le Figaro',
  'The Washington Post',
  'Ap',
  'ap',
  'EFE',
  'dpa',
  'Xinhua',
  'baoquocte.vn',
  'ＡＦＰ', // full-width Latin
  'Reu\u00adters', // a soft hyphen inside a name
  'رويتـرز', // tatweel inside an Arabic name
];
const CUES = [
  'according to ',
  'According to the ',
  'told ',
  ' said',
  ' reported',
  '(',
  ')',
  ' - ',
  '—',
  'Source: ',
  'Photo: ',
  '/',
  '©',
  ' contributed to this report',
  'citing ',
  '. ',
  ', ',
  ' ',
  '\n',
  '\n\n',
];
const HOSTILE = [
  '\ud800',
  '\udfff',
  '\udc00\ud800', // lone and reversed surrogates
  '\u{1F600}',
  '\u{10FFFF}',
  '\u{20000}',
  '\u{E0041}', // emoji, last code point, CJK ext B, tag char
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff', // right-to-left override and mark, zero-width, BOM
  'שלום ',
  'مرحبا ',
  'وكالة ', // Hebrew and Arabic words
  '\u0301',
  '\u0338\u0301\u0302', // combining marks (attach to the previous name's last letter)
  'İ',
  'ß',
  'ﬁ',
  'Ǆ', // letters whose case mapping changes length
  '\u0000',
  '\r',
  '\t',
  '\u2028',
  '<script>alert(1)</script>',
  '&amp;',
];

/** Any code unit at all, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const articleText = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''));

/** Blocks with arbitrary (possibly nested, unsorted, out-of-range) offsets, as a page may send. */
const blocksFor = (len: number) =>
  fc.array(
    fc
      .record({
        start: fc.integer({ min: 0, max: len + 5 }),
        length: fc.integer({ min: 0, max: len + 5 }),
        role: fc.constantFrom(...ROLES),
      })
      .map(({ start, length, role }): TextBlock => ({ start, end: start + length, role })),
    { maxLength: 12 },
  );

const article = (text: string, blocks?: TextBlock[]) => ({
  url: 'https://example.org/news/1',
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: null,
  text,
  blocks,
});

/** What is wrong with a span: outside the text, or not slicing to `surface`; null when fine. */
function spanProblem(text: string, start: number, end: number, surface: string): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    return `non-integer span ${start}..${end}`;
  if (!(0 <= start && start < end && end <= text.length))
    return `span ${start}..${end} outside 0..${text.length}`;
  const got = text.slice(start, end);
  return got === surface
    ? null
    : `span ${start}..${end} is ${JSON.stringify(got)}, not ${JSON.stringify(surface)}`;
}

/** Fails with a readable message when a span is outside the text or does not slice to `surface`. */
function expectSpan(text: string, start: number, end: number, surface: string): void {
  expect(spanProblem(text, start, end, surface)).toBeNull();
}

/**
 * Checks every offset in a report against the text it was built from. Problems are collected
 * rather than asserted one by one, so a report with 100,000 mentions checks in milliseconds.
 */
function expectReportInsideText(report: ArticleReport, text: string): void {
  const problems: string[] = [];
  for (const outlet of [...report.outlets, ...report.uncertain]) {
    if (!index.aliases.outlets.has(outlet.id)) problems.push(`unknown outlet ${outlet.id}`);
    for (const m of outlet.mentions) {
      problems.push(spanProblem(text, m.start, m.end, m.surface) ?? '');
      if (m.cue) problems.push(spanProblem(text, m.cue.start, m.cue.end, m.cue.text) ?? '');
      if (!(m.confidence >= 0 && m.confidence <= 1)) problems.push(`confidence ${m.confidence}`);
    }
  }
  expect(problems.filter(Boolean).slice(0, 5)).toEqual([]);
  // Plain JSON: survives the message boundary unchanged.
  expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
}

describe('core on random and hostile text (fast-check)', () => {
  it('findMentions: spans inside the text, slicing to their surface, in order, not overlapping', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        let lastEnd = 0;
        for (const m of findMentions(text, index.aliases)) {
          expectSpan(text, m.start, m.end, m.surface);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('detectAttributions: names, cues and sentences inside the text, for any language hint', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(undefined, 'en', 'fr', 'zz'), (text, lang) => {
        const d = detectAttributions(text, index.aliases, { lang });
        for (const a of d.attributions) {
          expectSpan(text, a.start, a.end, a.surface);
          if (a.cue) expectSpan(text, a.cue.start, a.cue.end, a.cue.text);
          expect(a.sentenceStart <= a.start && a.end <= a.sentenceEnd).toBe(true);
          expect(a.sentenceEnd).toBeLessThanOrEqual(text.length);
        }
        if (d.originalSource) {
          const o = d.originalSource;
          expectSpan(text, o.start, o.end, o.surface);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('buildReport: never throws, with arbitrary blocks, and every offset slices to its surface', () => {
    const input = articleText.chain((text) => fc.tuple(fc.constant(text), blocksFor(text.length)));
    fc.assert(
      fc.property(input, ([text, blocks]) => {
        expectReportInsideText(buildReport(article(text, blocks), index), text);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same credits when the text is surrounded by hostile code units', () => {
    // A credit in a sentence of its own survives any junk around it (no state leaks across).
    fc.assert(
      fc.property(
        fc.string({ unit: codeUnit, maxLength: 40 }),
        fc.string({ unit: codeUnit, maxLength: 40 }),
        (pre, post) => {
          const text = `${pre}\nThe ministry confirmed it, according to Reuters.\n${post}`;
          const ids = buildReport(article(text), index).outlets.map((o) => o.id);
          expect(ids).toContain('reuters');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('core on adversarial inputs', () => {
  const planes = Array.from({ length: 17 }, (_, p) =>
    String.fromCodePoint(p * 0x10000 + 0x41, p * 0x10000 + 0xfffd),
  ).join(' AP ');
  const cases: [string, string][] = [
    ['100,000 repeated cues', 'according to AP, '.repeat(100_000)],
    ['one million characters without a space', 'AP'.repeat(500_000)],
    ['a name in every Unicode plane', planes],
    ['lone surrogates around names', '\ud800AP\udc00 according to Reuters\udbff'.repeat(2_000)],
    [
      'right-to-left text and overrides',
      '\u202eaccording to AP\u202c وكالة رويترز according to Reuters '.repeat(2_000),
    ],
    [
      'a name buried in combining marks',
      'according to AP' + '\u0301'.repeat(50_000) + ' said Reuters',
    ],
    ['only line breaks', '\n'.repeat(200_000)],
    [
      'markup as text',
      '<img src=x onerror="alert(1)">Reuters</img> according to <script>AP</script>',
    ],
  ];

  it.each(cases)('%s: no exception, offsets inside the text', (_name, text) => {
    expectReportInsideText(buildReport(article(text), index), text);
  });

  it('counts every one of 100,000 repeated credits', () => {
    const report = buildReport(article('according to AP, '.repeat(100_000)), index);
    expect(report.outlets.map((o) => o.id)).toEqual(['associated-press']);
    expect(report.outlets[0].mentions).toHaveLength(100_000);
  });
});

describe('foldText', () => {
  it('keeps the length of any string and folds unit by unit (across its 4,096-unit chunks)', () => {
    const long = fc.string({ unit: codeUnit, minLength: 4_000, maxLength: 9_000 });
    fc.assert(
      fc.property(long, fc.string({ unit: codeUnit, maxLength: 50 }), (a, b) => {
        const folded = foldText(a + b);
        expect(folded.length).toBe(a.length + b.length);
        expect(folded).toBe(foldText(a) + foldText(b));
      }),
      { numRuns: 60 },
    );
  });
});

describe('makeRoleLookup', () => {
  it('answers like a scan for the first covering block, for ascending queries', () => {
    const blocks = fc.array(
      fc
        .record({ start: fc.nat(60), length: fc.nat(30), role: fc.constantFrom(...ROLES) })
        .map(({ start, length, role }): TextBlock => ({ start, end: start + length, role })),
      { maxLength: 15 },
    );
    const queries = fc.array(fc.nat(100), { maxLength: 40 }).map((q) => q.sort((a, b) => a - b));
    fc.assert(
      fc.property(blocks, queries, (bs, qs) => {
        const lookup = makeRoleLookup(bs);
        for (const p of qs) expect(lookup(p)).toBe(bs.find((b) => b.start <= p && p < b.end)?.role);
      }),
      { numRuns: 500 },
    );
  });
});
