/** Counting helpers for `npm run catalog -- --stats`. */
import type { Catalog, Outlet } from '../utils/core/catalog-schema';
import { OUTLET_TYPES } from '../utils/core/catalog-schema';

export function countBy<T>(items: T[], key: (t: T) => string | string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) for (const k of [key(it)].flat()) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Fields whose share of entries the stats report, with the test for "has it". */
export const FIELD_TESTS: [string, (o: Outlet) => boolean][] = [
  ['names in 2+ languages', (o) => Object.keys(o.names).length > 1],
  [
    'curated names in 2+ languages',
    (o) => Object.keys(o.names).length > 1 && o.sources.names === 'curated',
  ],
  ['abbreviations', (o) => (o.abbreviations ?? []).length > 0],
  ['short names (context only)', (o) => (o.shortNames ?? []).length > 0],
  ['domains', (o) => o.domains.length > 0],
  ['languages', (o) => o.languages.length > 0],
  ['owner', (o) => !!o.owner],
  ['parent', (o) => !!o.parent],
  ['stateAffiliation', (o) => !!o.stateAffiliation],
  ['wikidata', (o) => !!o.wikidata],
  ['search', (o) => !!o.search],
  ['feeds', (o) => (o.feeds ?? []).length > 0],
];

const pct = (n: number, total: number) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
const row = (label: string, n: number | string, extra = '') =>
  `  ${label.padEnd(34)} ${String(n).padStart(6)} ${extra}`;

/** Facts credited to a source the catalog marks as inferred, by field and source. */
function inferredFacts(catalog: Catalog): string[] {
  const inferred = new Set(catalog.sources.filter((s) => s.inferred).map((s) => s.id));
  const facts = catalog.outlets.flatMap((o) =>
    Object.entries(o.sources)
      .filter(([, src]) => inferred.has(src))
      .map(([field, src]) => `${field} from ${src}`),
  );
  return countBy(facts, (f) => f).map(([k, n]) => row(k, n));
}

/** One line per country: outlets of each type (columns in OUTLET_TYPES order). */
function typesByCountry(o: Outlet[], top: number): string[] {
  const head = `  ${'country'.padEnd(8)}${OUTLET_TYPES.map((t) => t.padStart(12)).join('')}   total`;
  const rows = countBy(o, (x) => x.country)
    .slice(0, top)
    .map(([cc, total]) => {
      const of = o.filter((x) => x.country === cc);
      const cells = OUTLET_TYPES.map((t) =>
        String(of.filter((x) => x.type === t).length).padStart(12),
      );
      return `  ${cc.padEnd(8)}${cells.join('')}   ${total}`;
    });
  return [head, ...rows];
}

export function statsReport(catalog: Catalog, topCountries = 25): string {
  const o = catalog.outlets;
  const countries = countBy(o, (x) => x.country);
  const agencies = new Set(o.filter((x) => x.type === 'news-agency').map((x) => x.country));
  const lines = [
    `outlets: ${o.length}`,
    `countries: ${countries.length}`,
    `with a Wikidata id (QID): ${o.filter((x) => x.wikidata).length}`,
    `countries with a news agency: ${agencies.size}`,
    `with names under 2+ language keys: ${o.filter((x) => Object.keys(x.names).length > 1).length}`,
    `ambiguous aliases: ${catalog.ambiguous.length}`,
    '',
    'by type:',
    ...countBy(o, (x) => x.type).map(([k, n]) => row(k, n, pct(n, o.length))),
    '',
    `types by country (top ${topCountries} of ${countries.length}):`,
    ...typesByCountry(o, topCountries),
    '',
    'by language (entries listing it):',
    ...countBy(o, (x) => (x.languages.length ? x.languages : ['(none)']))
      .slice(0, 30)
      .map(([k, n]) => row(k, n)),
    '',
    'by source of the entry (source of its name):',
    ...countBy(o, (x) => x.sources.name ?? '?').map(([k, n]) => row(k, n)),
    '',
    'inferred facts (field from source):',
    ...inferredFacts(catalog),
    '',
    'share of entries with:',
    ...FIELD_TESTS.map(([label, test]) => {
      const n = o.filter(test).length;
      return row(label, n, pct(n, o.length));
    }),
  ];
  return lines.join('\n');
}

export function summaryTable(catalog: Catalog, limit = 40): string {
  const o = catalog.outlets;
  const head = `${'id'.padEnd(34)} ${'type'.padEnd(12)} cc  domains`;
  const rows = o
    .slice(0, limit)
    .map(
      (x) =>
        `${x.id.slice(0, 34).padEnd(34)} ${x.type.padEnd(12)} ${x.country}  ${x.domains.join(' ')}`,
    );
  return [
    `${o.length} outlets in ${new Set(o.map((x) => x.country)).size} countries (first ${Math.min(limit, o.length)} shown)`,
    head,
    ...rows,
    '',
    'npm run catalog -- --json    every entry as JSON',
    'npm run catalog -- --stats   counts by type and country, Wikidata ids, inferred facts, field coverage',
  ].join('\n');
}
