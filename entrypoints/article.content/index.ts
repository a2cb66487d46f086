import { ContentScriptContext } from '../news.content/context';
import { startPage } from '../news.content/page';

/**
 * What an article needs (reading the page, the highlighter, the hover card; not Readability,
 * which runs off the page, or in the page from the reader script, entrypoints/reader.ts, injected
 * on request), injected by the background into the top frame when the gate
 * (entrypoints/news.content/gate.ts) finds an article: `scripting.executeScript` in Chrome,
 * `tabs.executeScript` in Firefox (utils/background/inject.ts). Never in the manifest's content
 * scripts and never web-accessible, so other pages neither pay for it nor can detect it. It runs
 * in the content scripts' world and takes over from the gate there.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const world = globalThis as { sourcelensArticle?: true };
    // Injected once per document: a second request (a page asking again) finds it running.
    if (window.top !== window || world.sourcelensArticle) return;
    world.sourcelensArticle = true;
    startPage(new ContentScriptContext());
  },
});
