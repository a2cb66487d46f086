/**
 * The article script goes only where the browser says the gate's request came from: the
 * sender's tab, its top frame and (Chrome) its document, on an http(s) page; never where the
 * message says, and never into a frame or a page the content script does not run on.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from '../../utils/background/browser-type';
import {
  ARTICLE_SCRIPT,
  READER_SCRIPT,
  createArticleInjector,
} from '../../utils/background/inject';
import { fromTab, makeService } from './support';

/** A browser with Chrome's `scripting`, or (no `scripting`) Firefox MV2's `tabs.executeScript`. */
function fakeInjectors(withScripting: boolean) {
  const executeScript = vi.fn(async () => [{ result: undefined }]);
  const tabsExecuteScript = vi.fn(async () => [undefined]);
  const browser = {
    ...(withScripting ? { scripting: { executeScript } } : {}),
    tabs: { executeScript: tabsExecuteScript },
  } as unknown as Browser;
  return { browser, executeScript, tabsExecuteScript };
}

describe('injecting the article script', () => {
  it('goes to the sender’s document in Chrome, else to its tab’s top frame', async () => {
    const { browser, executeScript } = fakeInjectors(true);
    const inject = createArticleInjector(browser);
    const page = { tabId: 7, frameId: 0, url: 'https://news.example/a' };
    expect(await inject({ ...page, documentId: 'doc-1' })).toEqual({ ok: true, value: null });
    expect(await inject(page)).toEqual({ ok: true, value: null });
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7, documentIds: ['doc-1'] }, files: [ARTICLE_SCRIPT] }],
      [{ target: { tabId: 7, frameIds: [0] }, files: [ARTICLE_SCRIPT] }],
    ]);
  });

  it('uses tabs.executeScript in Firefox MV2, top frame only', async () => {
    const { browser, tabsExecuteScript } = fakeInjectors(false);
    const inject = createArticleInjector(browser);
    await inject({ tabId: 3, frameId: 0, url: 'http://news.example/a' });
    expect(tabsExecuteScript.mock.calls).toEqual([[3, { file: ARTICLE_SCRIPT, frameId: 0 }]]);
  });

  it.each([
    ['a frame', { frameId: 2, url: 'https://news.example/a' }],
    ['no frame', { frameId: undefined, url: 'https://news.example/a' }],
    ['a file page', { frameId: 0, url: 'file:///home/a.html' }],
    ['an extension page', { frameId: 0, url: 'chrome-extension://abc/popup.html' }],
    ['no address', { frameId: 0, url: undefined }],
  ])('refuses %s', async (_, sender) => {
    const { browser, executeScript } = fakeInjectors(true);
    const reply = await createArticleInjector(browser)({ tabId: 1, ...sender });
    expect(reply.ok).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('turns a browser refusal into an error reply', async () => {
    const { browser, executeScript } = fakeInjectors(true);
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const reply = await createArticleInjector(browser)({
      tabId: 1,
      frameId: 0,
      url: 'https://news.example/a',
    });
    expect(reply).toEqual({ ok: false, error: 'Cannot access contents of the page' });
  });

  it('is asked by the service with the browser’s sender, whatever the payload says', async () => {
    const injectArticle = vi.fn(async () => ({ ok: true as const, value: null }));
    const service = makeService(undefined, { injectArticle });
    const sender = { ...fromTab(4), documentId: 'doc-4' };
    expect(await service.handleMessage({ type: 'loadArticleCode', data: null }, sender)).toEqual({
      ok: true,
      value: null,
    });
    const where = { tabId: 4, url: 'https://news.example/article-4', frameId: 0 };
    expect(injectArticle.mock.calls).toEqual([[{ ...where, documentId: 'doc-4' }, 'article']]);
    const claims = { type: 'loadArticleCode', data: { tabId: 9, url: 'https://other.example/' } };
    expect((await service.handleMessage(claims, sender)).ok).toBe(false);
    const fromFrame = { ...fromTab(4), frameId: 3 };
    expect(
      (await service.handleMessage({ type: 'loadArticleCode', data: null }, fromFrame)).ok,
    ).toBe(false);
    expect(injectArticle).toHaveBeenCalledTimes(1);
    // The article script asks for the reader script (Readability in the page) the same way.
    const reader = { type: 'loadArticleCode', data: 'reader' };
    expect((await service.handleMessage(reader, sender)).ok).toBe(true);
    expect(injectArticle.mock.calls[1]).toEqual([{ ...where, documentId: 'doc-4' }, 'reader']);
    const other = { type: 'loadArticleCode', data: 'https://evil.example/x.js' };
    expect((await service.handleMessage(other, sender)).ok).toBe(false);
    expect(injectArticle).toHaveBeenCalledTimes(2);
  });

  it('injects the reader script, outside content-scripts/, the same way', async () => {
    const chrome = fakeInjectors(true);
    const page = { tabId: 7, frameId: 0, url: 'https://news.example/a', documentId: 'd' };
    await createArticleInjector(chrome.browser)(page, 'reader');
    expect(chrome.executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7, documentIds: ['d'] }, files: [READER_SCRIPT] }],
    ]);
    expect(READER_SCRIPT.startsWith('/content-scripts/')).toBe(false);
    const firefox = fakeInjectors(false);
    await createArticleInjector(firefox.browser)({ ...page, documentId: undefined }, 'reader');
    expect(firefox.tabsExecuteScript.mock.calls).toEqual([
      [7, { file: READER_SCRIPT, frameId: 0 }],
    ]);
  });
});
