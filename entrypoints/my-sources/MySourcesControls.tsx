import { useState } from 'preact/hooks';
import type { MySourcesData } from '@/utils/my-sources/model';
import { formatMySourcesCsv, formatMySourcesJson } from '@/utils/my-sources/export';
import { forgetMySources } from '@/utils/my-sources/store';
import { downloadText } from '@/utils/ui/download';
import { t } from '@/utils/ui/i18n';

/** Props for `MySourcesControls`. */
export interface MySourcesControlsProps {
  data: MySourcesData;
}

/** Export the tally (CSV, JSON) and forget it all, with one confirming step before forgetting. */
export default function MySourcesControls({ data }: MySourcesControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const forget = () => {
    setConfirming(false);
    void forgetMySources().then(() => setMessage(t('my_sources_forgotten')));
  };
  return (
    <section class="options-section" aria-labelledby="my-sources-data">
      <h2 id="my-sources-data">{t('my_sources_data')}</h2>
      <p class="transfer-actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText('sourcelens-my-sources.csv', formatMySourcesCsv(data), 'text/csv')
          }
        >
          {t('my_sources_export_csv')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => downloadText('sourcelens-my-sources.json', formatMySourcesJson(data))}
        >
          {t('my_sources_export_json')}
        </button>
        {confirming ? (
          <button type="button" class="button danger forget-confirm" onClick={forget}>
            {t('my_sources_forget_confirm')}
          </button>
        ) : (
          <button
            type="button"
            class="button danger forget-button"
            onClick={() => setConfirming(true)}
          >
            {t('my_sources_forget')}
          </button>
        )}
      </p>
      <p class="options-message" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
