import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import { reportOf } from './support/expectations';
import { CHROME_BUILD, ROOT } from './support/paths';
import { poll } from './support/poll';
import { requestTabState } from './support/probes';
import { REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

// Privacy, proven in Debian Chromium: every request of every context (the article page, the
// popup, the extension's service worker) is recorded while SourceLens annotates the reference
// page. By default nothing leaves 127.0.0.1; with live lookups on, only api.gdeltproject.org is
// asked (answered here from a recorded reply, never the network), and never with the article's
// text or address. CHROME_BUILD_DIR points at another build if set.

const GDELT_HOST = 'api.gdeltproject.org';

/** The chrome.* calls this file makes inside the service worker (no @types/chrome needed). */
declare const chrome: {
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  permissions: unknown;
};

interface Seen {
  url: string;
  /** The service worker that made it, if any (Playwright reports worker requests too). */
  worker: string | null;
  headers: Record<string, string>;
}

describe('privacy (Chromium)', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let seen: Seen[];
  const opened: Page[] = [];

  /** Requests that are neither the fixture page and its subresources nor the extension's own files. */
  const outside = () =>
    seen.filter(
      (r) => !r.url.startsWith(server.origin + '/') && !r.url.startsWith(session.extensionUrl('')),
    );

  beforeEach(async () => {
    server = await startFixtureServer();
    session = await launchChromiumWithExtension(process.env.CHROME_BUILD_DIR || undefined);
    seen = [];
    session.context.on('request', (r: Request) =>
      seen.push({ url: r.url(), worker: r.serviceWorker()?.url() ?? null, headers: r.headers() }),
    );
    // Nothing may reach the network: GDELT gets a recorded reply, anything else is cut off.
    const gdeltReply = await readFile(
      join(ROOT, 'tests/fixtures/gdelt/artlist-us-israel.json'),
      'utf8',
    );
    await session.context.route(
      (u) => u.protocol.startsWith('http') && u.origin !== server.origin,
      (route) =>
        new URL(route.request().url()).hostname === GDELT_HOST
          ? route.fulfill({
              status: 200,
              contentType: 'application/json',
              headers: { 'access-control-allow-origin': '*' },
              body: gdeltReply,
            })
          : route.abort(),
    );
    // The recorder must see the worker's requests, or "none seen" would prove nothing.
    await session.worker.evaluate(
      (u) =>
        fetch(u)
          .catch(() => null)
          .then(() => undefined),
      server.url('canary'),
    );
    await poll(() => seen.some((r) => r.url.endsWith('/canary') && r.worker !== null), {
      message: 'the canary request',
    });
    seen = [];
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
    await session?.close();
    await server?.close();
  });

  /** Annotates the reference page and opens its popup until the report is there. */
  async function annotateReference() {
    const tab = await openTab(session, server.url(REFERENCE_PAGE));
    opened.push(tab.page);
    await poll(async () => (await readBadge(session.worker, tab.tabId)) || null, {
      message: 'the badge',
    });
    const popup = await openPopup(session, tab.tabId);
    opened.push(popup);
    await poll(async () => reportOf(await popup.evaluate(requestTabState, tab.tabId)), {
      message: 'the report',
    });
    await popup.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
    return { ...tab, popup };
  }

  it('makes no request at all outside the page with default settings', async () => {
    await annotateReference();
    // Give any late request (lookups, telemetry, fonts) time to show up.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(outside()).toEqual([]);
    expect(seen.filter((r) => r.worker !== null)).toEqual([]);
  });

  it('gives pages no way in: no extension files to fetch, no runtime to message', async () => {
    const { page } = await annotateReference();
    const reach = await page.evaluate(async (manifestUrl) => {
      const g = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } };
      const fetched = await fetch(manifestUrl).then(
        () => true,
        () => false,
      );
      return { fetched, canMessage: typeof g.chrome?.runtime?.sendMessage === 'function' };
    }, session.extensionUrl('popup.html'));
    expect(reach).toEqual({ fetched: false, canMessage: false });
    // Because the built manifest exposes no file to pages (they cannot fingerprint or frame
    // SourceLens) and accepts no message from them.
    const manifest = JSON.parse(
      await readFile(join(process.env.CHROME_BUILD_DIR || CHROME_BUILD, 'manifest.json'), 'utf8'),
    );
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('with live lookups on, asks only GDELT, and never with the article text or address', async () => {
    await session.worker.evaluate(async () => {
      const key = 'sourcelens-settings';
      const current = ((await chrome.storage.sync.get(key))[key] ?? {}) as object;
      await chrome.storage.sync.set({
        [key]: { ...current, liveLookups: true },
        [`${key}$`]: { v: 2 },
      });
      // The host permission is granted by the reader in the options page (a browser prompt no
      // test can click): stand in for that answer, keeping the check itself in place.
      const permissions = chrome.permissions as unknown as {
        contains: (p: unknown, cb?: (ok: boolean) => void) => Promise<boolean>;
      };
      permissions.contains = (_p, cb) => {
        cb?.(true);
        return Promise.resolve(true);
      };
    });
    const { page } = await annotateReference();
    await poll(() => outside().some((r) => new URL(r.url).hostname === GDELT_HOST), {
      message: 'the GDELT request',
    });
    await new Promise((r) => setTimeout(r, 2_000));

    const requests = outside();
    expect(requests.map((r) => new URL(r.url).hostname)).toEqual(requests.map(() => GDELT_HOST));
    const pageUrl = page.url();
    const articleText = await page.evaluate(() => document.body.innerText);
    for (const r of requests) {
      const sent = decodeURIComponent(r.url);
      expect(sent).not.toContain(pageUrl);
      expect(sent).not.toContain(new URL(pageUrl).host);
      expect(sent).not.toContain('us-israel-relations');
      expect(sent).not.toContain('vietnam.vn');
      expect(Object.keys(r.headers).map((h) => h.toLowerCase())).not.toContain('cookie');
      expect(r.headers.referer ?? '').not.toContain(new URL(pageUrl).host);
      // No run of six words of the article: a few keywords may go, sentences never.
      const words = articleText.split(/\s+/).filter(Boolean);
      const query = sent.replace(/[^\p{L}\p{N}]+/gu, ' ').toLowerCase();
      for (let i = 0; i + 6 <= words.length; i++) {
        const run = words
          .slice(i, i + 6)
          .join(' ')
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
          .toLowerCase();
        if (run.split(' ').length >= 6) expect(query).not.toContain(run);
      }
    }
  });
});
