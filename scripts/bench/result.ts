import { cpus, release, totalmem } from 'node:os';
import type { BackgroundTimes, benchCatalogScaling } from './catalog-bench';
import type { ChromiumPageResult } from './chromium-bench';
import type { ColdStartResult } from './cold-start';
import { chromiumVersion } from './chromium-bench';
import type { scanLongTasks } from './long-task-scan';
import type { PageResult } from './page-bench';
import type { PageSources } from './pages';
import type { measureSizes } from './sizes';
import type { Summary, Target } from './summary';

/** The machine a run was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string | null;
}

/** Everything one `npm run bench` measured; printed as a table or, with --json, as JSON. */
export interface BenchResult {
  date: string;
  machine: Machine;
  settings: { reps: number; loads: number; settleMs: number; chromiumPages: number };
  sources: PageSources & { corpusPages: number; fixturePages: number };
  summary: Summary;
  targets: Target[];
  background: BackgroundTimes | null;
  /** The background's start in fresh processes, shipped bundle against one without tables. */
  coldStart?: ColdStartResult | null;
  catalog: ReturnType<typeof benchCatalogScaling> | null;
  throughput: {
    pages: { id: string; textBytes: number; ms: number | null; mbPerS: number | null }[];
    mbPerS: number | null;
  } | null;
  sizes: Awaited<ReturnType<typeof measureSizes>>;
  chromium: ChromiumPageResult[] | null;
  /** With --long-tasks: every page loaded once with the extension. */
  longTasks?: Awaited<ReturnType<typeof scanLongTasks>> | null;
  pages: Omit<PageResult, 'extraction'>[];
  elapsedS: number;
  /** Seconds per phase (pages in Node, catalog scaling + sizes, Chromium). */
  phases?: Record<string, number>;
}

/** Describes this machine (CPU model, cores, memory, OS, Node and Chromium versions). */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
  };
}
