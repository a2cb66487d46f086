import type { ArticleReport } from '../core/report';
import { formatList, t, tCount } from './i18n';

/** Credits and outlets counted by a key (outlet type or country), largest first. */
export interface Tally {
  key: string;
  credits: number;
  outlets: number;
}

/** The numbers behind the one-line sourcing profile and the chart. */
export interface SourcingMix {
  credits: number;
  outlets: number;
  byType: Tally[];
  byCountry: Tally[];
}

function tally(
  report: ArticleReport,
  keyOf: (o: ArticleReport['outlets'][number]) => string,
): Tally[] {
  const map = new Map<string, Tally>();
  for (const outlet of report.outlets) {
    const key = keyOf(outlet);
    const entry = map.get(key) ?? { key, credits: 0, outlets: 0 };
    entry.credits += outlet.mentions.length;
    entry.outlets += 1;
    map.set(key, entry);
  }
  // Stable order: most credits, then most outlets, then first seen (Map order).
  return [...map.values()].sort((a, b) => b.credits - a.credits || b.outlets - a.outlets);
}

/** Counts a report's credits by outlet type and by country (cited outlets only). */
export function measureSourcingMix(report: ArticleReport): SourcingMix {
  return {
    credits: report.outlets.reduce((n, o) => n + o.mentions.length, 0),
    outlets: report.outlets.length,
    byType: tally(report, (o) => o.type),
    byCountry: tally(report, (o) => o.country),
  };
}

/**
 * The one-line sourcing profile: "7 credits to 2 news agencies, 3 newspapers and 1 broadcaster
 * in 4 countries". Empty string when nothing is cited.
 */
export function formatSourcingProfile(mix: SourcingMix): string {
  if (!mix.outlets) return '';
  const types = mix.byType.map((x) => tCount(`outlets_${x.key.replace(/-/g, '_')}`, x.outlets));
  return t('profile_line', [
    tCount('credits', mix.credits),
    formatList(types),
    tCount('countries', mix.byCountry.length),
  ]);
}
