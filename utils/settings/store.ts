import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  coerceSettings,
  migrateSettingsV1toV2,
  migrateSettingsV2toV3,
  type Settings,
  type SettingsV1,
  type SettingsV2,
} from './schema';

/** Storage key of the settings; `sync:` so they follow the reader's browser profile. */
export const SETTINGS_KEY = `sync:${SETTINGS_STORAGE_KEY}` as const;

/**
 * The settings item. WXT keeps its version in a `$` meta key and runs `migrations` on startup
 * when the stored version is older (wxt-dev/wxt docs/storage.md, "Versioning").
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: (old: SettingsV1) => migrateSettingsV1toV2(old),
    3: (old: SettingsV2) => migrateSettingsV2toV3(old),
  },
});

/** The current settings, always complete and valid (defaults fill anything missing or bad). */
export async function getSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

/** Replaces the settings after validating them; invalid fields fall back to the defaults. */
export async function setSettings(next: Settings): Promise<Settings> {
  const clean = coerceSettings(next);
  await settingsItem.setValue(clean);
  return clean;
}

/** Changes some settings and keeps the rest. Returns the new settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return setSettings({ ...(await getSettings()), ...patch });
}

/**
 * Calls `cb` with the new settings whenever they change (in any context: options page, another
 * device through sync). Returns the function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(coerceSettings(value)));
}
