import type { OutletSummary } from '@/utils/core/report';
import type { CountedArticle } from '@/utils/my-sources/model';
import { summarizePeriod } from '@/utils/my-sources/summary';
import { t, tCount, uiLocale } from '@/utils/ui/i18n';
import { countryName } from '@/utils/ui/labels';

/** Props for `PeriodCard`. */
export interface PeriodCardProps {
  days: number;
  articles: CountedArticle[];
  /** Catalog facts by outlet id (unknown ids are named from the id). */
  outlets: Map<string, OutletSummary>;
  now?: Date;
}

/** Most outlets and countries listed per period. */
const TOP = 8;

const percent = (part: number, whole: number) =>
  new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(whole ? part / whole : 0);

/** An unlisted outlet's name, from its id (`unlisted:daily-courier` → "daily courier"). */
const nameOf = (id: string, outlets: Map<string, OutletSummary>) =>
  outlets.get(id)?.name ?? id.replace(/^unlisted:/, '').replace(/-/g, ' ');

/** One period's summary: articles, the outlets they rest on, wire and state shares, countries. */
export default function PeriodCard({ days, articles, outlets, now = new Date() }: PeriodCardProps) {
  const s = summarizePeriod(articles, days, now, (id) => outlets.get(id));
  const id = `period-${days}`;
  return (
    <section class="period" aria-labelledby={id} data-days={days} data-articles={s.articles}>
      <h2 id={id}>{tCount('period_days', days)}</h2>
      <p class="period-count">
        <strong>{tCount('period_articles', s.articles)}</strong>
        {s.articles ? ` · ${tCount('period_single', s.singleSource)}` : null}
      </p>
      {s.citations ? (
        <>
          <p class="period-shares">
            {t('period_shares', [
              percent(s.wire, s.citations),
              percent(s.stateAffiliated, s.citations),
            ])}
          </p>
          <h3>{t('period_outlets')}</h3>
          <ol class="period-outlets">
            {s.outlets.slice(0, TOP).map((o) => (
              <li key={o.id} data-outlet={o.id}>
                {nameOf(o.id, outlets)}{' '}
                <span class="period-n">{tCount('period_articles', o.articles)}</span>
              </li>
            ))}
          </ol>
          <h3>{t('period_countries')}</h3>
          <p class="period-countries">
            {s.countries
              .slice(0, TOP)
              .map((c) => `${countryName(c.key)} ${percent(c.citations, s.citations)}`)
              .join(' · ')}
          </p>
        </>
      ) : null}
    </section>
  );
}
