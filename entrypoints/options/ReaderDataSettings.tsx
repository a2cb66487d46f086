import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import { formatCorrectionsFile } from '@/utils/settings/corrections';
import { clearCorrections, getCorrections } from '@/utils/settings/corrections-store';
import { downloadText } from '@/utils/ui/download';
import { t } from '@/utils/ui/i18n';

/** Props for `ReaderDataSettings`. */
export interface ReaderDataSettingsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onMessage: (message: string) => void;
}

/**
 * What reports show and what the reader keeps: outlets outside the catalog, the My sources
 * tally (off by default), and the reader's corrections (export to report them, or clear).
 */
export default function ReaderDataSettings({
  settings,
  onChange,
  onMessage,
}: ReaderDataSettingsProps) {
  const [confirming, setConfirming] = useState(false);
  const exportCorrections = async () => {
    downloadText('sourcelens-corrections.json', formatCorrectionsFile(await getCorrections()));
    onMessage(t('corrections_exported'));
  };
  const clear = async () => {
    setConfirming(false);
    await clearCorrections();
    onMessage(t('corrections_cleared'));
  };
  return (
    <section class="options-section" aria-labelledby="reader-title">
      <h2 id="reader-title">{t('options_reader')}</h2>
      <label class="check">
        <input
          type="checkbox"
          name="hideUnlisted"
          checked={settings.hideUnlisted}
          onChange={(e) => onChange({ hideUnlisted: e.currentTarget.checked })}
        />
        {t('options_hide_unlisted')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="mySources"
          checked={settings.mySources}
          aria-describedby="my-sources-help"
          onChange={(e) => onChange({ mySources: e.currentTarget.checked })}
        />
        {t('my_sources_on')}
      </label>
      <p id="my-sources-help" class="help">
        {t('my_sources_stored')}{' '}
        <a href={browser.runtime.getURL('/my-sources.html')}>{t('my_sources_open')}</a>
      </p>
      <p class="help">{t('corrections_help')}</p>
      <p class="transfer-actions">
        <button type="button" class="button" onClick={() => void exportCorrections()}>
          {t('corrections_export')}
        </button>
        {confirming ? (
          <button type="button" class="button danger" onClick={() => void clear()}>
            {t('corrections_clear_confirm')}
          </button>
        ) : (
          <button type="button" class="button danger" onClick={() => setConfirming(true)}>
            {t('corrections_clear')}
          </button>
        )}
      </p>
    </section>
  );
}
