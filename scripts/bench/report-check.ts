/**
 * Proves an engine speed change left every report byte for byte the same, and times it against
 * the engine before the change in the same process (no cross-run noise on a shared machine).
 *
 *   tsx scripts/bench/report-check.ts inputs OUT.json
 *       extracts every page fixture, pool page and authored page once (linkedom + Readability,
 *       as `npm run annotate` does) and saves the articles the engine reads
 *   tsx scripts/bench/report-check.ts reports INPUTS.json OUT.json
 *       saves `buildReport` of every article (run it once on the old engine: the reference)
 *   tsx scripts/bench/report-check.ts compare INPUTS.json REFERENCE.json [OLD_CORE_DIR]
 *       checks every report against the reference; with a copy of the old utils/core
 *       (`git archive <commit> utils/core | tar -x -C DIR`) times both engines alternately
 *
 * Reports are compared as whole JSON (every field, in order), not just the command line's view.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import rawCatalog from '../../utils/core/catalog.json';
import type { ArticleInput } from '../../utils/core/report';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from '../cli/load-dom';
import { readManifest, readPageHtml } from '../eval/labels';
import { median, sum } from './stats';

type Engine = {
  build: (a: ArticleInput) => unknown;
};

const FIXTURES = 'tests/fixtures';

/** Every page the engine is checked on: [file, url] (pool and authored pages by manifest). */
function pageFiles(): [string, string | null][] {
  const out: [string, string | null][] = [];
  const folders = join(FIXTURES, 'pages');
  for (const slug of readdirSync(folders).sort()) {
    const file = join(folders, slug, 'source.html');
    if (!existsSync(file)) continue;
    const meta = JSON.parse(readFileSync(join(folders, slug, 'meta.json'), 'utf8'));
    out.push([file, (meta as { url?: string }).url ?? null]);
  }
  for (const set of ['pool', 'authored']) {
    const manifest = readManifest(join(FIXTURES, set, 'manifest.json'));
    for (const [, entry] of Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b))) {
      const e = entry as { file?: string; url?: string };
      if (e.file) out.push([join(FIXTURES, set, e.file), e.url ?? null]);
    }
  }
  return out;
}

function saveInputs(out: string): void {
  const inputs: { file: string; article: ArticleInput }[] = [];
  for (const [file, url] of pageFiles()) {
    try {
      const extraction = extractArticle(loadDocument(readPageHtml(file)), { url });
      if (extraction) inputs.push({ file, article: extraction.article });
    } catch {
      // A page linkedom or Readability cannot read has no article to check.
    }
  }
  writeFileSync(out, JSON.stringify(inputs));
  process.stderr.write(`${inputs.length} articles → ${out}\n`);
}

/** An engine (utils/core at `dir`) with the shipped catalog, indexed. */
async function loadEngine(dir: string): Promise<Engine> {
  const load = (f: string): Promise<unknown> =>
    // A local copy of utils/core named on the command line (a developer's own checkout).
    // eslint-disable-next-line no-unsanitized/method
    import(pathToFileURL(resolve(dir, f)).href);
  const report = (await load('report.ts')) as typeof import('../../utils/core/report');
  const schema = (await load(
    'catalog-schema.ts',
  )) as typeof import('../../utils/core/catalog-schema');
  const index = report.buildCatalogIndex(schema.parseCatalog(rawCatalog).catalog);
  return { build: (a) => report.buildReport(a, index) };
}

type Inputs = { file: string; article: ArticleInput }[];
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

function timed(engine: Engine, a: ArticleInput): [string, number] {
  const t0 = performance.now();
  const json = JSON.stringify(engine.build(a));
  return [json, performance.now() - t0];
}

async function compare(inputs: Inputs, reference: string[], oldDir?: string): Promise<void> {
  const engines = [await loadEngine('utils/core')];
  if (oldDir) engines.push(await loadEngine(join(oldDir, 'utils/core')));
  // The first report of each engine pays for lazy tables: timed apart.
  const first = engines.map((e) => timed(e, inputs[0].article)[1]);
  let differ = 0;
  const times: number[][] = engines.map(() => []);
  for (const [i, { file, article }] of inputs.entries()) {
    const runs = engines.map(() => [] as number[]);
    for (let rep = 0; rep < 5; rep++) {
      engines.forEach((e, k) => {
        const [json, ms] = timed(e, article);
        runs[k].push(ms);
        if (rep === 0 && json !== reference[i]) {
          differ++;
          process.stderr.write(`differs (${k ? 'old' : 'new'} engine): ${file}\n`);
        }
      });
    }
    runs.forEach((r, k) => times[k].push(median(r)));
  }
  const line = (k: number, name: string) =>
    `${name}: first report ${first[k].toFixed(0)} ms; summed medians ${sum(times[k]).toFixed(0)} ms`;
  console.log(`${inputs.length} reports, ${differ} differing from the reference`);
  console.log(line(0, 'new engine'));
  if (engines.length > 1) {
    console.log(line(1, 'old engine'));
    const per = times[0].map((t, i) => t / times[1][i]);
    console.log(
      `new ÷ old: summed ${(sum(times[0]) / sum(times[1])).toFixed(3)}, median page ${median(per).toFixed(3)}`,
    );
  }
  process.exitCode = differ ? 1 : 0;
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === 'inputs' && a) saveInputs(a);
else if (mode === 'reports' && a && b) {
  const engine = await loadEngine('utils/core');
  const inputs = readJson<Inputs>(a);
  writeFileSync(b, JSON.stringify(inputs.map((x) => JSON.stringify(engine.build(x.article)))));
} else if (mode === 'compare' && a && b) await compare(readJson<Inputs>(a), readJson(b), c);
else {
  process.stderr.write('Usage: see the comment at the top of scripts/bench/report-check.ts\n');
  process.exitCode = 2;
}
