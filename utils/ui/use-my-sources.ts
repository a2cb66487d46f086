import { useEffect, useState } from 'preact/hooks';
import type { OutletSummary } from '../core/report';
import { EMPTY_MY_SOURCES, type MySourcesData } from '../my-sources/model';
import { getMySources, watchMySources } from '../my-sources/store';
import { sendToBackground } from './use-tab-state';

/**
 * The My sources tally for its page, kept in step with new articles, and the catalog facts of
 * every outlet in it (asked of the background, which holds the catalog). `data` is null until
 * loaded.
 */
export function useMySources(): {
  data: MySourcesData | null;
  outlets: Map<string, OutletSummary>;
} {
  const [data, setData] = useState<MySourcesData | null>(null);
  const [outlets, setOutlets] = useState(new Map<string, OutletSummary>());
  useEffect(() => {
    let cancelled = false;
    void getMySources().then((d) => !cancelled && setData(d));
    const stop = watchMySources(setData);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  const ids = [
    ...new Set((data ?? EMPTY_MY_SOURCES).articles.flatMap((a) => a.outlets.map((o) => o.id))),
  ]
    .filter((id) => !outlets.has(id) && !id.startsWith('unlisted:'))
    .sort();
  const missing = ids.join(' ');
  useEffect(() => {
    if (!missing) return;
    let cancelled = false;
    void sendToBackground('describeOutlets', { ids: missing.split(' ') }).then((reply) => {
      if (cancelled || !reply.ok) return;
      setOutlets((prev) => new Map([...prev, ...reply.value.map((o) => [o.id, o] as const)]));
    });
    return () => {
      cancelled = true;
    };
  }, [missing]);
  return { data, outlets };
}
