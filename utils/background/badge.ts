import type { Browser } from './browser-type';

/** Sets the toolbar badge of one tab to the number of cited outlets (`null` clears it). */
export async function setBadge(
  browser: Browser,
  tabId: number,
  count: number | null,
): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
  } catch {
    // The tab closed meanwhile; nothing to update.
  }
}
