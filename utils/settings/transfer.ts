import * as v from 'valibot';
import { CREDIT_KINDS } from '../core/types';
import { MAX_DISABLED_SITES, SETTING_CHECKS, SETTINGS_VERSION, type Settings } from './schema';

/** A setting's check as a schema entry, with what a refused file is told about that field. */
const field = <T>(check: (value: unknown) => value is T, message: string) =>
  v.custom<T>(check, message);

/** What an exported settings file holds; `format` tells our files from any other JSON. */
const SettingsFileSchema = v.strictObject({
  format: v.literal('sourcelens-settings'),
  version: v.literal(SETTINGS_VERSION),
  settings: v.strictObject({
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
  }),
});

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
  return { ok: true, settings: result.output.settings };
}
