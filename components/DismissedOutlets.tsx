import type { Dismissal } from '@/utils/settings/corrections';
import { t, tCount } from '@/utils/ui/i18n';

/** Props for `DismissedOutlets`. */
export interface DismissedOutletsProps {
  /** This site's "not a citation" outlets that this report would otherwise list. */
  dismissed: Dismissal[];
  onRestore: (outletId: string) => void;
}

/** Outlets the reader marked "not a citation" on this site, hidden, each with a way back. */
export default function DismissedOutlets({ dismissed, onRestore }: DismissedOutletsProps) {
  if (!dismissed.length) return null;
  return (
    <details class="dismissed">
      <summary>{tCount('dismissed_count', dismissed.length)}</summary>
      <ul>
        {dismissed.map((d) => (
          <li key={d.outletId} data-dismissed-id={d.outletId}>
            {d.outletName}{' '}
            <button type="button" class="link-button" onClick={() => onRestore(d.outletId)}>
              {t('dismissed_restore')}
              <span class="visually-hidden"> ({d.outletName})</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
