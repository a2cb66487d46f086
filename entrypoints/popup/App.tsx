import ReportView from '@/components/ReportView';
import StateMessage from '@/components/StateMessage';
import { t } from '@/utils/ui/i18n';
import { sendToBackground, useTabState } from '@/utils/ui/use-tab-state';

/** The toolbar popup: the active tab's sourcing report, or a clear state. */
export default function App() {
  const { tabId, state } = useTabState();
  const body = (() => {
    if (!state || state.status === 'loading') return <StateMessage status="loading" />;
    if (state.status === 'ready') {
      return (
        <ReportView
          report={state.report}
          onFocusMention={(outletIndex, mentionIndex) => {
            if (tabId !== null) void sendToBackground('focusAttribution', { tabId, outletIndex, mentionIndex });
          }}
        />
      );
    }
    if (state.status === 'error') return <StateMessage status="error" detail={state.message} />;
    return <StateMessage status={state.status} />;
  })();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>SourceLens</h1>
      </header>
      {body}
    </main>
  );
}
