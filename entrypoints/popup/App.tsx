import { useLayoutEffect, useRef } from 'preact/hooks';
import ReportView from '@/components/ReportView';
import StateMessage from '@/components/StateMessage';
import PopupHeader from '@/components/PopupHeader';
import { isSiteDisabled, updateSettings } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';
import { openSidePanel } from '@/utils/ui/side-panel';
import { useCorrections } from '@/utils/ui/use-corrections';
import { useLiveCoverage } from '@/utils/ui/use-live-coverage';
import { useSettings } from '@/utils/ui/use-settings';
import { sendToBackground, useTabState } from '@/utils/ui/use-tab-state';

/** Performance mark set once, right after the first render that shows a report (read by e2e). */
export const RENDERED_MARK = 'sourcelens-popup-rendered';

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
};

const openOptions = () => void browser.runtime.openOptionsPage();

/** Props for the popup and side panel `App`. */
export interface AppProps {
  /** `panel`: the side panel or sidebar, which follows the active tab; else the toolbar popup. */
  mode?: 'popup' | 'panel';
}

/** The toolbar popup or the side panel: the active tab's sourcing report, or a clear state. */
export default function App({ mode = 'popup' }: AppProps) {
  const isPanel = mode === 'panel';
  const { tabId, url, state } = useTabState(isPanel);
  const { settings } = useSettings();
  const isReady = state?.status === 'ready';
  const { live, retry } = useLiveCoverage(tabId, isReady);
  // The report's address: the panel sees no tab addresses (no "tabs" permission).
  const pageUrl = state?.status === 'ready' ? state.report.url : url;
  const corrections = useCorrections(pageUrl);
  const host = hostOf(pageUrl);
  const siteOff = !!(settings && host && isSiteDisabled(settings, host));
  const marked = useRef(false);

  useLayoutEffect(() => {
    if (!isReady || marked.current) return;
    marked.current = true;
    performance.mark(RENDERED_MARK);
  }, [isReady]);

  const reload = () => {
    if (tabId !== null) void browser.tabs.reload(tabId).then(() => window.close());
  };
  const enableSite = () => {
    if (settings && host)
      void updateSettings({
        disabledSites: settings.disabledSites.filter(
          (s) => !isSiteDisabled({ disabledSites: [s] }, host),
        ),
      });
  };

  const body = (() => {
    if (state?.status === 'ready') {
      return (
        <ReportView
          report={state.report}
          live={live}
          onRetryLive={retry}
          onOpenOptions={openOptions}
          hideUnlisted={settings?.hideUnlisted}
          corrections={corrections}
          onFocusMention={(outletIndex, mentionIndex) => {
            if (tabId !== null)
              void sendToBackground('focusAttribution', { tabId, outletIndex, mentionIndex });
          }}
        />
      );
    }
    if (siteOff && (!state || state.status === 'loading' || state.status === 'not-article')) {
      return (
        <StateMessage
          status="site-off"
          action={{ label: t('site_turn_on'), onClick: enableSite }}
        />
      );
    }
    if (!state || state.status === 'loading') {
      return (
        <StateMessage
          status="loading"
          action={tabId !== null ? { label: t('reload_page'), onClick: reload } : undefined}
        />
      );
    }
    if (state.status === 'not-running') {
      return (
        <StateMessage
          status="not-running"
          action={tabId !== null ? { label: t('reload_page'), onClick: reload } : undefined}
        />
      );
    }
    if (state.status === 'error') {
      return (
        <StateMessage
          status="error"
          detail={state.message}
          action={{ label: t('reload_page'), onClick: reload }}
        />
      );
    }
    return <StateMessage status={state.status} />;
  })();

  return (
    <main class={isPanel ? 'popup panel' : 'popup'}>
      <PopupHeader
        tabId={tabId}
        onOpenPanel={
          isPanel
            ? undefined
            : () => void openSidePanel(tabId).then((opened) => opened && window.close())
        }
        highlightsOn={state?.status === 'ready' ? state.highlightsOn : null}
        offReason={siteOff ? 'site' : settings?.highlightsEnabled === false ? 'options' : null}
        onOpenOptions={openOptions}
      />
      {body}
    </main>
  );
}
