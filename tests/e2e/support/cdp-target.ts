import type { CDPSession } from 'playwright-core';
import { poll } from './poll';

/**
 * Evaluates `expression` in a browser target Playwright does not expose as a page (Chrome's
 * side panel is one), found by the end of its address, through `cdp` (any page's session).
 * Returns the expression's value, or null while no such target exists.
 */
export async function evaluateInTarget<T>(
  cdp: CDPSession,
  urlSuffix: string,
  expression: string,
): Promise<T | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.url.endsWith(urlSuffix));
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  // Without flatten sessions, messages to the target travel inside Target.* envelopes.
  const answer = new Promise<string>((resolve) => {
    const listen = (e: { sessionId?: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      cdp.off('Target.receivedMessageFromTarget', listen);
      resolve(e.message);
    };
    cdp.on('Target.receivedMessageFromTarget', listen);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, returnByValue: true, awaitPromise: true },
    }),
  });
  const reply = JSON.parse(await answer) as { result?: { result?: { value?: T } } };
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return reply.result?.result?.value ?? null;
}

/** Polls `evaluateInTarget` until it returns something truthy. */
export const pollTarget = <T>(
  cdp: CDPSession,
  urlSuffix: string,
  expression: string,
  what: string,
) => poll(() => evaluateInTarget<T>(cdp, urlSuffix, expression), { message: what });
