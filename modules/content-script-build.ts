import { resolve } from 'node:path';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/**
 * Shrinks the content scripts, which every page pays for (budget: 20 KiB gzipped in all, see
 * docs/performance.md "Size"). Other entrypoints are built as WXT builds them.
 *
 * - They use the browser's own `browser`/`chrome` object, not webextension-polyfill (2.7 KiB):
 *   every call they make (`runtime.sendMessage`, `runtime.onMessage` with `sendResponse`,
 *   `storage.*.get`, `i18n.getMessage`) returns a promise or takes the same arguments in Chrome
 *   MV3 and Firefox.
 * - WXT's `ContentScriptContext` is replaced by ours (entrypoints/news.content/context.ts),
 *   which tells the page nothing (WXT's announces each start with a `postMessage` any page can
 *   read) and costs 0.4 KiB instead of 1.5.
 * - A last pass of terser over the bundle gives properties whose names start with `_` short
 *   names (0.9 KiB with its compression): Readability keeps all its internals there
 *   (`this._grabArticle`, `node._readabilityDataTable`) and never reads them by a computed
 *   name; our own code reads the few it needs by name (utils/extract/prune.ts), so they are
 *   renamed alike. The e2e tests and the benchmark run this build.
 */
/**
 * Readability's debug logging, dropped from our copy: `this.log(…)` does nothing unless its
 * `debug` option is on, but its arguments are still built on every parse, one of them a
 * serialization of the whole article to HTML ("Grabbed: " + innerHTML). Arguments are strings,
 * nodes and property reads, so dropping the calls changes nothing else (0.4 KiB less, and no
 * article serialized for nothing).
 */
const quietReadability = (): Plugin => ({
  name: 'sourcelens:quiet-readability',
  async transform(source, id) {
    if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
    // Branches that never run in our use go (0.4 KiB): its `debug` option and `maxElemsToParse`,
    // which we never pass (the logger, and serializing the article for it), the class cleaning
    // that `keepClasses` (always on, extract.ts) turns off, and the checks for Firefox's
    // internal JSDOMParser, which is no browser DOM.
    const deadBranches: [string, number][] = [
      ['if (this._debug) {', 4],
      ['if (!this._keepClasses) {', 1],
      ['if (this._maxElemsToParse > 0) {', 1],
      ['if (this._docJSDOMParser && nodeList._isLiveNodeList) {', 2],
    ];
    let code = source;
    for (const [branch, count] of deadBranches) {
      if (code.split(branch).length !== count + 1)
        throw new Error(`Readability: ${branch} changed`);
      code = code.replaceAll(branch, 'if (false) {');
    }
    // Three of its regexes are left from older versions, and the class cleaning is unreachable
    // now: nothing reads them.
    const unused = /^\s*(?:nextLink|prevLink|replaceFonts): \/.*\/[gi]*,$/gm;
    if (code.match(unused)?.length !== 3) throw new Error('Readability: unused regexes changed');
    const cleanClasses = /^ {2}_cleanClasses\(node\) \{\n[\s\S]*?\n {2}\},\n/m;
    if (!cleanClasses.test(code)) throw new Error('Readability: _cleanClasses changed');
    code = code.replace(unused, '').replace(cleanClasses, '');
    // We always pass a document: its long complaint about other arguments can be short.
    const notDocument = '"First argument to Readability constructor should be a document object."';
    if (!code.includes(notDocument)) throw new Error('Readability: constructor changed');
    code = code.replace(notDocument, '"Not a document"');
    const out = await minify(code, {
      compress: {
        defaults: false,
        conditionals: true,
        dead_code: true,
        evaluate: true,
        pure_funcs: ['this.log'],
        pure_getters: true,
        side_effects: true,
      },
      mangle: false,
      format: { beautify: true },
    });
    if (!out.code || /this\.log\(|_cleanClasses/.test(out.code))
      throw new Error('Readability: log calls or class cleaning left');
    return { code: out.code, map: null };
  },
});

const shortPrivateNames = (): Plugin => ({
  name: 'sourcelens:short-private-names',
  enforce: 'post',
  async generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const out = await minify(file.code, {
        compress: { passes: 2 },
        mangle: { properties: { regex: /^_/ } },
      });
      file.code = out.code ?? file.code;
      if (file.fileName === ARTICLE_FILE) file.code = `${COMPILE_ALL_HINT}\n${file.code}`;
    }
  },
});

/** The article script as built (utils/background/inject.ts injects it on articles only). */
const ARTICLE_FILE = 'content-scripts/article.js';
/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): compile every function
 * of the file when the script is compiled. Without it V8 pre-parses each function at injection
 * and parses it again on its first call, once more for each level of nesting, in whichever
 * task first calls it. Most of the article script (reading, mapping, anchoring, drawing) runs
 * on every article it is injected into, so one full parse up front costs the page less
 * (docs/performance.md, "Compiling the article script at injection"). Not on the gate, which on
 * pages that are no article runs only its first function.
 */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

export default defineWxtModule({
  name: 'sourcelens:content-script-build',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      // The reader script (entrypoints/reader.ts) is the in-page Readability of the article
      // script, injected into the same world: built the same way.
      const isPageScript = (e: (typeof entrypoints)[number]) =>
        e.type === 'content-script' || (e.type === 'unlisted-script' && e.name === 'reader');
      if (!entrypoints.every(isPageScript)) return;
      const own = [
        {
          find: /^wxt\/browser$/,
          replacement: resolve(wxt.config.root, 'modules/content-script-browser.ts'),
        },
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(wxt.config.root, 'entrypoints/news.content/context.ts'),
        },
      ];
      const alias = config.resolve?.alias ?? [];
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...own, ...rest] };
      config.plugins = [...(config.plugins ?? []), quietReadability(), shortPrivateNames()];
    });
  },
});
