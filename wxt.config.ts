import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings only; no logic lives here.

/** Where the content script runs (entrypoints/news.content/) and the article script may go. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for add-on store review) holds what builds the extension, not test pages.
  zip: { excludeSources: ['tests/**', '.test-results/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-tab reports; activeTab: read the active tab's URL when the
    // popup opens, so it can say "can't run on this page" without the broad "tabs" permission;
    // sidePanel (Chrome): the report in a side panel (Firefox's sidebar needs no permission);
    // offscreen (Chrome): Readability on big pages off their main thread, in an offscreen
    // document (Firefox's background page has a DOM of its own); scripting (Chrome): the article
    // script, injected into a page only once its gate found an article (utils/background/inject.ts;
    // Firefox MV2 uses tabs.executeScript). It reaches no page the content script does not match.
    // The content script's own patterns as host permissions: injecting needs them in both
    // browsers (a content script's matches do not grant it; checked in Chromium 156 and Firefox
    // ESR). They add no install warning: the content script already runs on every http(s) page.
    // MV2 has no host_permissions: origins go in permissions there.
    permissions:
      browser === 'firefox'
        ? ['storage', 'activeTab', ...WEB_PAGES]
        : ['storage', 'activeTab', 'sidePanel', 'offscreen', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: WEB_PAGES }),
    // Live related-coverage lookups (off by default) ask for GDELT's host only when the reader
    // turns them on in the options page. MV2 has no optional_host_permissions: origins go in
    // optional_permissions there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://api.gdeltproject.org/*'] }
      : { optional_host_permissions: ['https://api.gdeltproject.org/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Handled in the background, which forwards `showHighlights` to the tab.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_command_toggle_highlights__',
      },
      // Chrome: handled in the background (utils/background/side-panel.ts); Firefox opens its
      // sidebar itself through the reserved `_execute_sidebar_action` command.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_open_panel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelens@sourcelens.dev',
              // 140: first version that knows data_collection_permissions (Android: 142);
              // an older minimum makes web-ext lint warn about the key.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted by default (see README, Privacy).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 105: the CSS Custom Highlight API, so highlights never change a page's DOM.
        { minimum_chrome_version: '105' }),
  }),
});
