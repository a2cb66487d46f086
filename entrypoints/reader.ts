import { readInPage, type ReaderWorld } from './news.content/read-in-page';

/**
 * Readability for the page itself: injected by the background into a page's top frame only when
 * its article script asks (the off-page parse failed and the reader pressed "analyze"), like the
 * article script (utils/background/inject.ts). It runs in the content scripts' world and leaves
 * `readInPage` there for the article script; never in the manifest, never web-accessible, and
 * outside content-scripts/ (docs/performance.md).
 */
export default defineUnlistedScript(() => {
  (globalThis as ReaderWorld).sourcelensReadInPage ??= readInPage;
});
