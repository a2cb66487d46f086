/**
 * The content script's context: what it creates (timers, listeners) stops when the extension is
 * reloaded, updated or removed, as with WXT's `ContentScriptContext`, whose place it takes in
 * the built content script (modules/content-script-build.ts). WXT's announces every start to
 * the page (a `postMessage` to the window and an event on the document, both named after the
 * extension's id) and reports address changes with events on the window: any page could read
 * those to learn that SourceLens is installed, and they cost 1.5 KiB of the 20 KiB budget. This
 * one tells the page nothing and keeps the members SourceLens uses, with WXT's signatures.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  /** Aborts when the context is invalidated. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the extension's runtime is gone (reloaded, updated, removed) or `abort` ran. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.signal.aborted;
  }

  /** Invalidates the context (the extension went away; tests). */
  abort(): void {
    this.#controller.abort();
  }

  /** Calls `cb` when the context is invalidated; returns the function that stops that. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** `setTimeout` whose handler runs only while the context is valid. */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isInvalid || handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** `setInterval` whose handler runs only while the context is valid. */
  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isInvalid || handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** `requestIdleCallback` whose callback runs only while the context is valid. */
  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number {
    const id = requestIdleCallback(() => this.isInvalid || callback(), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * Calls `cb` after the page changes its address without loading a new document (a
   * single-page app's `pushState`): the Navigation API where the browser has it, else a look
   * at the address once a second.
   */
  onLocationChange(cb: () => void): void {
    let last = location.href;
    const check = () => {
      if (location.href === last) return;
      last = location.href;
      cb();
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    // 'navigatesuccess': the address has changed by then (on 'navigate' it is still the old one).
    if (nav) nav.addEventListener('navigatesuccess', check, { signal: this.signal });
    else this.setInterval(check, 1_000);
  }
}
