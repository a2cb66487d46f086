import type { ArticleReport, CitedOutlet } from '../core/report';
import type { OutletType } from '../core/catalog-schema';
import { formatList, snake, t, tCount } from './i18n';

/** Credits and outlets counted by a key (outlet type or country), largest first. */
export interface Tally<K extends string = string> {
  key: K;
  credits: number;
  outlets: number;
}

/** The numbers behind the one-line sourcing profile and the strip. */
export interface SourcingMix {
  credits: number;
  outlets: number;
  byType: Tally<OutletType>[];
  /** Keyed by ISO country code; '' for unlisted outlets whose country the text does not give. */
  byCountry: Tally[];
}

function tally<K extends string>(outlets: CitedOutlet[], keyOf: (o: CitedOutlet) => K): Tally<K>[] {
  const map = new Map<K, Tally<K>>();
  for (const outlet of outlets) {
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
export function measureSourcingMix(report: Pick<ArticleReport, 'outlets'>): SourcingMix {
  return {
    credits: report.outlets.reduce((n, o) => n + o.mentions.length, 0),
    outlets: report.outlets.length,
    byType: tally(report.outlets, (o) => o.type),
    byCountry: tally(report.outlets, (o) => o.country),
  };
}

/**
 * The one-line sourcing profile: "7 credits to 2 news agencies, 3 newspapers and 1 broadcaster
 * in 4 countries". Empty string when nothing is cited. Outlets of unknown country are not a
 * country of their own.
 */
export function formatSourcingProfile(mix: SourcingMix): string {
  if (!mix.outlets) return '';
  const types = mix.byType.map((x) => tCount(`outlets_${snake(x.key)}`, x.outlets));
  return t('profile_line', [
    tCount('credits', mix.credits),
    formatList(types),
    tCount('countries', mix.byCountry.filter((c) => c.key).length),
  ]);
}
