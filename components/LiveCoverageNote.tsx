import { snake, t } from '@/utils/ui/i18n';
import type { LiveCoverageState } from '@/utils/ui/use-live-coverage';

/** Props for `LiveCoverageNote`. */
export interface LiveCoverageNoteProps {
  live: LiveCoverageState;
  onRetry: () => void;
  onOpenOptions: () => void;
}

/**
 * What the live lookup is doing, in one line, with what the reader can do about it. Shows
 * nothing while idle; results themselves appear on each outlet's card.
 */
export default function LiveCoverageNote({ live, onRetry, onOpenOptions }: LiveCoverageNoteProps) {
  if (live.status === 'idle') return null;
  const optionsButton = (
    <button type="button" class="link-button" onClick={onOpenOptions}>
      {t('open_options')}
    </button>
  );
  let body;
  if (live.status === 'loading') body = <span>{t('live_loading')}</span>;
  else if (live.status === 'off')
    body = (
      <>
        {t('live_off')} {optionsButton}
      </>
    );
  else if (live.status === 'no-permission')
    body = (
      <>
        {t('live_no_permission')} {optionsButton}
      </>
    );
  else if (live.status === 'unavailable')
    body = <span>{t(`live_unavailable_${snake(live.reason)}`)}</span>;
  else if (live.status === 'error')
    body = (
      <>
        {t(`live_error_${snake(live.error)}`)}{' '}
        <button type="button" class="link-button" onClick={onRetry}>
          {t('retry')}
        </button>
      </>
    );
  else body = <span>{t('live_done', new Date(live.fetchedAt).toLocaleTimeString())}</span>;
  return (
    <p class={`live-note live-${live.status}`} role="status">
      {body}
    </p>
  );
}
