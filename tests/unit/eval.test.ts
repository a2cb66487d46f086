/**
 * Runs the evaluation (the extension's own extraction and core, via linkedom) on the committed
 * labeled pages and holds the engine to the bars: micro F1 ≥ 0.95, precision ≥ 0.97,
 * no language with three labeled pages or more below F1 0.90, and the reference page exact.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import { readLabels } from '../../scripts/eval/labels';
import { OutletNames } from '../../scripts/eval/match';
import { runEvaluation, runLabeledPage } from '../../scripts/eval/run';
import { totalsByLang, totalsOf } from '../../scripts/eval/score';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const CORPUS = 'tests/fixtures/corpus';

describe('evaluation on the dev labels', () => {
  const runs = runEvaluation(
    `${CORPUS}/labels-dev.json`,
    `${CORPUS}/pages`,
    `${CORPUS}/manifest.json`,
    index,
  );
  const scores = runs.map((r) => r.score);

  it('runs every labeled page', () => {
    expect(runs.length).toBe(49);
    expect(
      runs.filter((r) => r.error && r.error !== 'no article found').map((r) => r.score.id),
    ).toEqual([]);
  });

  it('meets the micro F1 and precision bars', () => {
    const t = totalsOf(scores);
    expect(t.f1).toBeGreaterThanOrEqual(0.95);
    expect(t.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every language with three labeled pages or more at F1 ≥ 0.90', () => {
    const weak = totalsByLang(scores).filter(([, t]) => t.pages >= 3 && t.f1 < 0.9);
    expect(weak).toEqual([]);
  });
});

describe('evaluation on the reference page', () => {
  it('finds exactly the six labeled outlets, their kinds, and the original source', () => {
    const [labels] = readLabels('tests/fixtures/pages/us-israel-relations/labels.json').map(
      (l) => ({ ...l, id: 'us-israel-relations' }),
    );
    const run = runLabeledPage(
      labels,
      'tests/fixtures/pages',
      { url: 'https://www.vietnam.vn/en/what-is-happening-to-us-israel-relations', language: 'en' },
      index,
      new OutletNames(index.catalog.outlets),
    );
    expect(run.score.falseAlarms).toEqual([]);
    expect(run.score.misses).toEqual([]);
    expect(run.score.hits).toHaveLength(6);
    for (const k of run.score.kinds) expect([...k.got].sort()).toEqual([...k.expected].sort());
    expect(run.score.originalSourceOk).toBe(true);
  });
});
