import type { Browser } from './browser-type';
import {
  OFFSCREEN_PARSE,
  refuse,
  type Result,
  type SnapshotPayload,
  type SnapshotReply,
} from '../messaging';
import { readSnapshotHere } from '../extract/snapshot-read';

/** Closes the offscreen document after this long without a parse (ms). */
const IDLE_CLOSE_MS = 30_000;

/** Reads a snapshot with Readability off the page (see utils/messaging/snapshot.ts). */
export type OffPageParser = (snapshot: SnapshotPayload) => Promise<Result<SnapshotReply>>;

/**
 * The background's off-page parser. Firefox's MV2 background is a page with a DOM: it reads the
 * snapshot itself. Chrome's MV3 service worker has no DOM: it hands the snapshot to an offscreen
 * document (reason DOM_PARSER), created on demand and closed when idle. One parse at a time.
 */
export function createOffPageParser(browser: Browser): OffPageParser {
  let queue: Promise<unknown> = Promise.resolve();
  const serial: OffPageParser = (snapshot) => {
    const run = queue.then(() =>
      typeof DOMParser === 'function' ? readSnapshotHere(snapshot) : inOffscreen(snapshot),
    );
    queue = run.catch(() => undefined);
    return run;
  };

  let open: Promise<void> | null = null;
  let closing: Promise<void> = Promise.resolve();
  let idle: ReturnType<typeof setTimeout> | undefined;

  async function ensureDocument(): Promise<void> {
    await closing;
    open ??= browser.offscreen
      .createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['DOM_PARSER'],
        justification: 'Reads news articles with Readability off the page’s main thread',
      })
      // A worker that restarted finds the last one's document still open: use it.
      .catch((e: unknown) => {
        if (!/single offscreen/i.test(String(e))) {
          open = null;
          throw e;
        }
      });
    await open;
  }

  function closeWhenIdle() {
    clearTimeout(idle);
    idle = setTimeout(() => {
      open = null;
      closing = browser.offscreen.closeDocument().catch(() => undefined);
    }, IDLE_CLOSE_MS);
  }

  async function inOffscreen(snapshot: SnapshotPayload): Promise<Result<SnapshotReply>> {
    clearTimeout(idle);
    try {
      await ensureDocument();
      const reply = (await browser.runtime.sendMessage({
        type: OFFSCREEN_PARSE,
        data: snapshot,
      })) as Result<SnapshotReply> | undefined;
      return reply ?? refuse('No answer from the offscreen document');
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e));
    } finally {
      closeWhenIdle();
    }
  }

  return serial;
}
