import type { ContentScriptContext } from './context';
import {
  TO_CONTENT_PARSERS,
  dispatch,
  makeSender,
  parseEnvelope,
  type BackgroundToContent,
  type ContentToBackground,
  type Handlers,
  type ReplyTo,
  type Result,
} from '@/utils/messaging';

// `browser` here is the browser's own object, not the polyfill (modules/content-script-build.ts):
// `sendMessage` returns a promise in both browsers, and replies go through `sendResponse`.

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

/**
 * Answers the background's messages (and only the background's, checked by the sender's
 * extension id) with `handlers`, while `ctx` is valid.
 */
export function listen(ctx: ContentScriptContext, handlers: Handlers<BackgroundToContent, null>) {
  const onMessage = (
    raw: unknown,
    sender: { id?: string },
    sendResponse: (reply: Result<unknown>) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = parseEnvelope<BackgroundToContent>(TO_CONTENT_PARSERS, raw);
    if (!parsed.ok) return sendResponse(parsed);
    void dispatch(handlers, parsed.message, null).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
