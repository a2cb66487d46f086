import type { CloneStats } from './pruned-clone';

/**
 * The predicted parse (ms) up to which Readability runs in the page rather than off it. Off the
 * page, the page pays for the snapshot's slices (as it would for the copy), one string handed to
 * the background and the mapping back: 2–4 ms on the check articles in Chromium, against a cold
 * in-page parse of 8–11 ms on the smallest one (the reference article, 80 elements) and 40–230
 * ms on ordinary 60–400 KB pages, one task each (docs/performance.md, 2026-12-05). The
 * crossover lies below every article measured: only an empty copy is read in the page.
 */
export const PARSE_BUDGET_MS = 0;

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

/** True when a copy this big is read off the page (see `PARSE_BUDGET_MS`). */
export const isOverBudget = (stats: CloneStats) => predictParseMs(stats) > PARSE_BUDGET_MS;
