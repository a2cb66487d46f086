/**
 * How long each step of ours took in this page (ms) and what the content script concluded, for
 * `npm run bench` and DevTools (`sourcelens` in the extension's console context). Kept in the
 * content script's own world (Chrome's isolated world, Firefox's sandbox), never on the page's
 * performance timeline, where the page could read it and learn that SourceLens is there.
 */
interface StepLog {
  steps: Record<string, number[]>;
  state: string;
  /** The size of the last pruned copy (elements and characters copied). */
  copy?: object;
}

const log = (): StepLog =>
  ((globalThis as { sourcelens?: StepLog }).sourcelens ??= { steps: {}, state: 'loading' });

/** Records one run of `step` that started at `start` (a performance.now() time). */
export function recordStep(step: string, start: number): void {
  (log().steps[step] ??= []).push(performance.now() - start);
}

/** Records what the content script last concluded ('not-article', 'waiting', 'ready'…). */
export function recordState(state: string): void {
  log().state = state;
}

/** Records the size of the copy Readability is about to read. */
export function recordCopy(stats: object): void {
  log().copy = stats;
}
