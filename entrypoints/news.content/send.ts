import { makeSender, type ReplyTo } from '@/utils/messaging/wire';
import type { ContentToBackground } from '@/utils/messaging/content-to-background';

// `browser` here is the browser's own object, not the polyfill (modules/content-script-build.ts):
// `sendMessage` returns a promise in both browsers. Imported from the gate too, so it imports
// nothing but the wire helpers.

const sendOnce = makeSender<ContentToBackground>((envelope) =>
  browser.runtime.sendMessage(envelope),
);

/** Waits before each retry when the background is not listening yet (worker still starting). */
const RETRY_DELAYS = [250, 1_000, 3_000];
const NOT_LISTENING = /receiving end does not exist|could not establish connection/i;

/**
 * Sends to the background, retrying while its worker is not listening yet: right after the
 * extension starts or updates, Chrome answers "Receiving end does not exist" for a moment.
 */
export async function send<M extends keyof ContentToBackground & string>(
  type: M,
  data: ContentToBackground[M]['payload'],
): Promise<ReplyTo<ContentToBackground, M>> {
  let reply = await sendOnce(type, data);
  for (const delay of RETRY_DELAYS) {
    if (reply.ok || !NOT_LISTENING.test(reply.error)) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    reply = await sendOnce(type, data);
  }
  return reply;
}
