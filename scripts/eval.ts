/**
 * `npm run eval -- [LABELS.json | FIXTURES_DIR ...] [--test] [--json] [--page ID]`: runs the
 * command line's own path (`annotate --json --url URL FILE`) on labelled pages and prints
 * precision, recall and F1 of cited outlets over page × outlet pairs, per set, per language and
 * overall, matching outlets by catalog id, domain or name as the hidden evaluation does; kind
 * agreement; and every miss and false alarm. Without arguments it runs the dev halves (page
 * fixtures, pool, authored); a directory argument is a folder of page fixtures
 * (tests/fixtures/pages). `--test` runs the never-tuned test halves and prints their aggregates
 * only (never a page or a miss). The old form `LABELS.json PAGES_DIR [--manifest manifest.json]`
 * still works.
 */
import { parseArgs } from 'node:util';
import rawCatalog from '../utils/core/catalog.json';
import { parseCatalog } from '../utils/core/catalog-schema';
import { buildCatalogIndex } from '../utils/core/report';
import { formatAggregates, formatEvaluation } from './eval/format';
import { runSet, type PageRun } from './eval/run';
import { kindTotalsOf, totalsByLang, totalsOf } from './eval/score';
import {
  DEV_SETS,
  isDirectory,
  setFromFolders,
  setFromLabels,
  TEST_SETS,
  type LabelSet,
} from './eval/sets';

const { values, positionals } = parseArgs({
  options: {
    manifest: { type: 'string' },
    json: { type: 'boolean', default: false },
    page: { type: 'string' },
    test: { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
  allowPositionals: true,
});

if (values.help) {
  process.stderr.write(
    'Usage: npm run eval -- [LABELS.json | FIXTURES_DIR ...] [--test] [--json] [--page ID]\n' +
      '       npm run eval -- LABELS.json PAGES_DIR [--manifest manifest.json]\n',
  );
  process.exit(0);
}

/** The sets named on the command line, or the dev (or, with --test, test) halves. */
function chosenSets(): LabelSet[] {
  if (positionals.length === 2 && isDirectory(positionals[1]))
    return [setFromLabels(positionals[0], positionals[1], values.manifest)];
  if (positionals.length)
    return positionals.map((p) => (isDirectory(p) ? setFromFolders(p) : setFromLabels(p)));
  return values.test ? TEST_SETS : DEV_SETS;
}

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const sets = chosenSets();
const runsBySet = new Map<string, PageRun[]>();
for (const set of sets) {
  let runs = runSet(set, index);
  if (values.page) runs = runs.filter((r) => r.score.id === values.page);
  runsBySet.set(set.name, runs);
}

if (values.test) process.stdout.write(formatAggregates(runsBySet));
else if (values.json) {
  const all = [...runsBySet.values()].flat();
  const scores = all.map((r) => r.score);
  const out = {
    overall: totalsOf(scores),
    byLang: Object.fromEntries(totalsByLang(scores)),
    kinds: kindTotalsOf(scores),
    pages: all.map((r) => ({ ...r.score, error: r.error, ms: Math.round(r.ms) })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  for (const [name, runs] of runsBySet) {
    process.stdout.write(`\n===== ${name} (${runs.length} pages) =====\n`);
    process.stdout.write(formatEvaluation(runs));
  }
  if (runsBySet.size > 1) process.stdout.write('\n' + formatAggregates(runsBySet));
}
