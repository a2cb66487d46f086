/**
 * The content scripts' `browser` (`wxt/browser` resolves here for them, see
 * content-script-build.ts): the browser's own extension API object, as `@wxt-dev/browser`
 * picks it, but looked up on first use. `@wxt-dev/browser` reads `globalThis.browser?.runtime?.id`
 * when the script starts, and Chromium builds an extension API's bindings the first time a
 * script touches it (Chromium 156 defines `browser` in the content scripts' world): the gate
 * runs on every page, and on a page that is no article it touches no extension API at all.
 */
type Api = typeof import('@wxt-dev/browser').browser;

let api: Api | undefined;
const pick = (): Api => {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (api ??= g.browser?.runtime?.id ? g.browser : g.chrome!);
};

export const browser = new Proxy({} as Api, {
  get: (_, key) => pick()[key as keyof Api],
});
