/**
 * The `getRelatedCoverage` route through the real background service (WXT's fake browser, a
 * recorded GDELT reply, an injected fetch): nothing is fetched unless the reader opted in AND
 * granted the host permission, and content scripts cannot ask at all.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import rawCatalog from '@/utils/core/catalog.json';
import { parseCatalog } from '@/utils/core/catalog-schema';
import { buildCatalogIndex } from '@/utils/core/report';
import type { Browser } from '@/utils/background/browser-type';
import { createLiveLookup } from '@/utils/background/live-lookup/lookup';
import { createBackgroundService, type SenderInfo } from '@/utils/background/service';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const popup: SenderInfo = { url: fakeBrowser.runtime.getURL('/popup.html') };
const tab = (id: number): SenderInfo => ({
  url: 'https://news.example/a',
  frameId: 0,
  tab: { id },
});
const article = {
  url: 'https://news.example/a',
  title: 'Gaza ceasefire vote at the Security Council',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedTime: '2024-03-26T10:00:00Z',
  text: 'The vote was delayed, according to Reuters.\nOfficials told AP the talks would go on.',
};

let optedIn: boolean;
let granted: boolean;
let fetch: ReturnType<typeof vi.fn>;

function makeService() {
  const timing = { now: () => 0, sleep: async () => undefined };
  return createBackgroundService({
    browser: fakeBrowser as unknown as Browser,
    getIndex: () => index,
    liveLookup: createLiveLookup({ fetch: fetch as unknown as typeof globalThis.fetch, timing }),
    isLiveLookupOn: async () => optedIn,
  });
}

describe('getRelatedCoverage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    optedIn = true;
    granted = true;
    fetch = vi.fn(
      async () => new Response(readFileSync('tests/fixtures/gdelt/artlist-us-israel.json', 'utf8')),
    );
    Object.assign(fakeBrowser.permissions, { contains: async () => granted });
  });

  const ask = async (service: ReturnType<typeof makeService>, sender = popup) => {
    await service.handleMessage({ type: 'submitArticle', data: article }, tab(3));
    return service.handleMessage({ type: 'getRelatedCoverage', data: { tabId: 3 } }, sender);
  };

  it('fetches once the reader opted in and granted the permission', async () => {
    const reply = await ask(makeService());
    expect(reply).toMatchObject({ ok: true, value: { status: 'done' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0][0])).toMatch(
      /^https:\/\/api\.gdeltproject\.org\/api\/v2\/doc\/doc\?/,
    );
  });

  it.each([
    [false, true, 'off'],
    [true, false, 'no-permission'],
  ])('does not fetch when opted in is %s and granted is %s', async (on, perm, status) => {
    optedIn = on;
    granted = perm;
    expect(await ask(makeService())).toEqual({ ok: true, value: { status } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses the message from a content script', async () => {
    const reply = await ask(makeService(), tab(3));
    expect(reply.ok).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is off when the background has no live lookup wired', async () => {
    const service = createBackgroundService({
      browser: fakeBrowser as unknown as Browser,
      getIndex: () => index,
    });
    await service.handleMessage({ type: 'submitArticle', data: article }, tab(3));
    expect(
      await service.handleMessage({ type: 'getRelatedCoverage', data: { tabId: 3 } }, popup),
    ).toEqual({
      ok: true,
      value: { status: 'off' },
    });
  });
});
