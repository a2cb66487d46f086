import { readClone, toExtraction } from '@/utils/extract/extract';
import { startPrunedClone } from '@/utils/extract/pruned-clone';
import type { Scheduler } from './schedule';
import { recordCopy, recordStep } from './steps';
import type { Attempt } from './read-page';

/**
 * Readability in the page, on its pruned copy (built in slices); the parse is one task. Only
 * for the reader's "analyze" after the off-page parse failed: it lives in the reader script
 * (entrypoints/reader.ts), which the background injects only then, so the article script does
 * not carry Readability.
 */
export async function readInPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  withUnlikely: boolean,
): Promise<Attempt> {
  const builder = startPrunedClone(document, withUnlikely);
  await scheduler.inSlices(builder.step, signal, (start) => recordStep('clone', start));
  const prepared = builder.result;
  recordCopy(prepared.stats);
  const start = performance.now();
  const parsed = readClone(prepared);
  recordStep('parse', start);
  if (!parsed || parsed === 'again') return parsed;
  // Flattening and mapping the article (a few ms on a big one) is a task of its own.
  await scheduler.pause(signal);
  const flatStart = performance.now();
  const extraction = toExtraction(document, prepared, parsed);
  recordStep('extract', flatStart);
  return extraction;
}

/** Where the reader script leaves `readInPage` for the article script (the same world). */
export interface ReaderWorld {
  sourcelensReadInPage?: typeof readInPage;
}
