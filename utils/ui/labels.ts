import type { CreditKind } from '../core/types';
import type { OutletType, StateTypology } from '../core/catalog-schema';
import { supportsFlagEmoji } from './flag-support';
import { snake, t, tOr, uiLocale } from './i18n';

/** Localized name of a credit kind ("photo", "interview"). */
export const kindLabel = (kind: CreditKind) => t(`kind_${kind}`);

/** Localized name of an outlet type ("news agency"). */
export const typeLabel = (type: OutletType | string) => tOr(`type_${snake(type)}`, t('type_other'));

/** Localized State Media Matrix category ("state-controlled"). */
export const typologyLabel = (typology: StateTypology | string) =>
  tOr(`typology_${typology}`, typology);

/** Localized name of a catalog source ("State Media Matrix"), or its id when unknown. */
export const catalogSourceLabel = (id: string) =>
  tOr(`catalog_source_${id.replace(/-/g, '_')}`, id);

/** Intl.DisplayNames instances are slow to build: one per locale and type, reused. */
const displayNames = new Map<string, Intl.DisplayNames | null>();

function displayName(code: string, type: 'region' | 'language', locale: string): string {
  const key = `${type}:${locale}`;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([locale], { type }));
    } catch {
      displayNames.set(key, null);
    }
  }
  try {
    return displayNames.get(key)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country name in the UI language, from its ISO 3166-1 alpha-2 code. */
export const countryName = (code: string, locale = uiLocale()) =>
  code ? displayName(code, 'region', locale) : t('country_unknown');

/** Language name in the UI language, from its ISO 639-1 code. */
export const languageName = (code: string, locale = uiLocale()) =>
  displayName(code, 'language', locale);

/**
 * The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator letters), or '' where the
 * browser cannot draw flags (see `supportsFlagEmoji`).
 */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code) || !supportsFlagEmoji()) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
