/**
 * Runs the evaluation (the extension's own extraction and core, via linkedom) on the committed
 * labeled pages and holds the engine to the bars: micro F1 ≥ 0.95, precision ≥ 0.97,
 * no language with three labeled pages or more below F1 0.90, and the reference page exact.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import { readPageFolders } from '../../scripts/eval/labels';
import { OutletNames } from '../../scripts/eval/match';
import { runFolderEvaluation, runLabeledPage } from '../../scripts/eval/run';
import { scorePage, totalsByLang, totalsOf } from '../../scripts/eval/score';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const PAGES = 'tests/fixtures/pages';

describe('evaluation on the labelled page fixtures', () => {
  const runs = runFolderEvaluation(PAGES, index);
  const scores = runs.map((r) => r.score);

  it('runs every labeled page', () => {
    expect(runs.length).toBeGreaterThanOrEqual(50);
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
    const page = readPageFolders(PAGES).find((p) => p.labels.id === 'us-israel-relations');
    if (!page) throw new Error('the reference page folder is missing');
    const run = runLabeledPage(
      page.labels,
      PAGES,
      page.entry,
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

describe('scoring like the hidden evaluation', () => {
  const names = new OutletNames(index.catalog.outlets);
  const unlisted = (name: string, domains: string[] = []) => ({
    id: `unlisted:${name.toLowerCase().replace(/\W+/g, '-')}`,
    name,
    listed: false,
    domains,
    kinds: ['report' as const],
    mentions: [],
  });
  const labels = {
    id: 'p',
    cited: [
      { outlet: 'Westfield Courier', domain: 'westfieldcourier.com' },
      { outlet: 'Westfälische Rundschau', surfaces: ['der Westfälischen Rundschau'] },
    ],
    notCited: [],
    ambiguous: [{ outlet: 'The Herald' }],
  };

  it('matches an outlet the catalog does not know by domain or by name', () => {
    const s = scorePage(
      labels,
      'en',
      [unlisted('The Courier', ['westfieldcourier.com']), unlisted('Westfälische Rundschau')],
      null,
      names,
    );
    expect(s.hits).toEqual(['Westfield Courier', 'Westfälische Rundschau']);
    expect(s.falseAlarms).toEqual([]);
  });

  it('ignores an outlet labelled ambiguous and counts any other as a false alarm', () => {
    const s = scorePage(
      labels,
      'en',
      [unlisted('The Herald'), unlisted('Daily Planet')],
      null,
      names,
    );
    expect(s.ignored).toEqual(['The Herald']);
    expect(s.falseAlarms.map((f) => f.name)).toEqual(['Daily Planet']);
    expect(s.misses).toHaveLength(2);
  });
});
