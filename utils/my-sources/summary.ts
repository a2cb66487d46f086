import type { OutletSummary } from '../core/report';
import type { StateTypology } from '../core/catalog-schema';
import { dayBefore, type CountedArticle } from './model';

/**
 * State Media Matrix categories counted as state-affiliated: every one but "independent public
 * media" (IP), which the Matrix itself describes as free of state control over editorial lines.
 */
const STATE_AFFILIATED: ReadonlySet<StateTypology> = new Set([
  'SC',
  'ISFM',
  'ISF',
  'ISM',
  'CaPu',
  'CaPr',
]);

/** An outlet and how many of the period's articles rest on it. */
export interface OutletTally {
  id: string;
  articles: number;
}

/** What a reader's articles over a period rested on. */
export interface PeriodSummary {
  days: number;
  articles: number;
  /** Articles that cite exactly one outlet. */
  singleSource: number;
  /** Outlets by the number of articles citing them, most first. */
  outlets: OutletTally[];
  /** Citations (one per article and cited outlet) counted for the shares below. */
  citations: number;
  /** Citations of news agencies, of state-affiliated outlets, and by country (ISO code or ''). */
  wire: number;
  stateAffiliated: number;
  countries: { key: string; citations: number }[];
}

/** Map entries as a list, largest count first, then by key (stable across runs). */
function sortTally<T>(map: Map<string, number>, make: (key: string, n: number) => T): T[] {
  return [...map]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => make(k, n));
}

/**
 * Sums the articles of the last `days` days (today included). `describe` gives an outlet's
 * catalog facts; an outlet it does not know (unlisted, or dropped from the catalog) counts as
 * an article's source but in no share.
 */
export function summarizePeriod(
  articles: CountedArticle[],
  days: number,
  now: Date,
  describe: (id: string) => OutletSummary | undefined,
): PeriodSummary {
  const from = dayBefore(now, days - 1);
  const inPeriod = articles.filter((a) => a.day >= from);
  const byOutlet = new Map<string, number>();
  const byCountry = new Map<string, number>();
  let citations = 0;
  let wire = 0;
  let stateAffiliated = 0;
  for (const article of inPeriod) {
    for (const { id } of article.outlets) {
      byOutlet.set(id, (byOutlet.get(id) ?? 0) + 1);
      const facts = describe(id);
      citations += 1;
      if (facts?.type === 'news-agency') wire += 1;
      const typology = facts?.stateAffiliation?.typology;
      if (typology && STATE_AFFILIATED.has(typology)) stateAffiliated += 1;
      const country = facts?.country ?? '';
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
  }
  return {
    days,
    articles: inPeriod.length,
    singleSource: inPeriod.filter((a) => a.outlets.length === 1).length,
    outlets: sortTally(byOutlet, (id, articles) => ({ id, articles })),
    citations,
    wire,
    stateAffiliated,
    countries: sortTally(byCountry, (key, citations) => ({ key, citations })),
  };
}
