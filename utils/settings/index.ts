/**
 * The reader's settings, for every context (content script, background, popup, options page):
 * `getSettings()`, `watchSettings(cb)`, `isSiteDisabled(settings, hostname)`, `DEFAULT_SETTINGS`.
 */
export {
  DEFAULT_SETTINGS,
  GDELT_ORIGINS,
  SETTINGS_VERSION,
  isSiteDisabled,
  normalizeHostname,
  shouldHighlight,
  type Settings,
} from './schema';
export { getSettings, setSettings, updateSettings, watchSettings, SETTINGS_KEY } from './store';
