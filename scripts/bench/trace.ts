import type { BrowserContext } from 'playwright-core';
import type { Session } from './chromium-load';

/** One complete trace event (only what the breakdown reads). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
].join(',');

/** Loads `url` in a new tab of `session` with Chrome's tracing on; returns the events. */
export async function traceLoad(
  session: Session,
  url: string,
  settleMs: number,
): Promise<TraceEvent[]> {
  const context: BrowserContext = session.context;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, settleMs));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return events;
}

const isOurs = (e: TraceEvent, origin: string) => {
  const d = e.args?.data;
  if (!d) return false;
  for (const key of ['url', 'scriptName', 'fileName']) {
    const v = d[key];
    if (typeof v === 'string' && v.startsWith(origin)) return true;
  }
  const frame = d.stackTrace as { url?: string }[] | undefined;
  return Array.isArray(frame) && frame.some((f) => f.url?.startsWith(origin));
};

const scriptOf = (e: TraceEvent) => {
  const d = e.args?.data ?? {};
  const url = [d.url, d.scriptName, d.fileName].find((v) => typeof v === 'string') as string;
  return url?.split('/').pop() ?? e.name;
};

/** Main-thread time of the page's renderer, split by what ran (ms). */
export interface TraceBreakdown {
  /** All top-level tasks on the page's main thread. */
  mainThreadMs: number;
  /** Top-level tasks that ran any of our code, in all. */
  ourTasksMs: number;
  ourTasks: number;
  longestOurTaskMs: number;
  /** Inside our tasks: self time by event name (compile, evaluate, GC, style…). */
  bySelf: Record<string, number>;
  /** In every task of the page's main thread: self time by event name. */
  allSelf: Record<string, number>;
  /** Tasks of 1 ms or more from our first one on: start (ms after it), duration, top self times. */
  timeline: { at: number; ms: number; ours: boolean; top: string }[];
  /**
   * Our tasks by what started them: the gate's (news.js: its evaluation and run), the article
   * script's injection (its first task: compile, evaluation, start), and the later steps.
   */
  phases: { gate: number; inject: number; steps: number };
}

/**
 * Attributes main-thread time to SourceLens: a top-level task is ours when anything inside it
 * names our extension's script (`origin`: chrome-extension://<id>/). Inside those, each event's
 * self time (its duration minus its children's) is summed by name.
 */
export function breakDown(events: TraceEvent[], origin: string): TraceBreakdown | null {
  const ourEvent = events.find((e) => isOurs(e, origin));
  if (!ourEvent) return null;
  const { pid, tid } = ourEvent;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = thread.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask',
  );
  // Nested top-level names: keep only outermost tasks.
  const outer: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (!last || t.ts >= last.ts + last.dur!) outer.push(t);
  }
  const result: TraceBreakdown = {
    mainThreadMs: 0,
    ourTasksMs: 0,
    ourTasks: 0,
    longestOurTaskMs: 0,
    bySelf: {},
    allSelf: {},
    timeline: [],
    phases: { gate: 0, inject: 0, steps: 0 },
  };
  let injected = false;
  const firstOurs = ourEvent.ts;
  let i = 0;
  for (const task of outer) {
    result.mainThreadMs += task.dur! / 1000;
    const end = task.ts + task.dur!;
    while (i < thread.length && thread[i].ts < task.ts) i++;
    const inside: TraceEvent[] = [];
    for (let j = i; j < thread.length && thread[j].ts < end; j++)
      if (thread[j] !== task) inside.push(thread[j]);
    addSelfTimes([task, ...inside], result.allSelf, origin);
    const ours = inside.some((e) => isOurs(e, origin));
    const scripts = new Set(inside.filter((e) => isOurs(e, origin)).map(scriptOf));
    if (ours) {
      const ms = task.dur! / 1000;
      if (scripts.has('news.js')) result.phases.gate += ms;
      else if (scripts.has('article.js') && !injected) {
        injected = true;
        result.phases.inject += ms;
      } else result.phases.steps += ms;
    }
    if (task.ts + task.dur! >= firstOurs && task.dur! >= 1000) {
      const own: Record<string, number> = {};
      addSelfTimes([task, ...inside], own, origin);
      const top = Object.entries(own)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
        .join(', ');
      const at = +((task.ts - firstOurs) / 1000).toFixed(1);
      const label = [...scripts].join('+');
      result.timeline.push({
        at,
        ms: +(task.dur! / 1000).toFixed(1),
        ours,
        top: `${label} ${top}`,
      });
    }
    if (!ours) continue;
    result.ourTasks++;
    result.ourTasksMs += task.dur! / 1000;
    result.longestOurTaskMs = Math.max(result.longestOurTaskMs, task.dur! / 1000);
    addSelfTimes([task, ...inside], result.bySelf, origin);
  }
  return result;
}

/** Sums self times (µs → ms) by event name over a properly nested list sorted by start. */
function addSelfTimes(list: TraceEvent[], into: Record<string, number>, origin: string): void {
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upTo) {
      const { e, child } = stack.pop()!;
      const name = labelOf(e, origin);
      into[name] = (into[name] ?? 0) + Math.max(0, e.dur! - child) / 1000;
      if (stack.length) stack[stack.length - 1].child += e.dur!;
    }
  };
  for (const e of list) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
}

function labelOf(e: TraceEvent, origin: string): string {
  if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') return 'task (other)';
  if (['v8.compile', 'EvaluateScript', 'FunctionCall', 'v8.run', 'V8.Execute'].includes(e.name))
    return `${e.name}${isOurs(e, origin) ? ' (ours)' : ''}`;
  return e.name;
}
