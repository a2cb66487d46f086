import { useCallback, useEffect, useState } from 'preact/hooks';
import { getSettings, setSettings, watchSettings, type Settings } from '../settings';

/**
 * The reader's settings for a UI page: loaded once, kept in step with changes made elsewhere
 * (another window, sync), and saved through `save`. `settings` is null until loaded.
 */
export function useSettings(): {
  settings: Settings | null;
  save: (next: Settings) => Promise<void>;
} {
  const [settings, setState] = useState<Settings | null>(null);
  useEffect(() => {
    let cancelled = false;
    void getSettings().then((s) => !cancelled && setState(s));
    const stop = watchSettings((s) => setState(s));
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  const save = useCallback(async (next: Settings) => {
    setState(next);
    try {
      setState(await setSettings(next));
    } catch (e) {
      // Not saved (over the sync quota, storage unavailable): show what is really stored.
      setState(await getSettings().catch(() => null));
      throw e;
    }
  }, []);
  return { settings, save };
}
