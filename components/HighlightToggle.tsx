import { t } from '@/utils/ui/i18n';

/** Why the tab's switch cannot turn highlights on: the site or all highlights are off in the options. */
export type HighlightsOffReason = 'site' | 'options';

/** Props for `HighlightToggle`. */
export interface HighlightToggleProps {
  isOn: boolean;
  /** Set when the options keep highlights off here: the switch is shown off and disabled. */
  offReason?: HighlightsOffReason | null;
  onChange: (on: boolean) => void;
}

/** The switch that shows or hides this tab's highlights (`role="switch"`, Space or Enter). */
export default function HighlightToggle({ isOn, offReason, onChange }: HighlightToggleProps) {
  const on = isOn && !offReason;
  return (
    <div class="toggle-row">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        class="switch highlight-toggle"
        disabled={!!offReason}
        onClick={() => onChange(!on)}
        aria-describedby={offReason ? 'toggle-off-reason' : undefined}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">{t('highlights_toggle')}</span>
      </button>
      {offReason ? (
        <span id="toggle-off-reason" class="toggle-note">
          {t(offReason === 'site' ? 'highlights_site_off' : 'highlights_options_off')}
        </span>
      ) : null}
    </div>
  );
}
