import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

/**
 * Makes `browser.i18n` answer from public/_locales/<lang>/messages.json, the way the browser
 * does ($1…$9 substitutions), since WXT's fake browser has no i18n. Returns the messages.
 */
export function stubI18n(lang = 'en'): Messages {
  const messages = JSON.parse(
    readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'),
  ) as Messages;
  const getMessage = (key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => lang });
  return messages;
}
