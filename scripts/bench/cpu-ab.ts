import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, writeEmptyExtension, type Session } from './chromium-load';
import { checkArticleIds } from './chromium-bench';
import { findPages } from './pages';
import { servePages } from './serve';
import { median } from './stats';
import { traceLoad } from './trace';

/**
 * `tsx scripts/bench/cpu-ab.ts DIR[,DIR…] [loads] [ids]`: the page's main-thread **CPU time**
 * (the trace's thread time, `tdur`, of every top-level task of the page's renderer) with each
 * built extension in DIR…, taking turns with a do-nothing content script, on the check articles
 * (or `ids`). Wall-clock task durations (`npm run bench`, trace-run.ts) stretch with every other
 * process on the shared 2-core machine; thread time much less, so two builds compare in one run
 * even at load 15 (docs/performance.md). `BENCH_PAGES` adds a corpus directory, as for the bench.
 * Prints, per page and build, the median CPU time, its excess over the do-nothing script, and
 * the part in tasks that ran our scripts; then the event names whose median self CPU time
 * differs most from the do-nothing script's.
 */

interface Event {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

interface CpuSample {
  cpuMs: number;
  oursMs: number;
  self: Record<string, number>;
}

const isTask = (e: Event) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
const isOurs = (e: Event) => JSON.stringify(e.args ?? {}).includes('chrome-extension://');

/** Self CPU time by event name over a properly nested list sorted by start (ms). */
function selfTimes(events: Event[]): Record<string, number> {
  const self: Record<string, number> = {};
  const stack: { e: Event; child: number }[] = [];
  const close = (upTo: number) => {
    for (let top = stack.at(-1); top && top.e.ts + top.e.dur! <= upTo; top = stack.at(-1)) {
      stack.pop();
      const cpu = top.e.tdur!;
      self[top.e.name] = (self[top.e.name] ?? 0) + Math.max(0, cpu - top.child) / 1000;
      const parent = stack.at(-1);
      if (parent) parent.child += cpu;
    }
  };
  for (const e of events) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  return self;
}

/** The page renderer's main thread (the one that parsed the HTML): CPU time in all and ours. */
function measure(events: Event[]): CpuSample | null {
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) return null;
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X')
    .filter((e) => e.dur !== undefined && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outer: Event[] = [];
  for (const t of thread.filter(isTask)) {
    const last = outer.at(-1);
    if (!last || t.ts >= last.ts + last.dur!) outer.push(t);
  }
  let cpuMs = 0;
  let oursMs = 0;
  for (const task of outer) {
    cpuMs += task.tdur! / 1000;
    const end = task.ts + task.dur!;
    if (thread.some((e) => e.ts >= task.ts && e.ts < end && isOurs(e))) oursMs += task.tdur! / 1000;
  }
  return { cpuMs, oursMs, self: selfTimes(thread) };
}

const dirs = (process.argv[2] ?? '').split(',').filter(Boolean);
if (!dirs.length) throw new Error('usage: cpu-ab.ts DIR[,DIR…] [loads] [ids]');
const loads = Number(process.argv[3] ?? 7);
const { pages } = findPages(process.env.BENCH_PAGES);
const ids = process.argv[4] ? process.argv[4].split(',') : checkArticleIds(pages);
const server = await servePages(new Map(pages.map((p) => [p.id, p.file])));
const copies = dirs.map((dir) => {
  const copy = mkdtempSync(join(tmpdir(), 'sl-cpu-ab-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
});
const emptyDir = writeEmptyExtension();
const sessions: Session[] = [];
const names = [...dirs, 'do-nothing'];
const fmt = (x: number) => x.toFixed(1);
try {
  for (const copy of copies) sessions.push(await launch(copy));
  sessions.push(await launch(emptyDir, false));
  for (const id of ids) {
    const samples: CpuSample[][] = sessions.map(() => []);
    // One untimed round first (caches), then the builds take turns load by load.
    for (let i = 0; i <= loads; i++)
      for (const [k, session] of sessions.entries()) {
        const sample = measure((await traceLoad(session, server.urlOf(id), 2500)) as Event[]);
        if (sample && i > 0) samples[k].push(sample);
      }
    const empty = samples.at(-1)!;
    const emptyCpu = median(empty.map((s) => s.cpuMs));
    console.log(id);
    for (const [k, list] of samples.entries()) {
      const cpu = median(list.map((s) => s.cpuMs));
      const ours = median(list.map((s) => s.oursMs));
      console.log(
        `  ${names[k]}: cpu ${fmt(cpu)} ms, beyond do-nothing ${fmt(cpu - emptyCpu)}, in our tasks ${fmt(ours)}`,
      );
      if (k === samples.length - 1) continue;
      const events = new Set([...list, ...empty].flatMap((s) => Object.keys(s.self)));
      const diff = [...events]
        .map((n) => {
          const at = (l: CpuSample[]) => median(l.map((s) => s.self[n] ?? 0));
          return [n, at(list) - at(empty)] as const;
        })
        .filter(([, ms]) => Math.abs(ms) >= 0.4)
        .sort((a, b) => b[1] - a[1]);
      console.log(
        `    self CPU beyond do-nothing: ${diff.map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}`,
      );
    }
  }
} finally {
  for (const s of sessions) await s.close();
  await server.close();
  for (const dir of [...copies, emptyDir]) rmSync(dir, { recursive: true, force: true });
}
