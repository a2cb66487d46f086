/**
 * `npm run eval -- LABELS.json PAGES_DIR [--manifest manifest.json] [--json] [--page ID]`:
 * runs the extension's extraction and core on each labeled page and prints precision, recall and
 * F1 of cited outlets over page × outlet pairs (per language and overall), kind accuracy, and
 * every miss and false alarm. The manifest gives each page's URL (for publisher detection) and
 * language. With --json, prints the per-page scores as JSON instead.
 */
import { parseArgs } from 'node:util';
import rawCatalog from '../utils/core/catalog.json';
import { parseCatalog } from '../utils/core/catalog-schema';
import { buildCatalogIndex } from '../utils/core/report';
import { formatEvaluation } from './eval/format';
import { runEvaluation } from './eval/run';
import { kindTotalsOf, totalsByLang, totalsOf } from './eval/score';

const { values, positionals } = parseArgs({
  options: {
    manifest: { type: 'string' },
    json: { type: 'boolean', default: false },
    page: { type: 'string' },
    help: { type: 'boolean' },
  },
  allowPositionals: true,
});

if (values.help || positionals.length !== 2) {
  process.stderr.write(
    'Usage: npm run eval -- LABELS.json PAGES_DIR [--manifest manifest.json] [--json] [--page ID]\n',
  );
  process.exit(values.help ? 0 : 2);
}

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
let runs = runEvaluation(positionals[0], positionals[1], values.manifest, index);
if (values.page) runs = runs.filter((r) => r.score.id === values.page);
if (values.json) {
  const scores = runs.map((r) => r.score);
  const out = {
    overall: totalsOf(scores),
    byLang: Object.fromEntries(totalsByLang(scores)),
    kinds: kindTotalsOf(scores),
    pages: runs.map((r) => ({
      ...r.score,
      error: r.error,
      coreMs: Math.round(r.coreMs * 10) / 10,
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else process.stdout.write(formatEvaluation(runs));
