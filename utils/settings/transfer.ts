import * as v from 'valibot';
import { CREDIT_KINDS } from '../core/types';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  SETTING_CHECKS,
  SETTINGS_VERSION,
  type Settings,
} from './schema';

/** A setting's check as a schema entry, with what a refused file is told about that field. */
const field = <T>(check: (value: unknown) => value is T, message: string) =>
  v.custom<T>(check, message);

/** The fields of version 2 files (version 3 adds two switches). */
const V2_FIELDS = {
  highlightsEnabled: field(SETTING_CHECKS.highlightsEnabled, 'must be true or false'),
  highlightKinds: field(
    SETTING_CHECKS.highlightKinds,
    `must be a list of credit kinds (${CREDIT_KINDS.join(', ')})`,
  ),
  disabledSites: field(
    SETTING_CHECKS.disabledSites,
    `must be a list of at most ${MAX_DISABLED_SITES} host names such as example.com`,
  ),
  liveLookups: field(SETTING_CHECKS.liveLookups, 'must be true or false'),
};

/**
 * What an exported settings file holds; `format` tells our files from any other JSON. Files
 * exported by version 2 lack its two switches, which then keep their defaults (off).
 */
const SettingsFileSchema = v.variant('version', [
  v.strictObject({
    format: v.literal('sourcelens-settings'),
    version: v.literal(SETTINGS_VERSION),
    settings: v.strictObject({
      ...V2_FIELDS,
      hideUnlisted: field(SETTING_CHECKS.hideUnlisted, 'must be true or false'),
      mySources: field(SETTING_CHECKS.mySources, 'must be true or false'),
    }),
  }),
  v.strictObject({
    format: v.literal('sourcelens-settings'),
    version: v.literal(2),
    settings: v.strictObject(V2_FIELDS),
  }),
]);

/** Largest settings file we read (bytes of text); a real one is a few kilobytes. */
export const MAX_SETTINGS_FILE = 100_000;

/** The settings as a JSON file a reader can keep or move to another browser. */
export function formatSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: 'sourcelens-settings', version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/** Why an imported file was refused; the options page turns each into a sentence. */
export type SettingsFileError = 'too-large' | 'not-json' | 'not-settings' | 'invalid';

/**
 * Reads an exported settings file. Everything is checked before anything is applied: any
 * problem refuses the whole file, so a bad file changes nothing.
 */
export function parseSettingsFile(
  text: string,
): { ok: true; settings: Settings } | { ok: false; error: SettingsFileError; detail?: string } {
  if (text.length > MAX_SETTINGS_FILE) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (
    !raw ||
    typeof raw !== 'object' ||
    (raw as { format?: unknown }).format !== 'sourcelens-settings'
  ) {
    return { ok: false, error: 'not-settings' };
  }
  const result = v.safeParse(SettingsFileSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    return {
      ok: false,
      error: 'invalid',
      detail: path ? `${path}: ${issue.message}` : issue.message,
    };
  }
  return { ok: true, settings: { ...DEFAULT_SETTINGS, ...result.output.settings } };
}
