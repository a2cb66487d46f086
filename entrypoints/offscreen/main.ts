import { readSnapshotHere } from '@/utils/extract/snapshot-read';
import { OFFSCREEN_PARSE, isRecord, parseSnapshotPayload, refuse } from '@/utils/messaging';

/**
 * Chrome's offscreen document (utils/background/off-page.ts): reads the snapshots the service
 * worker hands it with Readability, in an inert document. Answers only the worker: content
 * scripts reach every extension page with runtime messages, and carry a tab.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  if (!isRecord(raw) || raw.type !== OFFSCREEN_PARSE) return;
  if (sender.id !== browser.runtime.id || sender.tab) return;
  const snapshot = parseSnapshotPayload(raw.data);
  sendResponse(snapshot ? readSnapshotHere(snapshot) : refuse('Malformed snapshot'));
});
