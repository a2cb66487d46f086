import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LiveCoverage } from '../messaging';
import { sendToBackground } from './use-tab-state';

/** Live coverage as the popup sees it: not asked yet, waiting, or the background's answer. */
export type LiveCoverageState = { status: 'idle' } | { status: 'loading' } | LiveCoverage;

/**
 * Asks the background for live related coverage once the tab has a report. The background
 * answers `off` at once when the reader has not opted in, so this costs nothing by default.
 */
export function useLiveCoverage(
  tabId: number | null,
  isReady: boolean,
): { live: LiveCoverageState; retry: () => void } {
  const [live, setLive] = useState<LiveCoverageState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (tabId === null || !isReady) return;
    let cancelled = false;
    setLive((prev) => (prev.status === 'idle' ? prev : { status: 'loading' }));
    const timer = setTimeout(
      () =>
        !cancelled && setLive((prev) => (prev.status === 'idle' ? { status: 'loading' } : prev)),
      150,
    );
    void sendToBackground('getRelatedCoverage', { tabId }).then((reply) => {
      if (cancelled) return;
      clearTimeout(timer);
      setLive(
        reply.ok ? reply.value : { status: 'error', error: 'service-error', detail: reply.error },
      );
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId, isReady, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { live, retry };
}
