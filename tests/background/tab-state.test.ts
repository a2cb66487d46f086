/**
 * What the popup hears about a tab with no report: "loading" while the page loads or while a
 * content script is at work, and a clear error once the tab has loaded with no SourceLens
 * content script in it (browser pages, extension stores), instead of "loading" forever.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromPopup, makeService, testBrowser } from './support';

// The extension typings give tabs.get and tabs.sendMessage callback overloads; the stubs only
// need the promise form, hence the casts.
const stubTab = (answer: () => Promise<unknown>) =>
  vi.spyOn(testBrowser.tabs, 'get').mockImplementation(answer as never);
const stubProbe = (answer: () => Promise<unknown>) =>
  vi.spyOn(testBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
const ask = (service: ReturnType<typeof makeService>, tabId: number) =>
  service.handleMessage({ type: 'getTabState', data: { tabId } }, fromPopup());

describe('tab state without a report', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('says "loading" while the tab is still loading, without probing it', async () => {
    stubTab(async () => ({ id: 3, status: 'loading' }));
    const probe = vi.spyOn(testBrowser.tabs, 'sendMessage');
    expect(await ask(makeService(), 3)).toEqual({ ok: true, value: { status: 'loading' } });
    expect(probe).not.toHaveBeenCalled();
  });

  it('says "loading" when a content script answers (it is still reading the page)', async () => {
    stubTab(async () => ({ id: 3, status: 'complete' }));
    stubProbe(async () => ({ ok: false, error: 'Unknown message type' }));
    expect(await ask(makeService(), 3)).toEqual({ ok: true, value: { status: 'loading' } });
  });

  it.each(['not-article', 'waiting'])(
    'says what the content script says of its page: %s',
    async (status) => {
      stubTab(async () => ({ id: 3, status: 'complete' }));
      const probe = stubProbe(async () => ({ ok: true, value: { status } }));
      expect(await ask(makeService(), 3)).toEqual({ ok: true, value: { status } });
      expect(probe).toHaveBeenCalledWith(3, { type: 'getPageState', data: null }, { frameId: 0 });
    },
  );

  it('reads any other answer from the page as "loading"', async () => {
    stubTab(async () => ({ id: 3, status: 'complete' }));
    stubProbe(async () => ({ ok: true, value: { status: 'ready', report: {} } }));
    expect(await ask(makeService(), 3)).toEqual({ ok: true, value: { status: 'loading' } });
  });

  it('says "not running" for a loaded tab where no content script runs', async () => {
    stubTab(async () => ({ id: 3, status: 'complete' }));
    const probe = stubProbe(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const reply = await ask(makeService(), 3);
    expect(reply).toEqual({ ok: true, value: { status: 'not-running' } });
    // Asked twice: a document_idle script may arrive just after the load event.
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['not-article', { status: 'not-article' }],
    ['loading', { status: 'loading' }],
    ['ready', { status: 'not-running' }],
    [{ status: 'not-article' }, { status: 'not-running' }],
  ])(
    'Chrome: reads the gate’s %j in the content scripts’ world when no script answers',
    async (state, expected) => {
      stubTab(async () => ({ id: 3, status: 'complete' }));
      stubProbe(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      });
      const executeScript = vi
        .spyOn(testBrowser.scripting, 'executeScript')
        .mockImplementation((async () => [{ frameId: 0, result: state }]) as never);
      expect(await ask(makeService(), 3)).toEqual({ ok: true, value: expected });
      expect(executeScript).toHaveBeenCalledWith(
        expect.objectContaining({ target: { tabId: 3, frameIds: [0] } }),
      );
    },
  );

  it('says "loading" for a tab the browser does not know (closed meanwhile)', async () => {
    stubTab(async () => {
      throw new Error('No tab with id: 3');
    });
    expect(await ask(makeService(), 3)).toEqual({ ok: true, value: { status: 'loading' } });
  });
});
