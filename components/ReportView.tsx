import { useMemo } from 'preact/hooks';
import type { ArticleReport } from '@/utils/core/report';
import { buildRelatedLinks } from '@/utils/related/links';
import { t } from '@/utils/ui/i18n';
import { measureSourcingMix } from '@/utils/ui/profile';
import type { LiveCoverageState } from '@/utils/ui/use-live-coverage';
import LiveCoverageNote from './LiveCoverageNote';
import OutletCard from './OutletCard';
import ReportSummary from './ReportSummary';
import SourcingChart from './SourcingChart';
import StateMessage from './StateMessage';

/** Props for `ReportView`. */
export interface ReportViewProps {
  report: ArticleReport;
  onFocusMention?: (outletIndex: number, mentionIndex: number) => void;
  /** Live related coverage; omitted in contexts without a background (tests, previews). */
  live?: LiveCoverageState;
  onRetryLive?: () => void;
  onOpenOptions?: () => void;
}

/** The report of one article: summary, sourcing mix, cited outlets, uncertain mentions, related coverage. */
export default function ReportView({
  report,
  onFocusMention,
  live,
  onRetryLive,
  onOpenOptions,
}: ReportViewProps) {
  const mix = useMemo(() => measureSourcingMix(report), [report]);
  const links = useMemo(() => buildRelatedLinks(report), [report]);
  const liveByOutlet =
    live?.status === 'done' ? new Map(live.outlets.map((o) => [o.outletId, o.articles])) : null;
  return (
    <>
      <ReportSummary report={report} mix={mix} />
      {mix.outlets === 0 ? (
        <StateMessage status="no-outlets" />
      ) : (
        <>
          <SourcingChart mix={mix} />
          <section aria-labelledby="outlets-title">
            <h2 id="outlets-title" class="section-title">
              {t('cited_outlets')}
            </h2>
            <ul class="outlets">
              {report.outlets.map((outlet, i) => (
                <OutletCard
                  key={outlet.id}
                  outlet={outlet}
                  links={links.outlets[i]}
                  liveArticles={liveByOutlet?.get(outlet.id)}
                  onFocusMention={onFocusMention ? (m) => onFocusMention(i, m) : undefined}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      {report.uncertain.length ? (
        <section class="uncertain" aria-labelledby="uncertain-title">
          <h2 id="uncertain-title" class="section-title">
            {t('uncertain_title')}
          </h2>
          <p class="section-help">{t('uncertain_help')}</p>
          <ul class="outlets">
            {report.uncertain.map((outlet) => (
              <OutletCard key={outlet.id} outlet={outlet} isUncertain />
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
    </>
  );
}
