import type { ArticleReport, CitedOutlet, OutletSummary } from '@/utils/core/report';
import { t, tCount } from '@/utils/ui/i18n';
import { countryFlag, countryName } from '@/utils/ui/labels';
import { formatSourcingProfile, type SourcingMix } from '@/utils/ui/profile';

/** Props for `ReportSummary`. */
export interface ReportSummaryProps {
  report: ArticleReport;
  /** The cited outlets the reader sees (corrections and options applied). */
  outlets: CitedOutlet[];
  mix: SourcingMix;
}

/** The country as a flag (named for screen readers), or its name where flags don't draw. */
function CountryMark({ code }: { code: string }) {
  if (!code) return null;
  const flag = countryFlag(code);
  const name = countryName(code);
  if (!flag) return <span class="summary-country">({name})</span>;
  return (
    <span role="img" aria-label={name} title={name}>
      {flag}
    </span>
  );
}

/** A labelled outlet line; no `data-outlet-id` here (that marks cited outlets' rows only). */
function OutletLine({
  label,
  outlet,
  className,
}: {
  label: string;
  outlet: OutletSummary;
  className: string;
}) {
  return (
    <p class={`summary-line ${className}`}>
      <span class="summary-label">{label}</span> <strong>{outlet.name}</strong>{' '}
      <CountryMark code={outlet.country} />
    </p>
  );
}

/** The answer in one glance: who published it, where it came from, how many outlets it cites. */
export default function ReportSummary({ report, outlets, mix }: ReportSummaryProps) {
  const single = outlets.length === 1 ? outlets[0] : null;
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="visually-hidden">
        {t('summary_label')}
      </h2>
      {report.publisher ? (
        <OutletLine
          label={t('publisher')}
          outlet={report.publisher}
          className="summary-publisher"
        />
      ) : null}
      {report.originalSource ? (
        <OutletLine
          label={t('original_source')}
          outlet={report.originalSource}
          className="summary-original"
        />
      ) : null}
      <p class="summary-count">
        <strong>{tCount('cited', mix.outlets)}</strong>
        {mix.outlets ? (
          <>
            {' · '}
            <span class="summary-profile">{formatSourcingProfile(mix)}</span>
          </>
        ) : null}
      </p>
      {single ? (
        <p class="notice notice-single" role="note">
          {t('single_source_notice', single.name)}
        </p>
      ) : null}
    </section>
  );
}
