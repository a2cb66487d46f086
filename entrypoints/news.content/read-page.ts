import {
  finishExtraction,
  readClone,
  toExtraction,
  type Extraction,
} from '@/utils/extract/extract';
import { startPrunedClone } from '@/utils/extract/pruned-clone';
import { fromSnapshot, startSnapshot } from '@/utils/extract/snapshot';
import { send } from './send';
import type { Scheduler } from './schedule';
import { recordCopy, recordStep } from './steps';

/** What reading the page found. */
export type PageReading =
  | { status: 'article'; extraction: Extraction }
  | { status: 'not-article' }
  /** Readability off the page failed: it waits for the reader to ask. */
  | { status: 'waiting' };

/** Readability's article, none, or 'again' (see `readDocument`). */
type Attempt = Extraction | null | 'again';

/**
 * Readability off the page: the snapshot of the page's pruned copy (snapshot.ts), written in
 * slices, goes to the background, which reads it with the same Readability and options and
 * answers the article with the numbers of its text nodes. It costs the page less than a parse in
 * the page on every article measured, the smallest included (docs/performance.md); an empty copy
 * holds no article and is not sent.
 */
async function readOffPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  withUnlikely: boolean,
): Promise<Attempt | 'failed'> {
  const writer = startSnapshot(document, withUnlikely);
  await scheduler.inSlices(writer.step, signal, (start) => recordStep('snapshot', start));
  recordCopy(writer.stats);
  if (!writer.stats.elements && !writer.stats.textChars) return null;
  // The page's work here is the string handed over; the parse runs elsewhere.
  const reply = await send('parseSnapshot', { withUnlikely, ops: writer.json });
  scheduler.check(signal);
  if (!reply.ok) return 'failed';
  const article = reply.value;
  if (!article || article === 'again') return article;
  await scheduler.pause(signal);
  const mapStart = performance.now();
  const extraction = finishExtraction(document, fromSnapshot(writer.texts, article), article);
  recordStep('extract', mapStart);
  return extraction;
}

/** Readability in the page, on its pruned copy (built in slices); the parse is one task. */
async function readInPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  withUnlikely: boolean,
  force: boolean,
): Promise<Attempt> {
  const builder = startPrunedClone(document, withUnlikely);
  await scheduler.inSlices(builder.step, signal, (start) => recordStep('clone', start));
  const prepared = builder.result;
  recordCopy(prepared.stats);
  if (!force) await scheduler.whenQuiet(signal);
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

/**
 * Reads the page's article the way that costs the page least, when the page is idle and the
 * reader is not using it: off the page (`readOffPage`); in the page only when the off-page parse
 * failed and the reader asked (`force`, from the popup), else the page waits for the reader.
 */
export async function readPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  force: boolean,
): Promise<PageReading> {
  // A second round only when Readability needs the unlikely candidates after all (extract.ts).
  for (const withUnlikely of [true, false]) {
    if (!force) await scheduler.whenQuiet(signal);
    let attempt = await readOffPage(scheduler, signal, withUnlikely);
    if (attempt === 'failed' && !force) return { status: 'waiting' };
    if (attempt === 'failed') attempt = await readInPage(scheduler, signal, withUnlikely, force);
    if (attempt === 'again') continue;
    if (!attempt) break;
    return { status: 'article', extraction: attempt };
  }
  return { status: 'not-article' };
}
