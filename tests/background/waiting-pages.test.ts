/**
 * Pages too big to read on load: the content script says "waiting", the badge shows it, and the
 * popup's `analyzeTab` asks the page to read its article now. Also: the page's address after a
 * `pushState` navigation, which the content script reports and the background checks.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseReportUrl } from '../../utils/background/service';
import { WAITING_BADGE } from '../../utils/background/badge';
import { article, fromPopup, fromTab, makeService, testBrowser } from './support';

const TAB = 4;

const stubPage = (answer: (message: unknown) => Promise<unknown>) =>
  vi.spyOn(testBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
const popupAsks = (service: ReturnType<typeof makeService>, type: string) =>
  service.handleMessage({ type, data: { tabId: TAB } }, fromPopup());

describe('a page that waits for the reader', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps "waiting" for the tab and shows it on the badge', async () => {
    const service = makeService();
    const sent = { type: 'reportPageState', data: { status: 'waiting' } };
    expect(await service.handleMessage(sent, fromTab(TAB))).toEqual({ ok: true, value: null });
    expect(await popupAsks(service, 'getTabState')).toEqual({
      ok: true,
      value: { status: 'waiting' },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(WAITING_BADGE);
  });

  it('asks the page to read its article when the popup asks, and says "analyzing" meanwhile', async () => {
    const service = makeService();
    await service.handleMessage(
      { type: 'reportPageState', data: { status: 'waiting' } },
      fromTab(TAB),
    );
    const page = stubPage(async () => ({ ok: true, value: null }));
    expect(await popupAsks(service, 'analyzeTab')).toEqual({ ok: true, value: null });
    expect(page).toHaveBeenCalledWith(TAB, { type: 'analyzePage', data: null }, { frameId: 0 });
    expect(await popupAsks(service, 'getTabState')).toEqual({
      ok: true,
      value: { status: 'analyzing' },
    });
    await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(TAB));
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
  });

  it('goes back to "waiting" when the page cannot be reached', async () => {
    const service = makeService();
    await service.handleMessage(
      { type: 'reportPageState', data: { status: 'waiting' } },
      fromTab(TAB),
    );
    stubPage(async () => {
      throw new Error('Receiving end does not exist.');
    });
    expect((await popupAsks(service, 'analyzeTab')).ok).toBe(false);
    expect(await service.store.get(TAB)).toEqual({ status: 'waiting' });
  });

  it('leaves a tab that is not waiting alone', async () => {
    const service = makeService();
    await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(TAB));
    const page = stubPage(async () => ({ ok: true, value: null }));
    expect(await popupAsks(service, 'analyzeTab')).toEqual({ ok: true, value: null });
    expect(page).not.toHaveBeenCalled();
    expect((await service.store.get(TAB))?.status).toBe('ready');
  });
});

describe('the report address', () => {
  it.each([
    ['the page moved with pushState', 'https://news.example/b', 'https://news.example/b'],
    [
      'another origin (a page posing as an outlet)',
      'https://www.reuters.com/x',
      'https://news.example/a',
    ],
    ['another scheme', 'http://news.example/b', 'https://news.example/a'],
    ['not an address', 'nonsense', 'https://news.example/a'],
  ])(
    'takes the content script’s address only on the sender’s origin: %s',
    (_name, claimed, want) => {
      expect(chooseReportUrl(claimed, 'https://news.example/a')).toBe(want);
    },
  );

  it('files a report under the address the page moved to', async () => {
    fakeBrowser.reset();
    const service = makeService();
    await service.handleMessage(
      { type: 'submitArticle', data: article({ url: 'https://news.example/article-4/next' }) },
      fromTab(TAB),
    );
    const state = await service.store.get(TAB);
    expect(state?.status === 'ready' && state.report.url).toBe(
      'https://news.example/article-4/next',
    );
  });
});
