import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { coerceSettings, SETTINGS_STORAGE_KEY, type Settings } from '@/utils/settings/schema';

/**
 * The reader's settings, read straight from `storage.sync` (where utils/settings/store.ts keeps
 * them) instead of through WXT's storage library, which would cost every page 3 KiB. Only pages
 * with credits to draw read them.
 */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
  return coerceSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Calls `onChange` with the new settings whenever they change, while `ctx` is valid. */
export function watchSettings(ctx: ContentScriptContext, onChange: (s: Settings) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_STORAGE_KEY in changes)
      onChange(coerceSettings(changes[SETTINGS_STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
