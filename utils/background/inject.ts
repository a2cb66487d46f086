import type { Browser } from './browser-type';
import { refuse, type Result } from '../messaging';

/** The article script as built (entrypoints/article.content/: reading, highlighter, card). */
export const ARTICLE_SCRIPT = '/content-scripts/article.js' as const;
/**
 * Readability for the page itself (entrypoints/reader.ts), asked for by the article script only
 * when the off-page parse failed and the reader pressed "analyze". Outside content-scripts/: no
 * page pays for it on load.
 */
export const READER_SCRIPT = '/reader.js' as const;
const SCRIPTS = { article: ARTICLE_SCRIPT, reader: READER_SCRIPT } as const;

/** Where a gate's request came from, as the browser reports it (never as the message says). */
export interface InjectTarget {
  tabId: number;
  frameId: number | undefined;
  url: string | undefined;
  /** Chrome 106+: the sender's document, so a tab that navigated meanwhile gets nothing. */
  documentId?: string;
}

/** The pages the gate runs on (the content script's matches: http and https). */
function isWebPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Injects the article script (or, on its request, the reader script) into the top frame of the
 * tab whose gate found an article, and
 * nowhere else: the tab, frame, document and address are the sender's, from the browser; a
 * frame or a page the gate does not run on is refused. Chrome: `scripting.executeScript`;
 * Firefox MV2: `tabs.executeScript`. Both need the http(s) host permissions in the manifest: a
 * content script's match patterns do not grant injection (docs/privacy.md, Permissions).
 * A request the page's process repeats costs it only its own time: the script starts once per
 * document (entrypoints/article.content/).
 */
export function createArticleInjector(browser: Browser) {
  return async (
    { tabId, frameId, url, documentId }: InjectTarget,
    which: keyof typeof SCRIPTS = 'article',
  ): Promise<Result<null>> => {
    const file = SCRIPTS[which];
    if (frameId !== 0 || !isWebPage(url)) return refuse('Not a top-level web page');
    try {
      if (browser.scripting) {
        const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
        await browser.scripting.executeScript({ target, files: [file] });
      } else {
        await browser.tabs.executeScript(tabId, { file, frameId: 0 });
      }
      return { ok: true, value: null };
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e));
    }
  };
}

export type ArticleInjector = ReturnType<typeof createArticleInjector>;
