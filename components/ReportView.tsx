import { useMemo } from 'preact/hooks';
import type { ArticleReport, CitedOutlet } from '@/utils/core/report';
import { buildRelatedLinks } from '@/utils/related/links';
import { buildSourceChain } from '@/utils/ui/chain';
import { t } from '@/utils/ui/i18n';
import { measureSourcingMix } from '@/utils/ui/profile';
import type { PageCorrections } from '@/utils/ui/use-corrections';
import type { LiveCoverageState } from '@/utils/ui/use-live-coverage';
import DismissedOutlets from './DismissedOutlets';
import LiveCoverageNote from './LiveCoverageNote';
import MissedCreditForm from './MissedCreditForm';
import OutletRow from './OutletRow';
import ReportSummary from './ReportSummary';
import SourceChain from './SourceChain';
import SourcingStrip from './SourcingStrip';
import StateMessage from './StateMessage';

/** Props for `ReportView`. */
export interface ReportViewProps {
  report: ArticleReport;
  /** Outlet and mention indexes are the report's own, whatever rows are hidden. */
  onFocusMention?: (outletIndex: number, mentionIndex: number) => void;
  /** Live related coverage; omitted in contexts without a background (tests, previews). */
  live?: LiveCoverageState;
  onRetryLive?: () => void;
  onOpenOptions?: () => void;
  /** Leave out outlets the catalog does not know (the reader's option). */
  hideUnlisted?: boolean;
  /** The reader's corrections for this site; omitted where they cannot be stored (previews). */
  corrections?: PageCorrections;
}

/** Cited outlets the reader sees, each with its index in the report. */
function visibleOutlets(
  report: ArticleReport,
  hideUnlisted: boolean,
  dismissed: Set<string>,
): { outlet: CitedOutlet; index: number }[] {
  return report.outlets
    .map((outlet, index) => ({ outlet, index }))
    .filter(({ outlet }) => !dismissed.has(outlet.id) && (outlet.listed || !hideUnlisted));
}

/**
 * The report of one article: summary, one compact row per cited outlet, the sourcing mix, the
 * source chain, uncertain mentions, related coverage and the reader's corrections.
 */
export default function ReportView({
  report,
  onFocusMention,
  live,
  onRetryLive,
  onOpenOptions,
  hideUnlisted = false,
  corrections,
}: ReportViewProps) {
  const dismissed = corrections?.dismissed ?? new Set<string>();
  const dismissedKey = [...dismissed].join(' ');
  const shown = useMemo(
    () => visibleOutlets(report, hideUnlisted, dismissed),
    // `dismissed` is a new Set each render: its content (the key) is what matters.
    [report, hideUnlisted, dismissedKey],
  );
  const outlets = useMemo(() => shown.map((s) => s.outlet), [shown]);
  const mix = useMemo(() => measureSourcingMix({ outlets }), [outlets]);
  const chain = useMemo(() => buildSourceChain(report, outlets), [report, outlets]);
  const links = useMemo(() => buildRelatedLinks(report), [report]);
  const liveByOutlet =
    live?.status === 'done' ? new Map(live.outlets.map((o) => [o.outletId, o.articles])) : null;
  const hidden = (corrections?.site.dismissed ?? []).filter((d) =>
    report.outlets.some((o) => o.id === d.outletId),
  );
  return (
    <>
      <ReportSummary report={report} outlets={outlets} mix={mix} />
      {mix.outlets === 0 ? (
        <StateMessage status="no-outlets" />
      ) : (
        <section aria-labelledby="outlets-title">
          <h2 id="outlets-title" class="visually-hidden">
            {t('cited_outlets')}
          </h2>
          <ul class="outlets">
            {shown.map(({ outlet, index }) => (
              <OutletRow
                key={outlet.id}
                outlet={outlet}
                links={links.outlets[index]}
                liveArticles={liveByOutlet?.get(outlet.id)}
                onFocusMention={onFocusMention ? (m) => onFocusMention(index, m) : undefined}
                onDismiss={corrections ? () => corrections.dismiss(outlet) : undefined}
              />
            ))}
          </ul>
        </section>
      )}
      {corrections ? <DismissedOutlets dismissed={hidden} onRestore={corrections.restore} /> : null}
      <SourceChain chain={chain} />
      <SourcingStrip mix={mix} />
      {report.uncertain.length ? (
        <section class="uncertain" aria-labelledby="uncertain-title">
          <h2 id="uncertain-title" class="section-title">
            {t('uncertain_title')}
          </h2>
          <p class="section-help">{t('uncertain_help')}</p>
          <ul class="outlets">
            {report.uncertain.map((outlet) => (
              <OutletRow key={outlet.id} outlet={outlet} isUncertain />
            ))}
          </ul>
        </section>
      ) : null}
      <section class="related" aria-labelledby="related-title">
        <h2 id="related-title" class="section-title">
          {t('related_title')}
        </h2>
        <p>
          <a class="related-wider" href={links.wider} target="_blank" rel="noopener noreferrer">
            {t('related_wider')}
          </a>
        </p>
        {live ? (
          <LiveCoverageNote
            live={live}
            onRetry={() => onRetryLive?.()}
            onOpenOptions={() => onOpenOptions?.()}
          />
        ) : null}
      </section>
      {corrections ? (
        <MissedCreditForm noted={corrections.site.missed} onSubmit={corrections.reportMissed} />
      ) : null}
    </>
  );
}
