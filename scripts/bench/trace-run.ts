import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, writeEmptyExtension } from './chromium-load';
import { checkArticleIds } from './chromium-bench';
import { findPages, REPO_ROOT } from './pages';
import { servePages } from './serve';
import { breakDown, traceLoad } from './trace';
import { byGroup } from './trace-groups';

/**
 * `tsx scripts/bench/trace-run.ts [loads]`: where SourceLens's main-thread time goes on the
 * check articles (Chrome tracing, the built extension against a do-nothing content script).
 */
const loads = Number(process.argv[2] ?? 3);
const { pages } = findPages(process.env.BENCH_PAGES);
const ids = process.argv[3] ? process.argv[3].split(',') : checkArticleIds(pages);
const ext = mkdtempSync(join(tmpdir(), 'sl-trace-ext-'));
cpSync(process.env.EXT_DIR ?? join(REPO_ROOT, '.output', 'chrome-mv3'), ext, { recursive: true });
const emptyDir = writeEmptyExtension();
const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
const withExt = await launch(ext);
const empty = await launch(emptyDir, false);
const origin = withExt.worker!.url().replace(/^(chrome-extension:\/\/[^/]+\/).*/, '$1');
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median self time by name with SourceLens minus with the do-nothing script (≥ 0.5 ms apart). */
function diffSelf(a: Record<string, number>[], b: Record<string, number>[], floor = 0.5) {
  const names = new Set([...a, ...b].flatMap((o) => Object.keys(o)));
  const out: [string, number][] = [];
  for (const n of names) {
    const d = med(a.map((o) => o[n] ?? 0)) - med(b.map((o) => o[n] ?? 0));
    if (Math.abs(d) >= floor) out.push([n, +d.toFixed(1)]);
  }
  return Object.fromEntries(out.sort((x, y) => y[1] - x[1]));
}
try {
  for (const id of ids) {
    const url = server.urlOf(id);
    const ours: NonNullable<ReturnType<typeof breakDown>>[] = [];
    const mainWith: number[] = [];
    const mainEmpty: number[] = [];
    const allWith: Record<string, number>[] = [];
    const allEmpty: Record<string, number>[] = [];
    for (let i = 0; i < loads; i++) {
      const evA = await traceLoad(withExt, url, 3000);
      const a = breakDown(evA, origin);
      if (!a)
        console.error(
          'no ours',
          origin,
          evA.length,
          evA.filter((e) => JSON.stringify(e.args ?? {}).includes('chrome-extension')).length,
        );
      const b = await traceLoad(empty, url, 3000);
      const emptyOrigin = 'chrome-extension://';
      const bEmpty = breakDown(b, emptyOrigin);
      if (a && process.env.TIMELINE) for (const t of a.timeline) console.error(JSON.stringify(t));
      if (bEmpty && process.env.TIMELINE)
        console.error('empty', JSON.stringify(bEmpty.timeline.filter((t) => t.ours)));
      if (a) {
        ours.push(a);
        mainWith.push(a.mainThreadMs);
        allWith.push(a.allSelf);
      }
      if (bEmpty) {
        mainEmpty.push(bEmpty.mainThreadMs);
        allEmpty.push(bEmpty.allSelf);
      }
    }
    const names = new Set(ours.flatMap((o) => Object.keys(o.bySelf)));
    const by = Object.fromEntries(
      [...names].map((n) => [n, +med(ours.map((o) => o.bySelf[n] ?? 0)).toFixed(1)] as const),
    );
    const top = Object.entries(by)
      .filter(([, v]) => v >= 0.3)
      .sort((a, b) => b[1] - a[1]);
    console.log(
      JSON.stringify({
        id,
        mainWith: +med(mainWith).toFixed(1),
        mainEmpty: mainEmpty.length ? +med(mainEmpty).toFixed(1) : null,
        ourTasksMs: +med(ours.map((o) => o.ourTasksMs)).toFixed(1),
        ourTasks: med(ours.map((o) => o.ourTasks)),
        longest: +med(ours.map((o) => o.longestOurTaskMs)).toFixed(1),
        self: Object.fromEntries(top),
        diff: diffSelf(allWith, allEmpty),
        phases: Object.fromEntries(
          (['gate', 'inject', 'steps'] as const).map((k) => [
            k,
            +med(ours.map((o) => o.phases[k])).toFixed(1),
          ]),
        ),
        oursByGroup: byGroup(by),
        diffByGroup: byGroup(diffSelf(allWith, allEmpty, 0)),
      }),
    );
  }
} finally {
  await withExt.close();
  await empty.close();
  await server.close();
  rmSync(ext, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
}
