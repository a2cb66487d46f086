import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

// SourceLens's hover card lives in a closed shadow root: page scripts (and so `page.evaluate`)
// see `shadowRoot === null`. Both browsers' debugging protocols can still reach it, which is
// how the tests read what the card shows. `fn` runs in the page with the root as argument and
// must be self-contained (see probes.ts); its result must survive JSON.

const call = (fn: (root: ShadowRoot) => unknown) =>
  `(root) => JSON.stringify((${fn.toString()})(root) ?? null)`;

/** Chromium (Playwright): finds the root through CDP's DOM domain, which pierces closed roots. */
export async function readShadowRootChromium<R>(
  page: PlaywrightPage,
  selector: string,
  fn: (root: ShadowRoot) => R,
): Promise<R | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${call(fn)})(this); }`,
      returnByValue: true,
    });
    return JSON.parse(result.value as string) as R | null;
  } finally {
    await cdp.detach();
  }
}

interface BidiResult {
  result: { result: { type: string; value?: unknown; sharedId?: string } };
}

/** Firefox (Puppeteer over WebDriver BiDi): serializes the host with `includeShadowTree: 'all'`. */
export async function readShadowRootFirefox<R>(
  page: PuppeteerPage,
  selector: string,
  fn: (root: ShadowRoot) => R,
): Promise<R | null> {
  // Raw BiDi commands: Puppeteer has no API for closed roots.
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.callFunction', {
    functionDeclaration: `() => document.querySelector(${JSON.stringify(selector)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    resultOwnership: 'none',
  });
  const value = host.result.result.value as { shadowRoot?: { sharedId?: string } } | undefined;
  const sharedId = value?.shadowRoot?.sharedId;
  if (!sharedId) return null;
  const out = await connection.send('script.callFunction', {
    functionDeclaration: call(fn),
    arguments: [{ sharedId }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  return JSON.parse(out.result.result.value as string) as R | null;
}

interface BidiConnection {
  send(method: string, params: object): Promise<BidiResult>;
}
