import { t } from '@/utils/ui/i18n';

/** Props for `StateMessage`. */
export interface StateMessageProps {
  status: 'loading' | 'not-article' | 'unsupported' | 'error' | 'no-outlets' | 'no-tab';
  detail?: string;
}

/** A popup state that is not a report: what happened and what the reader can do. */
export default function StateMessage({ status, detail }: StateMessageProps) {
  const key = status.replace(/-/g, '_');
  return (
    <section class={`state state-${status}`} role="status" aria-live="polite">
      <h2>{t(`state_${key}_title`)}</h2>
      <p>{t(`state_${key}_help`)}</p>
      {detail ? <p class="state-detail">{detail}</p> : null}
    </section>
  );
}
