/**
 * Small statistics and timing helpers for the benchmark. Pure (no I/O), so they can be unit
 * tested; every time is in milliseconds.
 */

/** Median of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks, the
 * same definition as numpy's default; NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** Sum of `values` (0 when empty). */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Rounds to `digits` decimals, keeping the JSON short; non-finite values become null. */
export function round(value: number, digits = 3): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A clock in milliseconds; a parameter so tests can pass a fake one. */
export type Clock = () => number;

/**
 * Runs `setup` then times `run` on its result, `reps` times after `warmup` untimed runs, and
 * returns the median time. Setup (a fresh clone, say) is never timed. The machine is shared
 * and noisy, so the median of a few runs is what we report, not the mean.
 */
export function timeMedian<S>(
  run: (input: S) => unknown,
  setup: () => S,
  reps: number,
  warmup = 1,
  clock: Clock = () => performance.now(),
): number {
  const times: number[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    const input = setup();
    const t0 = clock();
    run(input);
    const t = clock() - t0;
    if (i >= warmup) times.push(t);
  }
  return median(times);
}

/** `a / b`, or NaN when `b` is not a positive number (a ratio against nothing means nothing). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}
