import type { Browser } from './browser-type';

/** The manifest command that opens Chrome's side panel (Firefox uses `_execute_sidebar_action`). */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

/**
 * Opens Chrome's side panel on its keyboard command. `sidePanel.open` is allowed only while
 * the user gesture lasts, so it is called at once in the listener, before any `await`. Firefox
 * opens its sidebar through the built-in `_execute_sidebar_action` command and has no
 * `sidePanel`: nothing is registered there.
 */
export function registerSidePanelCommand(browser: Browser): void {
  if (!browser.sidePanel?.open || !browser.commands) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || tab?.windowId === undefined) return;
    void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
}
