import type { Settings } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';
import { useMySources } from '@/utils/ui/use-my-sources';
import { useSettings } from '@/utils/ui/use-settings';
import MySourcesControls from './MySourcesControls';
import PeriodCard from './PeriodCard';

/** The periods summed, in days. */
const PERIODS = [7, 30] as const;

/**
 * My sources: what the articles the reader opened over the last 7 and 30 days rest on. Off
 * until the reader turns it on here; everything stays on this computer.
 */
export default function App() {
  const { settings, save } = useSettings();
  const { data, outlets } = useMySources();
  if (!settings || !data) return <main class="my-sources" aria-busy="true" />;
  const setOn = (mySources: boolean) => void save({ ...settings, mySources } satisfies Settings);
  return (
    <main class="my-sources">
      <h1>{t('my_sources_title')}</h1>
      <p class="help">{t('my_sources_intro')}</p>
      <label class="check">
        <input
          type="checkbox"
          name="mySources"
          checked={settings.mySources}
          aria-describedby="my-sources-stored"
          onChange={(e) => setOn(e.currentTarget.checked)}
        />
        {t('my_sources_on')}
      </label>
      <p id="my-sources-stored" class="help">
        {t('my_sources_stored')}
      </p>
      <div class="periods">
        {PERIODS.map((days) => (
          <PeriodCard key={days} days={days} articles={data.articles} outlets={outlets} />
        ))}
      </div>
      <MySourcesControls data={data} />
    </main>
  );
}
