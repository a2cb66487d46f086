/**
 * UI strings through browser.i18n (English, Vietnamese, French in public/_locales). Falls back
 * to the key itself so a missing string is visible, never blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // The generated typings only accept known keys; keys here are built from enums at run time.
    const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
    const message = getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // i18n unavailable (unit tests without a browser): fall through.
  }
  return key;
}

/** `t(key)`, or `fallback` when the locale files have no such key (ids from the catalog). */
export function tOr(key: string, fallback: string): string {
  const message = t(key);
  return message === key ? fallback : message;
}

/**
 * A count with its noun: `tCount('credits', 1)` reads `credits_one`, any other count reads
 * `credits_many`. Two forms cover English and French (both "one" for 1 only here) and
 * Vietnamese (one form, written twice).
 */
export function tCount(key: string, count: number): string {
  return t(`${key}_${count === 1 ? 'one' : 'many'}`, String(count));
}

/** The browser's UI language (BCP 47), for Intl formatting of names, dates and lists. */
export function uiLocale(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang.replace('_', '-');
  } catch {
    // Not in an extension context.
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language;
}

/** "a, b and c" in the UI language. */
export function formatList(items: string[], locale = uiLocale()): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
