import { useEffect, useState } from 'preact/hooks';
import { GDELT_ORIGINS } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';

/** Props for `LiveLookupSetting`. */
export interface LiveLookupSettingProps {
  isOn: boolean;
  onChange: (on: boolean) => void;
  onMessage: (message: string) => void;
}

/**
 * Live related-coverage lookups, off by default. Turning them on asks for GDELT's host at that
 * moment; the request must come straight from the click (browsers refuse it after an await).
 */
export default function LiveLookupSetting({ isOn, onChange, onMessage }: LiveLookupSettingProps) {
  // The reader can withdraw the permission in the browser's own settings; say so rather than
  // show a switch that is on but cannot work.
  const [isGranted, setGranted] = useState(true);
  useEffect(() => {
    if (!isOn) return;
    let cancelled = false;
    void browser.permissions.contains({ origins: GDELT_ORIGINS }).then(
      (granted) => !cancelled && setGranted(granted),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [isOn]);
  const toggle = (on: boolean) => {
    if (!on) {
      setGranted(true);
      onChange(false);
      void browser.permissions.remove({ origins: GDELT_ORIGINS }).catch(() => false);
      onMessage(t('live_turned_off'));
      return;
    }
    void browser.permissions.request({ origins: GDELT_ORIGINS }).then(
      (granted) => {
        setGranted(granted);
        onChange(granted);
        onMessage(t(granted ? 'live_turned_on' : 'live_permission_refused'));
      },
      () => onMessage(t('live_permission_refused')),
    );
  };
  return (
    <section class="options-section" aria-labelledby="live-title">
      <h2 id="live-title">{t('options_live')}</h2>
      <label class="check">
        <input
          type="checkbox"
          name="liveLookups"
          checked={isOn}
          aria-describedby="live-help"
          onChange={(e) => {
            // Keep the box as it was until the browser answers.
            const on = e.currentTarget.checked;
            e.currentTarget.checked = isOn;
            toggle(on);
          }}
        />
        {t('options_live_on')}
      </label>
      <p id="live-help" class="help">
        {t('options_live_help')}
      </p>
      {isOn && !isGranted ? (
        <p class="error live-withdrawn" role="alert">
          {t('live_permission_withdrawn')}
        </p>
      ) : null}
    </section>
  );
}
