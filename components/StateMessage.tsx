import { snake, t } from '@/utils/ui/i18n';

/** Props for `StateMessage`. */
export interface StateMessageProps {
  status:
    | 'loading'
    | 'waiting'
    | 'analyzing'
    | 'not-article'
    | 'unsupported'
    | 'not-running'
    | 'error'
    | 'no-outlets'
    | 'no-tab'
    | 'site-off';
  detail?: string;
  /** An action the reader can take (reload, open options), shown as a button. */
  action?: { label: string; onClick: () => void };
}

/** A popup state that is not a report: what happened and what the reader can do. */
export default function StateMessage({ status, detail, action }: StateMessageProps) {
  const key = snake(status);
  return (
    <section class={`state state-${status}`} role="status" aria-live="polite" data-state={status}>
      <h2>{t(`state_${key}_title`)}</h2>
      <p>{t(`state_${key}_help`)}</p>
      {detail ? <p class="state-detail">{detail}</p> : null}
      {action ? (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </section>
  );
}
