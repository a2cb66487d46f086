/**
 * One test per labelled real page, readability-style: each folder of tests/fixtures/pages/ holds
 * `source.html` (the page), `meta.json` (where it comes from and its hand-made labels) and
 * `expected.json` (what `npm run annotate -- --json` should print for it, reviewed against the
 * labels), and gets its own `describe` with one `it` per field that matters. Where the command
 * line disagrees with the labels today, the expectation still follows the labels and the test
 * is an `it.fails` listed in known-failures.json. The aggregate (F1 per language) is a report:
 * `npm run eval -- tests/fixtures/pages`.
 *
 * To add a page:
 *  1. Create tests/fixtures/pages/<slug>/ (`<lang>-<site>-<topic>-<n>`). Development pages only:
 *     never a held-back page (an id ending in -hN) and never a page of a test half
 *     (labels-test.json in tests/fixtures/pool or tests/fixtures/authored).
 *  2. Put the page in it as `source.html`, byte for byte.
 *  3. Write `meta.json` like a neighbour's: `url`, `language`, `category`, `provenance`
 *     (repository, path, commit, license) and `labels` (the scheme is in
 *     tests/fixtures/pages/README.md), labelled from the page, not from SourceLens's output.
 *  4. Run `UPDATE_FIXTURES=1 npx vitest run tests/pages`: it writes `expected.json` (and updates
 *     known-failures.json) and prints every file it wrote.
 *  5. Review `git diff`: the expectation follows your labels; every disagreement of the command
 *     line is a line in known-failures.json. Then `npx vitest run tests/pages` passes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import type { FileResult } from '../../scripts/cli/annotate-file';
import { readLabels } from '../../scripts/eval/labels';
import { OutletNames } from '../../scripts/eval/match';
import {
  ambiguousIds,
  expectFromLabels,
  fieldsOf,
  formatExpected,
  listFixturePages,
  readExpected,
  reportPage,
  type ExpectedReport,
  type FieldName,
  type FixturePage,
} from './expectations';
import {
  describeDifference,
  readKnownFailures,
  writeKnownFailures,
  type KnownFailures,
} from './known-failures';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const names = new OutletNames(index.catalog.outlets);
const pages = listFixturePages();

/** Label files of pages kept for a final, never-tuned measurement: never fixtures. */
const TEST_HALVES = [
  'tests/fixtures/pool/labels-test.json',
  'tests/fixtures/authored/labels-test.json',
];

const FIELDS: [FieldName, string][] = [
  ['outlets', 'cites the labelled outlets'],
  ['kinds', 'credits each outlet with the labelled kinds'],
  ['publisher', 'names the publisher'],
  ['originalSource', 'names the original source'],
];

/** The tested fields of both reports, kinds compared over the outlets they share. */
function compare(page: FixturePage, printed: FileResult, expected: ExpectedReport) {
  const ignore = ambiguousIds(page, names);
  const inPrinted = new Set(printed.outlets.map((o) => o.id));
  const inExpected = new Set(expected.outlets.map((o) => o.id));
  return {
    printed: fieldsOf(printed, ignore, (id) => inExpected.has(id)),
    expected: fieldsOf(expected, ignore, (id) => inPrinted.has(id)),
  };
}

/** UPDATE_FIXTURES=1: rewrites every expectation and the known failures, saying what it wrote. */
function updateExpectations(): KnownFailures {
  const known: KnownFailures = {};
  for (const page of pages) {
    const printed = reportPage(page, index);
    const expected = expectFromLabels(printed, page, index, names);
    const text = formatExpected(expected);
    const old = readExpected(page);
    if (!old || formatExpected(old) !== text) {
      writeFileSync(page.expected, text);
      console.warn(`UPDATE_FIXTURES: ${old ? 'rewrote' : 'created'} ${page.expected}`);
    }
    const fields = compare(page, printed, expected);
    for (const [field] of FIELDS) {
      const difference = describeDifference(field, fields.printed, fields.expected);
      if (difference) (known[page.slug] ??= {})[field] = difference;
    }
  }
  if (writeKnownFailures(known)) console.warn('UPDATE_FIXTURES: rewrote known-failures.json');
  return known;
}

const known = process.env.UPDATE_FIXTURES === '1' ? updateExpectations() : readKnownFailures();

describe('the page fixtures', () => {
  it('are development pages only (no held-back page, no page of a test half)', () => {
    const heldBack = pages.filter((p) => /-h\d+$/.test(p.slug)).map((p) => p.slug);
    expect(heldBack).toEqual([]);
    const testHalves = TEST_HALVES.filter(existsSync).flatMap((file) =>
      readLabels(file).map((l) => l.id),
    );
    expect(pages.filter((p) => testHalves.includes(p.slug)).map((p) => p.slug)).toEqual([]);
  });

  it('each say where the page comes from and carry labels', () => {
    for (const page of pages) {
      expect(page.meta.provenance, page.slug).toBeTypeOf('object');
      expect(page.meta.labels?.cited, page.slug).toBeInstanceOf(Array);
    }
  });

  it('list known failures only for pages and fields that exist', () => {
    const fields = new Set<string>(FIELDS.map(([f]) => f));
    for (const [slug, entry] of Object.entries(known)) {
      expect(pages.map((p) => p.slug)).toContain(slug);
      for (const field of Object.keys(entry)) expect(fields).toContain(field);
    }
  });
});

for (const page of pages) {
  describe(page.slug, () => {
    let printed: FileResult;
    let expected: ExpectedReport | null;
    beforeAll(() => {
      printed = reportPage(page, index);
      expected = readExpected(page);
    });
    const expectation = () => {
      if (expected) return expected;
      throw new Error(
        `${page.expected} is missing: run UPDATE_FIXTURES=1 npx vitest run tests/pages`,
      );
    };

    it('expects what its labels say (expected.json is no snapshot of a mistake)', () => {
      const committed = expectation();
      const relabelled = expectFromLabels(committed, page, index, names);
      const ignore = ambiguousIds(page, names);
      expect(fieldsOf(committed, ignore)).toEqual(fieldsOf(relabelled, ignore));
    });

    for (const [field, title] of FIELDS) {
      const failure = known[page.slug]?.[field];
      const test = failure ? it.fails : it;
      test(failure ? `${title} (known failure: ${failure})` : title, () => {
        const fields = compare(page, printed, expectation());
        expect(fields.printed[field]).toEqual(fields.expected[field]);
      });
    }
  });
}
