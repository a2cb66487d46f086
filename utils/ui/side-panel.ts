/** Firefox's sidebar API, which the Chrome-based typings of `browser` do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/** True where this browser can show SourceLens in a side panel (Chrome) or sidebar (Firefox). */
export function hasSidePanel(): boolean {
  const b = browser as unknown as { sidePanel?: unknown; sidebarAction?: SidebarAction };
  return !!(b.sidePanel || b.sidebarAction);
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) of the current window. Both browsers
 * accept this only during a user gesture, so call it straight from a click handler, before any
 * `await`. Resolves to false when the browser refused.
 */
export function openSidePanel(tabId: number | null): Promise<boolean> {
  const b = browser as unknown as { sidebarAction?: SidebarAction };
  const opening = b.sidebarAction
    ? b.sidebarAction.open()
    : tabId !== null
      ? browser.sidePanel.open({ tabId })
      : Promise.reject(new Error('No tab'));
  return opening.then(
    () => true,
    () => false,
  );
}
