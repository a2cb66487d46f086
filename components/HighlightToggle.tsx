import { t } from '@/utils/ui/i18n';

/** Props for `HighlightToggle`. */
export interface HighlightToggleProps {
  isOn: boolean;
  /** Highlights are off for the whole site in the options: the switch is shown disabled. */
  isSiteDisabled?: boolean;
  onChange: (on: boolean) => void;
}

/** The switch that shows or hides this tab's highlights (`role="switch"`, Space or Enter). */
export default function HighlightToggle({ isOn, isSiteDisabled, onChange }: HighlightToggleProps) {
  const on = isOn && !isSiteDisabled;
  return (
    <div class="toggle-row">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        class="switch highlight-toggle"
        disabled={isSiteDisabled}
        onClick={() => onChange(!on)}
        aria-describedby={isSiteDisabled ? 'toggle-site-off' : undefined}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">{t('highlights_toggle')}</span>
      </button>
      {isSiteDisabled ? (
        <span id="toggle-site-off" class="toggle-note">
          {t('highlights_site_off')}
        </span>
      ) : null}
    </div>
  );
}
