import type { ArticleReport, OutletSummary } from '@/utils/core/report';
import { t } from '@/utils/ui/i18n';
import { countryFlag } from '@/utils/ui/labels';
import OutletCard from './OutletCard';
import StateMessage from './StateMessage';

/** Props for `ReportView`. */
export interface ReportViewProps {
  report: ArticleReport;
  onFocusMention?: (outletIndex: number, mentionIndex: number) => void;
}

function OutletLine({ label, outlet }: { label: string; outlet: OutletSummary }) {
  return (
    <p class="summary-line">
      <span class="summary-label">{label}</span>{' '}
      <strong>{outlet.name}</strong> {countryFlag(outlet.country)}
    </p>
  );
}

/** The report of one article: publisher, original source, and the outlets it cites. */
export default function ReportView({ report, onFocusMention }: ReportViewProps) {
  const count = report.outlets.length;
  return (
    <>
      <section class="summary" aria-label={t('summary_label')}>
        {report.publisher ? <OutletLine label={t('publisher')} outlet={report.publisher} /> : null}
        {report.originalSource ? (
          <OutletLine label={t('original_source')} outlet={report.originalSource} />
        ) : null}
        <p class="summary-count">{t(count === 1 ? 'cited_one' : 'cited_many', String(count))}</p>
      </section>
      {count === 0 ? (
        <StateMessage status="no-outlets" />
      ) : (
        <ul class="outlets" aria-label={t('cited_outlets')}>
          {report.outlets.map((outlet, i) => (
            <OutletCard
              key={outlet.id}
              outlet={outlet}
              onFocusMention={(m) => onFocusMention?.(i, m)}
            />
          ))}
        </ul>
      )}
    </>
  );
}
