import { useRef } from 'preact/hooks';
import { GDELT_ORIGINS, type Settings } from '@/utils/settings';
import { formatSettingsFile, parseSettingsFile } from '@/utils/settings/transfer';
import { downloadText } from '@/utils/ui/download';
import { snake, t } from '@/utils/ui/i18n';

/** Props for `SettingsTransfer`. */
export interface SettingsTransferProps {
  settings: Settings;
  onImport: (settings: Settings) => Promise<void>;
  onMessage: (message: string) => void;
}

/** Saves the settings as a JSON file, and reads one back; a bad file changes nothing. */
export default function SettingsTransfer({ settings, onImport, onMessage }: SettingsTransferProps) {
  const input = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    downloadText('sourcelens-settings.json', formatSettingsFile(settings));
    onMessage(t('transfer_exported'));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      onMessage(
        `${t(`transfer_error_${snake(parsed.error)}`)}${parsed.detail ? ` (${parsed.detail})` : ''}`,
      );
      return;
    }
    // Importing is not a click on the switch: live lookups stay off until the host is granted.
    const granted = await browser.permissions
      .contains({ origins: GDELT_ORIGINS })
      .catch(() => false);
    const next = { ...parsed.settings, liveLookups: parsed.settings.liveLookups && granted };
    try {
      await onImport(next);
    } catch {
      onMessage(t('save_failed'));
      return;
    }
    onMessage(
      t(
        next.liveLookups === parsed.settings.liveLookups
          ? 'transfer_imported'
          : 'transfer_imported_live_off',
      ),
    );
  };

  return (
    <section class="options-section" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('options_transfer')}</h2>
      <p class="transfer-actions">
        <button type="button" class="button" onClick={exportFile}>
          {t('transfer_export')}
        </button>
        <label class="button file-button">
          {t('transfer_import')}
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
    </section>
  );
}
