/**
 * `npm run catalog -- [--json | --stats [--top N] | --gaps [--region NAME] | --coverage]`: inspect
 * utils/core/catalog.json.
 * --json prints only JSON on stdout (an array of every outlet entry).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../utils/core/catalog-schema';
import { OUTLET_KEY_ORDER } from './catalog-build/canonical';
import { coverageProblems, readCoverage } from './catalog-coverage';
import { gapsReport } from './catalog-gaps';
import { statsReport, summaryTable } from './catalog-stats';

const rank = (k: string) => {
  const i = (OUTLET_KEY_ORDER as readonly string[]).indexOf(k.split('.')[0]);
  return i < 0 ? OUTLET_KEY_ORDER.length : i;
};
const byKeyOrder = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'core', 'catalog.json');
const args = process.argv.slice(2);
const { catalog, errors } = parseCatalog(JSON.parse(readFileSync(file, 'utf8')));
for (const e of errors) console.error(`invalid catalog entry: ${e}`);

if (args.includes('--json')) {
  // Expanded form (every fact's source spelled out), keys in the catalog's canonical order.
  const order = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(o)
        .sort(byKeyOrder)
        .map((k) => [k, o[k]]),
    );
  const outlets = catalog.outlets.map((o) => ({ ...order({ ...o }), sources: order(o.sources) }));
  process.stdout.write(JSON.stringify(outlets, null, 2) + '\n');
} else if (args.includes('--stats')) {
  const i = args.indexOf('--top');
  const top = i >= 0 ? Number(args[i + 1]) || 25 : 25;
  console.log(statsReport(catalog, top));
} else if (args.includes('--gaps')) {
  const i = args.indexOf('--region');
  console.log(gapsReport(catalog, i >= 0 ? args[i + 1] : undefined));
} else if (args.includes('--coverage')) {
  const entries = readCoverage(
    join(dirname(file), '..', '..', 'scripts', 'catalog-build', 'coverage'),
  );
  const problems = coverageProblems(catalog, entries);
  for (const p of problems) console.log(p);
  console.log(`${entries.length - problems.length} of ${entries.length} listed outlets covered`);
} else {
  console.log(summaryTable(catalog));
}
if (errors.length) process.exitCode = 1;
