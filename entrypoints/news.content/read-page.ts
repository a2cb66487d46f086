import { finishExtraction, type Extraction } from '@/utils/extract/extraction';
import { fromSnapshot, startSnapshot } from '@/utils/extract/snapshot';
import type { ReaderWorld } from './read-in-page';
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
export type Attempt = Extraction | null | 'again';

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

/**
 * Readability in the page: the reader script (entrypoints/reader.ts), injected by the background
 * on this request only, so that the article script does not carry Readability.
 */
async function readInPage(
  scheduler: Scheduler,
  signal: AbortSignal,
  withUnlikely: boolean,
): Promise<Attempt> {
  const world = globalThis as ReaderWorld;
  if (!world.sourcelensReadInPage) {
    const reply = await send('loadArticleCode', 'reader');
    if (!reply.ok) throw new Error(reply.error);
  }
  scheduler.check(signal);
  if (!world.sourcelensReadInPage) throw new Error('The in-page reader did not start');
  return world.sourcelensReadInPage(scheduler, signal, withUnlikely);
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
    if (attempt === 'failed') attempt = await readInPage(scheduler, signal, withUnlikely);
    if (attempt === 'again') continue;
    if (!attempt) break;
    return { status: 'article', extraction: attempt };
  }
  return { status: 'not-article' };
}
