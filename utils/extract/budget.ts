import type { CloneStats } from './pruned-clone';

/**
 * How long Readability may take on load (ms, a cold parse on a slow machine). Its parse cannot
 * be split, so a page predicted to take longer is not read on load: it waits until the reader
 * opens the popup. 40 keeps a parse under the 50 ms of a long task with room for the rest.
 */
export const PARSE_BUDGET_MS = 40;

/**
 * Cold parse time per copied element and per thousand characters of copied text (ms), fitted on
 * the corpus in Chromium (`npm run bench`, docs/performance.md "Budget"): elements dominate.
 */
const MS_PER_ELEMENT = 0.02;
const MS_PER_KILOCHAR = 0.1;

/** Readability's predicted parse time for a pruned copy of this size (ms). */
export function predictParseMs(stats: CloneStats): number {
  return stats.elements * MS_PER_ELEMENT + (stats.textChars / 1000) * MS_PER_KILOCHAR;
}

/** True when a copy this big should wait for the reader instead of being read on load. */
export const isOverBudget = (stats: CloneStats) => predictParseMs(stats) > PARSE_BUDGET_MS;
