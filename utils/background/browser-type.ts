import type { browser } from 'wxt/browser';

/** The extension API object (`browser`), as a type: injected so tests can pass a fake one. */
export type Browser = typeof browser;
