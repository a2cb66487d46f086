/**
 * `npm run annotate -- [--json] [--url URL] FILE...`: runs SourceLens's extraction and core on
 * saved pages. Prints a table, or with --json a JSON array (one object per file, in order) and
 * nothing else on stdout. A file that can't be read or parsed gets an `error`; the rest still run.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import rawCatalog from '../utils/core/catalog.json';
import { parseCatalog } from '../utils/core/catalog-schema';
import { buildCatalogIndex } from '../utils/core/report';
import { annotateHtml, formatTable, type FileResult } from './cli/annotate-file';

const { values, positionals } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    url: { type: 'string' },
    help: { type: 'boolean' },
  },
  allowPositionals: true,
});

if (values.help || positionals.length === 0) {
  process.stderr.write('Usage: npm run annotate -- [--json] [--url URL] FILE...\n');
  process.exit(values.help ? 0 : 2);
}

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const results: FileResult[] = positionals.map((file) => {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, error: `cannot read: ${(e as Error).message}` } as FileResult;
  }
  return annotateHtml(file, html, index, values.url ?? null);
});

if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else process.stdout.write(formatTable(results));
process.exitCode = results.some((r) => r.error) ? 1 : 0;
