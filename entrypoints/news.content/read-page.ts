import { isOverBudget } from '@/utils/extract/budget';
import { readClone, toExtraction, type Extraction } from '@/utils/extract/extract';
import { startPrunedClone, type PreparedClone } from '@/utils/extract/pruned-clone';
import type { Scheduler } from './schedule';
import { recordCopy, recordStep } from './steps';

/** What reading the page found. */
export type PageReading =
  | { status: 'article'; extraction: Extraction }
  | { status: 'not-article' }
  /** Too big to parse without freezing the page: it waits for the reader to ask. */
  | { status: 'waiting' };

/** Copies the page for Readability (pruned, paired with the live nodes) in slices. */
async function copyPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  withUnlikely: boolean,
): Promise<PreparedClone> {
  const builder = startPrunedClone(document, withUnlikely);
  await scheduler.inSlices(builder.step, signal, (start) => recordStep('clone', start));
  return builder.result;
}

/**
 * Reads the page's article the way that costs the page least: the copy in slices, then
 * Readability's parse (one task that cannot be split) when the page is idle and the reader
 * is not using it, and only if the copy's size predicts a parse within the budget. `force`
 * reads now, whatever the size (the reader asked, from the popup).
 */
export async function readPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  force: boolean,
): Promise<PageReading> {
  // A second round only when Readability needs the unlikely candidates after all (extract.ts).
  for (const withUnlikely of [true, false]) {
    if (!force) await scheduler.whenQuiet(signal);
    const prepared = await copyPage(scheduler, signal, withUnlikely);
    recordCopy(prepared.stats);
    if (!force && isOverBudget(prepared.stats)) return { status: 'waiting' };
    if (!force) await scheduler.whenQuiet(signal);
    const start = performance.now();
    const parsed = readClone(prepared);
    recordStep('parse', start);
    if (parsed === 'again') continue;
    if (!parsed) break;
    // Flattening and mapping the article (a few ms on a big one) is a task of its own.
    await scheduler.pause(signal);
    const flatStart = performance.now();
    const extraction = toExtraction(document, prepared, parsed);
    recordStep('extract', flatStart);
    return { status: 'article', extraction };
  }
  return { status: 'not-article' };
}
