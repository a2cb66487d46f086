import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CitedOutlet } from '../core/report';
import {
  addDismissal,
  addMissed,
  dismissedOn,
  EMPTY_CORRECTIONS,
  removeDismissal,
  siteOf,
  type Corrections,
  type SiteCorrections,
} from '../settings/corrections';
import { getCorrections, updateCorrections, watchCorrections } from '../settings/corrections-store';

/** The reader's corrections for one page's site, and the ways to change them. */
export interface PageCorrections {
  /** This site's corrections (empty when the page has no site, e.g. an unknown address). */
  site: SiteCorrections;
  dismissed: Set<string>;
  dismiss: (outlet: CitedOutlet) => void;
  restore: (outletId: string) => void;
  reportMissed: (outlet: string, sentence: string) => void;
}

/**
 * Corrections for the page at `url`, kept in step with changes made in any other extension page
 * (the side panel and the popup share them). Writes go to storage; the watcher updates the view.
 */
export function useCorrections(url: string | null): PageCorrections {
  const [all, setAll] = useState<Corrections>(EMPTY_CORRECTIONS);
  const site = siteOf(url);
  useEffect(() => {
    let cancelled = false;
    void getCorrections().then((c) => !cancelled && setAll(c));
    const stop = watchCorrections(setAll);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  const change = useCallback(
    (fn: (c: Corrections, site: string) => Corrections) => {
      if (site) void updateCorrections((c) => fn(c, site)).then(setAll);
    },
    [site],
  );
  const at = () => new Date().toISOString();
  return {
    site: (site && all.sites[site]) || { dismissed: [], missed: [] },
    dismissed: dismissedOn(all, site),
    dismiss: (o) =>
      change((c, s) =>
        addDismissal(c, s, {
          outletId: o.id,
          outletName: o.name,
          sentence: o.mentions[0]?.sentence ?? '',
          url: url ?? '',
          at: at(),
        }),
      ),
    restore: (id) => change((c, s) => removeDismissal(c, s, id)),
    reportMissed: (outlet, sentence) =>
      change((c, s) => addMissed(c, s, { outlet, sentence, url: url ?? '', at: at() })),
  };
}
