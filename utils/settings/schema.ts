import * as v from 'valibot';
import { CREDIT_KINDS, type CreditKind } from '../core/types';

/**
 * The reader's settings: their shape, defaults, validation and the migration from older shapes.
 * Pure (no storage, no browser), so the content script, the background, the options page and
 * tests all share one definition.
 */

/** Current version of the stored settings; bump it with a new entry in `migrations`. */
export const SETTINGS_VERSION = 2;

/**
 * Most sites a reader can switch off: storage.sync allows 8,192 bytes per item, and 200 typical
 * host names take about 4 KB, leaving room for long ones.
 */
export const MAX_DISABLED_SITES = 200;

/** A bare lowercase host name, as `normalizeHostname` returns it. */
const HOSTNAME = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const Hostname = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(HOSTNAME, 'a site must be a host name such as example.com'),
);

export const SettingsSchema = v.object({
  /** Draw inline highlights on articles. */
  highlightsEnabled: v.boolean(),
  /** Which kinds of credit get a highlight (the popup still lists every kind). */
  highlightKinds: v.pipe(v.array(v.picklist(CREDIT_KINDS)), v.maxLength(CREDIT_KINDS.length)),
  /** Host names where SourceLens draws nothing; a host also covers its subdomains. */
  disabledSites: v.pipe(v.array(Hostname), v.maxLength(MAX_DISABLED_SITES)),
  /** Ask GDELT for related coverage (sends query terms and outlet domains; off by default). */
  liveLookups: v.boolean(),
});

/** The reader's settings (version 2). */
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Settings for a new install: highlights on for every kind, no network. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  highlightsEnabled: true,
  highlightKinds: [...CREDIT_KINDS],
  disabledSites: [],
  liveLookups: false,
});

/** Version 1 stored one flat switch for highlights and one for live lookups. */
export interface SettingsV1 {
  highlights?: boolean;
  liveLookups?: boolean;
}

/** v1 → v2: the flat `highlights` switch becomes `highlightsEnabled`, plus kinds and sites. */
export function migrateSettingsV1toV2(old: SettingsV1 | null | undefined): Settings {
  return {
    highlightsEnabled:
      typeof old?.highlights === 'boolean' ? old.highlights : DEFAULT_SETTINGS.highlightsEnabled,
    highlightKinds: [...CREDIT_KINDS],
    disabledSites: [],
    liveLookups: old?.liveLookups === true,
  };
}

/**
 * Reads anything stored or imported as settings: valid fields are kept, missing or invalid ones
 * fall back to the defaults, so one bad field never loses the others.
 */
export function coerceSettings(raw: unknown): Settings {
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    highlightKinds: [...CREDIT_KINDS],
    disabledSites: [],
  };
  if (!raw || typeof raw !== 'object') return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    const value = (raw as Record<string, unknown>)[key];
    if (FIELD_CHECKS[key](value)) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out as Settings;
}

/**
 * The same rules as `SettingsSchema`, field by field, written out by hand: the content script
 * reads settings on every page, and this keeps the schema library out of its bundle.
 */
const FIELD_CHECKS: { [K in keyof Settings]: (value: unknown) => boolean } = {
  highlightsEnabled: (x) => typeof x === 'boolean',
  highlightKinds: (x) =>
    Array.isArray(x) &&
    x.length <= CREDIT_KINDS.length &&
    x.every((k) => (CREDIT_KINDS as readonly unknown[]).includes(k)),
  disabledSites: (x) =>
    Array.isArray(x) &&
    x.length <= MAX_DISABLED_SITES &&
    x.every((h) => typeof h === 'string' && h.length <= 253 && HOSTNAME.test(h)),
  liveLookups: (x) => typeof x === 'boolean',
};

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
  return v.is(Hostname, host) && host.includes('.') ? host : null;
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
