import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openPopup,
  openTab,
  readBadge,
  type FirefoxSession,
} from './support/firefox';
import { poll } from './support/poll';
import { REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  firefoxProxyPrefs,
  startRecordingProxy,
  type RecordingProxy,
} from './support-security/recording-proxy';

// Privacy in Debian Firefox ESR: all of Firefox's traffic, localhost included, goes through a
// recording proxy (nothing is forwarded but the fixture page), so every request of every
// context (page, popup, background page) is seen. With default settings SourceLens adds none.
// FIREFOX_BUILD_DIR points at another build if set.

/**
 * Firefox's own traffic, not ours: Remote Settings, asked for as soon as the browser starts,
 * before the extension does anything (the test checks that it was seen then).
 */
const FIREFOX_OWN = new Set(['firefox.settings.services.mozilla.com:443']);

describe('privacy (Firefox)', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRecordingProxy([server.origin]);
    session = await launchFirefoxWithExtension(
      process.env.FIREFOX_BUILD_DIR || undefined,
      firefoxProxyPrefs(proxy.port),
    );
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('makes no request outside the page with default settings', async () => {
    const atStart = new Set(proxy.seen);
    // The proxy must see an extension context's requests, or "none seen" would prove nothing.
    await session.control.evaluate(() =>
      fetch('http://canary.invalid/').then(
        () => undefined,
        () => undefined,
      ),
    );
    await poll(() => proxy.seen.includes('http://canary.invalid/'), {
      message: 'the canary request',
    });
    const fromHere = proxy.seen.length;

    const { tabId } = await openTab(session, server.url(REFERENCE_PAGE));
    await poll(async () => (await readBadge(session, tabId)) || null, { message: 'the badge' });
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 3_000));

    const after = proxy.seen.slice(fromHere);
    expect(after.filter((u) => u.startsWith(server.origin + '/')).length).toBeGreaterThan(0);
    const outside = after.filter((u) => !u.startsWith(server.origin + '/'));
    expect(outside.filter((u) => !FIREFOX_OWN.has(u))).toEqual([]);
    for (const own of new Set(outside))
      expect(atStart.has(own), `${own} was asked for before SourceLens ran`).toBe(true);
    await popup.close();
  });
});
