/**
 * `npm run -s bench -- [--json | --markdown] [--pages DIR] [--reps N] [--loads N]
 * [--chromium-pages N] [--settle MS] [--no-chromium] [--no-node] [--long-tasks] [--build] [--out FILE]
 * [--from FILE] [--soak [--soak-loads N]]`:
 * measures what SourceLens costs a page, in one run (issue 7). Prints tables, or with --json the
 * same numbers as JSON and nothing else on stdout (progress goes to stderr; `-s` keeps npm's own
 * banner off stdout too). The pages are the repository's (tests/fixtures/pages and
 * tests/fixtures/bench) and a generated forum page (forum-page.ts); --pages DIR (or
 * $BENCH_PAGES) adds a corpus directory. --settle is the longest wait for the extension's
 * answer after a load. --soak runs only the soak (soak.ts): 300 loads in one browser.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogIndex } from '../../utils/core/report';
import { benchBackground, benchCatalogScaling, benchThroughput } from './catalog-bench';
import { benchColdStart } from './cold-start';
import { benchChromium, ensureBuilt, pickChromiumPages } from './chromium-bench';
import { benchPage, type PageResult } from './page-bench';
import { writeForumPage } from './forum-page';
import { findPages, REPO_ROOT } from './pages';
import { scanLongTasks } from './long-task-scan';
import { describeMachine, type BenchResult } from './result';
import { measureSizes } from './sizes';
import { soak } from './soak';
import { round } from './stats';
import { checkTargets, summarize } from './summary';
import { formatMarkdownReport, formatTextReport } from './text-report';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    pages: { type: 'string' },
    reps: { type: 'string', default: '5' },
    loads: { type: 'string', default: '5' },
    'chromium-pages': { type: 'string', default: '3' },
    settle: { type: 'string', default: '4000' },
    'no-chromium': { type: 'boolean', default: false },
    'no-node': { type: 'boolean', default: false },
    from: { type: 'string' },
    build: { type: 'boolean', default: false },
    out: { type: 'string' },
    'long-tasks': { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    'soak-loads': { type: 'string', default: '300' },
  },
});

/** Prints `result` the way the flags ask. */
function print(result: BenchResult): void {
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else if (values.markdown) process.stdout.write(formatMarkdownReport(result));
  else process.stdout.write(formatTextReport(result));
}

// --from FILE re-prints a saved --json run (e.g. as Markdown for the README) without measuring.
if (values.from) {
  print(JSON.parse(readFileSync(values.from, 'utf8')) as BenchResult);
  process.exit(0);
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const started = performance.now();
const reps = Math.max(1, Number(values.reps));
const loads = Math.max(1, Number(values.loads));
const settleMs = Math.max(0, Number(values.settle));
const chromiumPages = Math.max(0, Number(values['chromium-pages']));

// --build: rebuild .output/chrome-mv3 first, so sizes and Chromium runs match the sources.
ensureBuilt(values.build);
const { pages, sources } = findPages(values.pages);
const forum = writeForumPage();
pages.push(forum);
process.on('exit', () => rmSync(dirname(forum.file), { recursive: true, force: true }));

// --soak: only the soak, its samples as JSON on stdout.
if (values.soak) {
  const result = await soak(pages, Math.max(1, Number(values['soak-loads'])), settleMs, log);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(result.statesLeft === 0 && (result.heapGrowth ?? 1) <= 1.5 ? 0 : 1);
}
log(`bench: ${pages.length} pages (${sources.corpusFrom}: ${sources.corpusDir ?? 'none'})`);
const background = benchBackground(reps);
const index = buildCatalogIndex(background.catalog);

const phases: Record<string, number> = {};
let phaseStart = performance.now();
/** Records how long the phase that just ended took (seconds), for keeping the run short. */
const endPhase = (name: string) => {
  phases[name] = round((performance.now() - phaseStart) / 1000, 1) ?? 0;
  phaseStart = performance.now();
};

// --no-node: the browser parts only (the per-page Node work takes most of a run on a busy machine).
const results: PageResult[] = values['no-node']
  ? []
  : pages.map((page, i) => {
      log(`node ${i + 1}/${pages.length}: ${page.id}`);
      return benchPage(page, index, reps);
    });
const articles = results.flatMap((r) =>
  r.extraction ? [{ id: r.id, article: r.extraction.article }] : [],
);
endPhase('pagesS');
log('catalog scaling');
const catalog = articles.length
  ? benchCatalogScaling(
      background.catalog,
      articles.map((a) => a.article),
      reps,
    )
  : null;
const throughput = benchThroughput(articles, index, reps);
// The background's start after a pause, in fresh processes, on the article of median length.
const byLength = [...articles].sort((a, b) => a.article.text.length - b.article.text.length);
const coldArticle = byLength[Math.floor(byLength.length / 2)]?.article;
log('background cold start');
const coldStart = coldArticle ? await benchColdStart(coldArticle, Math.max(reps, 5)) : null;
const sizes = await measureSizes();
endPhase('catalogAndSizesS');
/** Runs a browser part; a missing or broken browser costs that part, not the whole run. */
async function orNull<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    log(`${name} skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return null;
  }
}
const chromium = values['no-chromium']
  ? null
  : await orNull('chromium', () =>
      benchChromium(pickChromiumPages(pages, chromiumPages), loads, settleMs, log),
    );
endPhase('chromiumS');
// --long-tasks: one load of every page with the extension (slow: about a second a page).
const longTasks = values['long-tasks']
  ? await orNull('long tasks', () => scanLongTasks(pages, settleMs, log))
  : null;
if (longTasks) endPhase('longTasksS');

const summary = summarize({
  pages: results,
  catalog,
  throughputMBps: throughput.mbPerS,
  background: background.times,
  chromium,
  longTasks,
  sizes,
});
const result: BenchResult = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  settings: { reps, loads, settleMs, chromiumPages },
  sources: {
    ...sources,
    // Paths relative to the repository, so the report reads the same on every machine.
    corpusDir: sources.corpusDir && relative(REPO_ROOT, sources.corpusDir),
    fixtureDirs: sources.fixtureDirs.map((d) => relative(REPO_ROOT, d)),
    corpusPages: pages.filter((p) => p.origin === 'corpus').length,
    fixturePages: pages.filter((p) => p.origin === 'fixture').length,
  },
  summary,
  targets: checkTargets(summary),
  background: background.times,
  coldStart,
  catalog,
  throughput,
  sizes,
  chromium,
  longTasks,
  pages: results.map(({ extraction: _e, ...r }) => r),
  elapsedS: round((performance.now() - started) / 1000, 1) ?? 0,
  phases,
};

// --out FILE also keeps the run as JSON (for --from later, e.g. the README's tables).
if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
print(result);
