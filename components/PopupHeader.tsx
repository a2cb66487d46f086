import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/ui/i18n';
import { sendToBackground } from '@/utils/ui/use-tab-state';
import HighlightToggle, { type HighlightsOffReason } from './HighlightToggle';

/** Props for `PopupHeader`. */
export interface PopupHeaderProps {
  tabId: number | null;
  /** The tab's highlight state, or null when the tab has no report (no switch then). */
  highlightsOn: boolean | null;
  /** Set when the options keep highlights off here (see `HighlightToggle`). */
  offReason: HighlightsOffReason | null;
  onOpenOptions: () => void;
  /** Opens the side panel; absent in the side panel itself and where there is none. */
  onOpenPanel?: () => void;
}

const MY_SOURCES = '/my-sources.html';

/** The popup's title bar: name, the tab's highlight switch, and the way to the options. */
export default function PopupHeader({
  tabId,
  highlightsOn,
  offReason,
  onOpenOptions,
  onOpenPanel,
}: PopupHeaderProps) {
  const [on, setOn] = useState(highlightsOn);
  useEffect(() => setOn(highlightsOn), [highlightsOn]);
  const change = (next: boolean) => {
    if (tabId === null) return;
    setOn(next);
    // The switch shows the reader's choice at once; if the page cannot follow, it goes back.
    void sendToBackground('setHighlights', { tabId, on: next }).then((reply) => {
      if (!reply.ok) setOn(!next);
    });
  };
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      {on !== null ? <HighlightToggle isOn={on} offReason={offReason} onChange={change} /> : null}
      {onOpenPanel ? (
        <button
          type="button"
          class="icon-button panel-button"
          onClick={onOpenPanel}
          title={t('open_panel')}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M3 3h14a1 1 0 011 1v12a1 1 0 01-1 1H3a1 1 0 01-1-1V4a1 1 0 011-1zm1 2v10h7V5H4zm9 0v10h3V5h-3z"
            />
          </svg>
          <span class="visually-hidden">{t('open_panel')}</span>
        </button>
      ) : null}
      <a
        class="icon-button my-sources-link"
        href={browser.runtime.getURL(MY_SOURCES)}
        target="_blank"
        rel="noopener"
        title={t('my_sources_title')}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M3 16h14v2H3v-2zm1-6h3v5H4v-5zm5-4h3v9H9V6zm5-4h3v13h-3V2z"
          />
        </svg>
        <span class="visually-hidden">{t('my_sources_title')}</span>
      </a>
      <button
        type="button"
        class="icon-button options-button"
        onClick={onOpenOptions}
        title={t('open_options')}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M11.3 1.6l.4 2.2c.6.2 1.1.5 1.6.9l2.1-.8 1.3 2.2-1.7 1.5c.1.6.1 1.2 0 1.8l1.7 1.5-1.3 2.2-2.1-.8c-.5.4-1 .7-1.6.9l-.4 2.2H8.7l-.4-2.2c-.6-.2-1.1-.5-1.6-.9l-2.1.8-1.3-2.2L5 9.4c-.1-.6-.1-1.2 0-1.8L3.3 6.1l1.3-2.2 2.1.8c.5-.4 1-.7 1.6-.9l.4-2.2h2.6zM10 6.5a2 2 0 100 4 2 2 0 000-4z"
          />
        </svg>
        <span class="visually-hidden">{t('open_options')}</span>
      </button>
    </header>
  );
}
