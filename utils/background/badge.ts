import type { Browser } from './browser-type';

/** What the badge of a page still waiting for the reader shows (see `TabState` 'waiting'). */
export const WAITING_BADGE = '…';

/**
 * Sets the toolbar badge of one tab to the number of cited outlets, to `WAITING_BADGE` for an
 * article that waits for the reader to open the popup, or clears it (`null`).
 */
export async function setBadge(
  browser: Browser,
  tabId: number,
  count: number | 'waiting' | null,
): Promise<void> {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const text = count === 'waiting' ? WAITING_BADGE : count ? String(count) : '';
  try {
    await action.setBadgeText({ tabId, text });
    if (text) {
      const color = count === 'waiting' ? '#6b7280' : '#1d4ed8';
      await action.setBadgeBackgroundColor({ tabId, color });
    }
  } catch {
    // The tab closed meanwhile; nothing to update.
  }
}
