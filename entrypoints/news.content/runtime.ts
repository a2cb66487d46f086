import type { ContentScriptContext } from './context';
import {
  TO_CONTENT_PARSERS,
  dispatch,
  parseEnvelope,
  type BackgroundToContent,
  type Handlers,
  type Result,
} from '@/utils/messaging';

// `browser` here is the browser's own object, not the polyfill (modules/content-script-build.ts):
// replies go through `sendResponse`, which works in both browsers.

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
