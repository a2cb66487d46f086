import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './chromium-load';
import { findPages, REPO_ROOT } from './pages';
import { servePages } from './serve';

/**
 * `tsx scripts/bench/cpu-profile-run.ts [loads] id`: where SourceLens's script time goes on one
 * page, by function (CDP's sampling profiler at 50 µs over each load and 3 s after it; the
 * page's renderer runs our isolated world too). Prints, per our script, the median self time of
 * its top functions across loads, and what ran outside JavaScript (`(program)`, GC).
 */
const loads = Number(process.argv[2] ?? 3);
const id = process.argv[3] ?? 'us-israel-relations';
const { pages } = findPages(process.env.BENCH_PAGES);
const ext = mkdtempSync(join(tmpdir(), 'sl-prof-ext-'));
cpSync(process.env.EXT_DIR ?? join(REPO_ROOT, '.output', 'chrome-mv3'), ext, { recursive: true });
const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
const session = await launch(ext);
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
const runs: Record<string, number>[] = [];
try {
  for (let i = 0; i < loads; i++) {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(server.urlOf(id), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
    const self: Record<string, number> = {};
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((s, k) => {
      const f = nodes.get(s)!.callFrame;
      const file = f.url.split('/').pop() || '';
      const key = f.url.startsWith('chrome-extension://')
        ? `${file} ${f.functionName || '(anon)'}:${f.lineNumber}:${f.columnNumber}`
        : f.url
          ? 'page script'
          : f.functionName;
      self[key] = (self[key] ?? 0) + (deltas[k + 1] ?? 0) / 1000;
    });
    runs.push(self);
    await cdp.detach();
    await page.close();
  }
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [...keys]
    .map((k) => [k, med(runs.map((r) => r[k] ?? 0))] as const)
    .filter(([, ms]) => ms >= 0.2)
    .sort((a, b) => b[1] - a[1]);
  const total = (pred: (k: string) => boolean) =>
    med(runs.map((r) => Object.entries(r).reduce((s, [k, v]) => s + (pred(k) ? v : 0), 0)));
  console.log(
    JSON.stringify({
      id,
      loads,
      newsJs: +total((k) => k.startsWith('news.js')).toFixed(1),
      articleJs: +total((k) => k.startsWith('article.js')).toFixed(1),
    }),
  );
  for (const [k, ms] of rows) console.log(`${ms.toFixed(2).padStart(7)}  ${k}`);
} finally {
  await session.close();
  await server.close();
  rmSync(ext, { recursive: true, force: true });
}
