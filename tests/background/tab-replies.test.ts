/**
 * Requests the background forwards to a tab (the popup's switch and credit list): the content
 * script answers from the page's process, so its reply is validated like any untrusted message
 * before the popup sees it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CreditKind } from '../../utils/core/types';
import { article, fromPopup, fromTab, makeService, testBrowser } from './support';

const TAB = 4;

// The extension typings give tabs.sendMessage callback overloads; the stub only needs the
// promise form, hence the cast.
const answerWith = (reply: () => Promise<unknown>) =>
  vi.spyOn(testBrowser.tabs, 'sendMessage').mockImplementation(reply as never);

async function readyService() {
  const service = makeService();
  await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(TAB));
  return service;
}

const toggle = (service: Awaited<ReturnType<typeof readyService>>) =>
  service.handleMessage({ type: 'setHighlights', data: { tabId: TAB, on: false } }, fromPopup());

describe('replies from a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('forwards the switch to the tab’s top frame and passes its answer on', async () => {
    const send = answerWith(async () => ({ ok: true, value: null }));
    expect(await toggle(await readyService())).toEqual({ ok: true, value: null });
    expect(send).toHaveBeenCalledWith(
      TAB,
      { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [] } },
      { frameId: 0 },
    );
  });

  it('passes on a refusal, its message cut to 500 characters', async () => {
    answerWith(async () => ({ ok: false, error: 'x'.repeat(5_000) }));
    expect(await toggle(await readyService())).toEqual({ ok: false, error: 'x'.repeat(500) });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['a forged value', { ok: true, value: { status: 'ready', report: {} } }],
    ['no value', { ok: true }],
  ])('turns %s into a refusal', async (_name, reply) => {
    answerWith(async () => reply);
    expect((await toggle(await readyService())).ok).toBe(false);
  });

  it('says the page is unreachable when no content script answers', async () => {
    answerWith(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await toggle(await readyService())).toMatchObject({ ok: false });
  });
});

describe('what a tab draws', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('follows the switch and the kinds the settings allow on its site, and hears of changes', async () => {
    let allowed: CreditKind[] = ['photo'];
    const seen: string[] = [];
    const service = makeService(undefined, {
      drawableKinds: async (url) => (seen.push(url), allowed),
    });
    const reply = await service.handleMessage(
      { type: 'submitArticle', data: article() },
      fromTab(TAB, 'https://news.example/story'),
    );
    expect(reply).toMatchObject({ ok: true, value: { plan: { drawKinds: ['photo'] } } });
    expect(seen).toEqual(['https://news.example/a']);
    const send = answerWith(async () => ({ ok: true, value: null }));
    allowed = ['report', 'photo'];
    await service.redrawAll();
    expect(send).toHaveBeenLastCalledWith(
      TAB,
      { type: 'showHighlights', data: { drawKinds: ['report', 'photo'], hideOutlets: [] } },
      { frameId: 0 },
    );
    await service.handleMessage(
      { type: 'setHighlights', data: { tabId: TAB, on: false } },
      fromPopup(),
    );
    await service.redrawAll();
    expect(send).toHaveBeenLastCalledWith(
      TAB,
      { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [] } },
      { frameId: 0 },
    );
  });

  it('leaves a credit the reader dismissed on the site out of the badge and the page', async () => {
    let dismissed = new Set<string>();
    const sites: string[] = [];
    const service = makeService(undefined, {
      dismissedOutlets: async (url) => (sites.push(url), dismissed),
    });
    const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
    const reply = await service.handleMessage(
      { type: 'submitArticle', data: article() },
      fromTab(TAB, 'https://news.example/a'),
    );
    expect(reply).toMatchObject({ ok: true, value: { plan: { hideOutlets: [] } } });
    expect(await badge()).toBe('2');
    expect(sites).toEqual(['https://news.example/a']);

    // Dismissed in the popup: the corrections change, the background redraws.
    const state = await service.store.get(TAB);
    const reutersAt =
      state?.status === 'ready' ? state.report.outlets.findIndex((o) => o.id === 'reuters') : -1;
    expect(reutersAt).toBeGreaterThanOrEqual(0);
    dismissed = new Set(['reuters']);
    const send = answerWith(async () => ({ ok: true, value: null }));
    await service.redrawAll();
    expect(await badge()).toBe('1');
    expect(send).toHaveBeenLastCalledWith(
      TAB,
      {
        type: 'showHighlights',
        data: { drawKinds: expect.any(Array), hideOutlets: [reutersAt] },
      },
      { frameId: 0 },
    );

    // Restored: counted and drawn again. The report itself never loses the outlet.
    dismissed = new Set();
    await service.redrawAll();
    expect(await badge()).toBe('2');
    const after = await service.store.get(TAB);
    expect(after?.status === 'ready' && after.report.outlets.length).toBe(2);
  });
});
