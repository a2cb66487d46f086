import type { CreditKind } from '../core/types';
import type { OutletType } from '../core/catalog-schema';
import { t } from './i18n';

/** Localized name of a credit kind ("photo", "interview"). */
export const kindLabel = (kind: CreditKind) => t(`kind_${kind}`);

/** Localized name of an outlet type ("news agency"). */
export const typeLabel = (type: OutletType | string) => t(`type_${type.replace(/-/g, '_')}`);

/** Country name in the UI language, from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale = navigator.language): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator letters). */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
