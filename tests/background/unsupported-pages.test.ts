/**
 * Pages SourceLens cannot run on get a clear popup state instead of "loading" forever: browser
 * pages, non-web schemes and the extension stores, where browsers inject no content script (the
 * Chrome Web Store cannot be loaded offline in e2e, so its state logic is tested here).
 */
import { describe, expect, it } from 'vitest';
import { isSupportedUrl } from '../../utils/ui/use-tab-state';

describe('isSupportedUrl', () => {
  it.each([
    'chrome://version',
    'chrome://newtab/',
    'edge://settings',
    'about:blank',
    'about:addons',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://0b8f2d3c/popup.html',
    'view-source:https://news.example/',
    'file:///home/user/article.html',
    'data:text/html,<p>hi</p>',
    'https://chromewebstore.google.com/',
    'https://chromewebstore.google.com/detail/sourcelens/abcdefghijklmnop',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/addon/sourcelens/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
  ])('says %s is unsupported', (url) => {
    expect(isSupportedUrl(url)).toBe(false);
  });

  it.each([
    'https://www.reuters.com/world/',
    'http://127.0.0.1:8080/pages/x/source.html',
    'https://chromewebstore.google.com.evil.example/',
    'https://news.example/chromewebstore.google.com',
    'https://chrome.google.com/search',
    undefined, // no address visible: let the background answer
  ])('lets the background answer for %s', (url) => {
    expect(isSupportedUrl(url)).toBe(true);
  });
});
