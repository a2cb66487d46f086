/** Plain-text rendering of an evaluation: totals, per-language table, kinds, misses, false alarms. */
import type { PageRun } from './run';
import { kindTotalsOf, totalsByLang, totalsOf, type Totals } from './score';

const pct = (x: number) => x.toFixed(3);

function row(label: string, t: Totals): string {
  return `${label.padEnd(8)} ${String(t.pages).padStart(5)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}`;
}

const HEADER = 'lang     pages   tp   fp   fn  precis  recall  F1';

/** The per-language table, the overall row and the kind agreement of some runs. */
function totalsTable(runs: PageRun[]): string[] {
  const scores = runs.map((r) => r.score);
  const out = [HEADER];
  for (const [lang, t] of totalsByLang(scores)) out.push(row(lang, t));
  out.push(row('overall', totalsOf(scores)));
  const k = kindTotalsOf(scores);
  out.push(
    `kinds over ${k.outlets} found outlets: share with a labelled kind ${pct(k.overlap)}, ` +
      `exact set ${pct(k.exact)}, kind precision ${pct(k.precision)}, kind recall ${pct(k.recall)}`,
  );
  return out;
}

/**
 * Aggregates only, per set and over all sets: what may be printed for a test half (no page,
 * no miss, no false alarm).
 */
export function formatAggregates(runsBySet: Map<string, PageRun[]>): string {
  const out: string[] = [];
  for (const [name, runs] of runsBySet)
    out.push(`== ${name} (aggregate)`, ...totalsTable(runs), '');
  if (runsBySet.size > 1) out.push('== all sets', ...totalsTable([...runsBySet.values()].flat()));
  return out.join('\n') + '\n';
}

/** Formats the whole evaluation for the terminal. */
export function formatEvaluation(runs: PageRun[]): string {
  const scores = runs.map((r) => r.score);
  const out: string[] = totalsTable(runs);
  const wrongKinds = scores.flatMap((s) =>
    s.kinds
      .filter((x) => x.expected.join() !== [...x.got].sort().join() && !sameSet(x.expected, x.got))
      .map((x) => ({ id: s.id, ...x })),
  );
  if (wrongKinds.length) {
    out.push('', 'KIND DIFFERENCES');
    for (const w of wrongKinds)
      out.push(
        `  ${w.id}: ${w.outlet}: labeled [${w.expected.join(', ')}], reported [${w.got.join(', ')}]`,
      );
  }
  const misses = scores.flatMap((s) => s.misses.map((m) => ({ page: s.id, ...m })));
  out.push('', `MISSES (${misses.length})`);
  for (const m of misses) {
    out.push(`  ${m.page}: ${m.outlet}${m.notInCatalog ? ' (not in catalog)' : ''}`);
    for (const e of m.evidence.slice(0, 3)) out.push(`      “${e.slice(0, 140)}”`);
  }
  const alarms = scores.flatMap((s) => s.falseAlarms.map((f) => ({ page: s.id, ...f })));
  out.push('', `FALSE ALARMS (${alarms.length})`);
  for (const f of alarms) {
    out.push(`  ${f.page}: ${f.name} [${f.id}]`);
    for (const m of f.mentions.slice(0, 3))
      out.push(`      ${m.kind}/${m.rule}: “${m.sentence.slice(0, 140)}”`);
  }
  const origin = runs.filter((r) => r.score.originalSourceOk !== null);
  if (origin.length) {
    out.push('', 'ORIGINAL SOURCE');
    for (const r of origin)
      out.push(`  ${r.score.id}: ${r.score.originalSourceOk ? 'found' : 'MISSED'}`);
  }
  const errors = runs.filter((r) => r.error);
  if (errors.length) {
    out.push('', 'ERRORS');
    for (const r of errors) out.push(`  ${r.score.id}: ${r.error}`);
  }
  return out.join('\n') + '\n';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
