import { CREDIT_KINDS, type CreditKind } from '../core/types';

/**
 * The reader's settings: their shape, rules, defaults and the migration from older shapes. Pure
 * (no storage, no browser), so the content script, the background, the options page and tests
 * all share one definition. The rules are plain type guards, not a schema library: the content
 * script reads settings on every page, and valibot would grow it (see utils/messaging's
 * background-to-content.ts). Imported files are checked by a schema built from the same checks
 * (transfer.ts).
 */

/**
 * Where the settings live: this key of `storage.sync` (store.ts reads it through WXT's storage;
 * the content script reads it directly, to keep that library out of every page).
 */
export const SETTINGS_STORAGE_KEY = 'sourcelens-settings';

/** Current version of the stored settings; bump it with a new entry in `migrations`. */
export const SETTINGS_VERSION = 3;

/**
 * Most sites a reader can switch off: storage.sync allows 8,192 bytes per item, and 200 typical
 * host names take about 4 KB, leaving room for long ones.
 */
export const MAX_DISABLED_SITES = 200;

/**
 * The optional host permission the `liveLookups` setting needs: requested by the options page
 * when the reader turns it on, checked by the background before each lookup (and listed in
 * wxt.config.ts).
 */
export const GDELT_ORIGINS = ['https://api.gdeltproject.org/*'];

/** The reader's settings (version 3). */
export interface Settings {
  /** Draw inline highlights on articles. */
  highlightsEnabled: boolean;
  /** Which kinds of credit get a highlight (the popup still lists every kind). */
  highlightKinds: CreditKind[];
  /** Host names where SourceLens draws nothing; a host also covers its subdomains. */
  disabledSites: string[];
  /** Ask GDELT for related coverage (sends query terms and outlet domains; off by default). */
  liveLookups: boolean;
  /** Leave outlets the catalog does not know (found by the text alone) out of reports. */
  hideUnlisted: boolean;
  /** Keep the local "My sources" tally of articles read (opt-in; see utils/my-sources). */
  mySources: boolean;
}

/** Version 2: everything of version 3 but the unlisted-outlet and My sources switches. */
export type SettingsV2 = Omit<Settings, 'hideUnlisted' | 'mySources'>;

/** A bare lowercase host name, as `normalizeHostname` returns it. */
const HOSTNAME = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const isHostname = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 253 && HOSTNAME.test(x);
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const isCreditKind = (x: unknown): x is CreditKind => CREDIT_KINDS.some((k) => k === x);

/** The one definition of a valid setting: a type guard per field. */
export const SETTING_CHECKS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  highlightsEnabled: isBoolean,
  highlightKinds: (x): x is CreditKind[] =>
    Array.isArray(x) && x.length <= CREDIT_KINDS.length && x.every(isCreditKind),
  disabledSites: (x): x is string[] =>
    Array.isArray(x) && x.length <= MAX_DISABLED_SITES && x.every(isHostname),
  liveLookups: isBoolean,
  hideUnlisted: isBoolean,
  mySources: isBoolean,
};

/** Settings for a new install: highlights on for every kind, no network. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightsEnabled: true,
  highlightKinds: [...CREDIT_KINDS],
  disabledSites: [],
  liveLookups: false,
  hideUnlisted: false,
  mySources: false,
});

/** Version 1 stored one flat switch for highlights and one for live lookups. */
export interface SettingsV1 {
  highlights?: boolean;
  liveLookups?: boolean;
}

/** v1 → v2: the flat `highlights` switch becomes `highlightsEnabled`, plus kinds and sites. */
export function migrateSettingsV1toV2(old: SettingsV1 | null | undefined): SettingsV2 {
  return {
    highlightsEnabled:
      typeof old?.highlights === 'boolean' ? old.highlights : DEFAULT_SETTINGS.highlightsEnabled,
    highlightKinds: [...CREDIT_KINDS],
    disabledSites: [],
    liveLookups: old?.liveLookups === true,
  };
}

/** v2 → v3: unlisted outlets stay shown and My sources stays off until the reader says so. */
export function migrateSettingsV2toV3(old: Partial<SettingsV2> | null | undefined): Settings {
  return coerceSettings({ ...old, hideUnlisted: false, mySources: false });
}

/** One field of `raw` when its check accepts it, else the default; a copy either way. */
function coerceField<K extends keyof Settings>(raw: Record<string, unknown>, key: K): Settings[K] {
  const value = raw[key];
  const check: (value: unknown) => value is Settings[K] = SETTING_CHECKS[key];
  return structuredClone(check(value) ? value : DEFAULT_SETTINGS[key]);
}

/**
 * Reads anything stored or imported as settings: valid fields are kept, missing or invalid ones
 * fall back to the defaults, so one bad field never loses the others.
 */
export function coerceSettings(raw: unknown): Settings {
  const fields: Record<string, unknown> = raw && typeof raw === 'object' ? { ...raw } : {};
  return {
    highlightsEnabled: coerceField(fields, 'highlightsEnabled'),
    highlightKinds: coerceField(fields, 'highlightKinds'),
    disabledSites: coerceField(fields, 'disabledSites'),
    liveLookups: coerceField(fields, 'liveLookups'),
    hideUnlisted: coerceField(fields, 'hideUnlisted'),
    mySources: coerceField(fields, 'mySources'),
  };
}

/**
 * The host name a reader means, from what they typed: "https://www.Example.com/x" and
 * "example.com" both give "example.com". Returns null when nothing host-like is left.
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return isHostname(host) && host.includes('.') ? host : null;
}

/** True when the reader switched SourceLens off for `hostname` or one of its parent domains. */
export function isSiteDisabled(
  settings: Pick<Settings, 'disabledSites'>,
  hostname: string,
): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** True when highlights should be drawn for a credit of this kind on this host. */
export function shouldHighlight(settings: Settings, hostname: string, kind: CreditKind): boolean {
  return (
    settings.highlightsEnabled &&
    settings.highlightKinds.includes(kind) &&
    !isSiteDisabled(settings, hostname)
  );
}
