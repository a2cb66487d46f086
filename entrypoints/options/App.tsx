import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';
import { useSettings } from '@/utils/ui/use-settings';
import HighlightSettings from './HighlightSettings';
import LiveLookupSetting from './LiveLookupSetting';
import ReaderDataSettings from './ReaderDataSettings';
import SettingsTransfer from './SettingsTransfer';
import SiteList from './SiteList';

/** Props for the options `App`. */
export interface OptionsAppProps {
  /** First text of the live region that announces each action's outcome (imported, refused). */
  initialMessage?: string;
}

/** The options page: highlights, kinds, sites, live lookups, reader data, settings export/import. */
export default function App({ initialMessage = '' }: OptionsAppProps) {
  const { settings, save } = useSettings();
  const [message, setMessage] = useState(initialMessage);
  if (!settings) return <main class="options" aria-busy="true" />;
  const saveOrSay = (next: Settings) => save(next).catch(() => setMessage(t('save_failed')));
  const change = (patch: Partial<Settings>) => void saveOrSay({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <HighlightSettings settings={settings} onChange={change} />
      <SiteList
        sites={settings.disabledSites}
        onChange={(disabledSites) => change({ disabledSites })}
      />
      <LiveLookupSetting
        isOn={settings.liveLookups}
        onChange={(liveLookups) => change({ liveLookups })}
        onMessage={setMessage}
      />
      <ReaderDataSettings settings={settings} onChange={change} onMessage={setMessage} />
      <SettingsTransfer settings={settings} onImport={save} onMessage={setMessage} />
      <p class="options-message" role="status" aria-live="polite">
        {message}
      </p>
    </main>
  );
}
