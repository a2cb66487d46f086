import type english from '../../public/_locales/en/messages.json';

/**
 * UI strings through browser.i18n, typed by the English messages file: a key that is not in
 * public/_locales/en/messages.json does not compile. tests/unit/locales.test.ts checks that every
 * locale (en, fr, vi) has exactly the same keys and the same placeholders, so the English type
 * speaks for all of them. The import is type-only: nothing of the JSON reaches a bundle.
 */

/** Every message key. */
export type MessageKey = keyof typeof english;

type BaseOf<K, Suffix extends string> = K extends `${infer B}_${Suffix}` ? B : never;

/** Keys of counted messages: `credits` for `credits_one` + `credits_other` (see `tCount`). */
export type PluralKey = BaseOf<MessageKey, 'one'> & BaseOf<MessageKey, 'other'>;

/** `news-agency` → `news_agency`, at the type level (ids use '-', keys use '_'). */
export type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/** `news-agency` → `news_agency`, keeping the literal type so the key stays checked. */
export const snake = <S extends string>(id: S): Snake<S> => id.replace(/-/g, '_') as Snake<S>;

function lookup(key: string, substitutions?: string | string[]): string {
  try {
    // browser.i18n's own typings know no keys; the type of `key` is checked by the callers.
    const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
    return getMessage(key, substitutions) || '';
  } catch {
    // i18n unavailable (unit tests without a browser).
    return '';
  }
}

/** The message for `key` in the UI language; the key itself when missing, so it shows, never blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return lookup(key, substitutions) || key;
}

/**
 * The message for a key built from outside data (a catalog source id, a typology), or
 * `fallback` when the locale files have no such key.
 */
export function tOr(key: string, fallback: string): string {
  return lookup(key) || fallback;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale` ('one', 'few', 'many', 'other'…). */
export function pluralCategory(count: number, locale = uiLocale()): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * A count with its noun, by the UI language's plural rules: `tCount('credits', 1)` reads
 * `credits_one` in English, `credits_other` in Vietnamese (one form), and a category the locale
 * does not spell out (French "many" for millions) falls back to `credits_other`. The count is `$1`.
 */
export function tCount(key: PluralKey, count: number): string {
  const n = String(count);
  return lookup(`${key}_${pluralCategory(count)}`, n) || t(`${key}_other`, n);
}

/** The browser's UI language (BCP 47), for Intl formatting of names, dates, lists and plurals. */
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
