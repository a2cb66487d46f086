/**
 * `npm run catalog -- [--json | --stats [--top N]]`: inspect utils/core/catalog.json.
 * --json prints only JSON on stdout (an array of every outlet entry).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../utils/core/catalog-schema';
import { statsReport, summaryTable } from './catalog-stats';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'core', 'catalog.json');
const args = process.argv.slice(2);
const { catalog, errors } = parseCatalog(JSON.parse(readFileSync(file, 'utf8')));
for (const e of errors) console.error(`invalid catalog entry: ${e}`);

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(catalog.outlets, null, 2) + '\n');
} else if (args.includes('--stats')) {
  const i = args.indexOf('--top');
  const top = i >= 0 ? Number(args[i + 1]) || 25 : 25;
  console.log(statsReport(catalog, top));
} else {
  console.log(summaryTable(catalog));
}
if (errors.length) process.exitCode = 1;
