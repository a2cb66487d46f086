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
