/**
 * What the background does from its start to its first reports, bundled by cold-start.ts and
 * run in a fresh process: the bundle's own evaluation is timed by the process that imports it.
 */
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport, type ArticleInput } from '../../utils/core/report';

/**
 * Milliseconds of each step, in order, and `cpuMs`: the process's CPU time up to the end of the
 * first report (`cpu` gives it since the process started importing, in microseconds).
 */
export function startAndReport(
  article: ArticleInput,
  cpu: () => { user: number; system: number },
): Record<string, number> {
  let t0 = performance.now();
  const lap = () => {
    const ms = performance.now() - t0;
    t0 = performance.now();
    return ms;
  };
  const { catalog } = parseCatalog(rawCatalog);
  const loadMs = lap();
  const index = buildCatalogIndex(catalog);
  const indexMs = lap();
  buildReport(article, index);
  const firstReportMs = lap();
  const { user, system } = cpu();
  buildReport(article, index);
  return { loadMs, indexMs, firstReportMs, secondReportMs: lap(), cpuMs: (user + system) / 1000 };
}
