/**
 * The background's cold start, as a reader meets it after a pause (a Chrome service worker is
 * stopped after ~30 s idle): a fresh Node process imports the engine bundled as the extension
 * bundles it, validates the catalog, indexes it and builds two reports of one article. Two
 * bundles take turns: the shipped one, with the tables the build computes ahead of time
 * (utils/core/core-tables.ts, written by scripts/core-tables.ts), and one without them, which
 * builds everything at start as tests and the command line do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { coreTables, coreTablesModule } from '../core-tables';
import type { ArticleInput } from '../../utils/core/report';
import { REPO_ROOT } from './pages';
import { median, round } from './stats';

/** Medians (ms) over the fresh processes of one bundle. */
export interface ColdStart {
  /** Reading, compiling and evaluating the bundle (its module-level code: the cue patterns). */
  evaluateMs: number | null;
  loadMs: number | null;
  indexMs: number | null;
  firstReportMs: number | null;
  secondReportMs: number | null;
  /** From the bundle's start to the first report: evaluate + load + index + first report. */
  totalMs: number | null;
  /**
   * CPU time of the process over the same span (all its threads: compiling, collecting), less
   * inflated than the wall clock when other work shares the machine.
   */
  cpuMs: number | null;
}

export interface ColdStartResult {
  runs: number;
  articleChars: number;
  shipped: ColdStart;
  withoutTables: ColdStart;
  /** The tables' size in the bundle (bytes of module source). */
  tablesBytes: number;
}

/** Replaces utils/core/core-tables.ts with `source`, as modules/core-tables.ts does in the build. */
const tablesPlugin = (source: string): Plugin => ({
  name: 'core-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]utils[\\/]core[\\/]core-tables\.ts$/ }, () => ({
      contents: source,
      loader: 'js',
    }));
  },
});

async function bundle(dir: string, name: string, plugins: Plugin[]): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(REPO_ROOT, 'scripts/bench/cold-start-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile,
    plugins,
    logLevel: 'silent',
  });
  return outfile;
}

/** The child process: times the import, then the steps; prints them as JSON. */
const RUNNER = `
import { readFileSync } from 'node:fs';
const article = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const c0 = process.cpuUsage();
const t0 = performance.now();
const m = await import(process.argv[2]);
const evaluateMs = performance.now() - t0;
const steps = m.startAndReport(article, () => process.cpuUsage(c0));
process.stdout.write(JSON.stringify({ evaluateMs, ...steps }));
`;

function summarize(samples: Record<string, number>[]): ColdStart {
  const med = (k: string) => round(median(samples.map((s) => s[k])), 1);
  const totals = samples.map((s) => s.evaluateMs + s.loadMs + s.indexMs + s.firstReportMs);
  return {
    evaluateMs: med('evaluateMs'),
    loadMs: med('loadMs'),
    indexMs: med('indexMs'),
    firstReportMs: med('firstReportMs'),
    secondReportMs: med('secondReportMs'),
    totalMs: round(median(totals), 1),
    cpuMs: med('cpuMs'),
  };
}

/** Fresh processes of both bundles, taking turns, `runs` each. */
export async function benchColdStart(
  article: ArticleInput,
  runs: number,
): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sl-cold-'));
  try {
    const source = coreTablesModule(coreTables());
    const shipped = await bundle(dir, 'shipped', [tablesPlugin(source)]);
    const without = await bundle(dir, 'without', []);
    const runner = join(dir, 'runner.mjs');
    const input = join(dir, 'article.json');
    writeFileSync(runner, RUNNER);
    writeFileSync(input, JSON.stringify(article));
    const run = (file: string) =>
      JSON.parse(execFileSync(process.execPath, [runner, file, input], { encoding: 'utf8' }));
    const samples: Record<string, number>[][] = [[], []];
    for (let r = 0; r < runs; r++) {
      samples[0].push(run(shipped));
      samples[1].push(run(without));
    }
    return {
      runs,
      articleChars: article.text.length,
      shipped: summarize(samples[0]),
      withoutTables: summarize(samples[1]),
      tablesBytes: Buffer.byteLength(source),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
