/**
 * `npm run catalog -- --gaps [--region NAME]`: for every country with a sizeable press, which of
 * the kinds of outlet a reader meets in its news are missing from the catalog (news agency,
 * public broadcaster, its channels and programmes, national dailies, a business daily, sports
 * media, news sites). The kinds of business and sports media are read from the outlets' names,
 * so the table is a guide for curating, not a measure.
 */
import type { Catalog, Outlet } from '../utils/core/catalog-schema';

/** Countries with a sizeable press, by region (ISO 3166-1 alpha-2). */
export const GAP_REGIONS: Record<string, string[]> = {
  Africa:
    'NG ZA KE EG ET GH TZ UG DZ MA TN SN CI CM ZW ZM AO MZ RW SD LY CD MG ML BF NE BJ MW BW NA'.split(
      ' ',
    ),
  'South Asia': 'IN PK BD LK NP AF MV BT'.split(' '),
  'Southeast Asia': 'ID PH VN TH MY SG MM KH LA BN TL'.split(' '),
  'East Asia': 'CN JP KR KP TW HK MN MO'.split(' '),
  'Latin America': 'BR MX AR CO CL PE VE EC BO PY UY CU DO GT HN SV NI CR PA PR JM HT TT'.split(
    ' ',
  ),
  'Middle East': 'TR IR IQ SA AE IL PS JO LB SY YE OM KW QA BH'.split(' '),
  'Eastern Europe':
    'RU UA PL CZ SK HU RO BG RS HR SI BA ME MK AL XK MD BY LT LV EE GE AM AZ KZ UZ KG TJ TM'.split(
      ' ',
    ),
  Nordics: 'SE NO DK FI IS'.split(' '),
  'Western Europe': 'GB IE FR DE AT CH BE NL LU IT ES PT GR CY MT'.split(' '),
  'North America and Oceania': 'US CA AU NZ PG FJ'.split(' '),
};

const BUSINESS =
  /business|econom|financ|wirtschaft|handels|ekonom|iktisa|kinh tế|經濟|经济|財經|财经|경제|経済|bisnis|dinero|expansi|valor|\bmint\b|bourse|gazdas|hospodář|finans|kapital|capital|kauppalehti|dagens industri|børsen|les echos|il sole|ведомост|коммерсант|деловой|\bmoney|market|commerc|اقتصاد|arthik|আর্থিক|अर्थ|वाणिज्य|dunya|portafolio|gestión|el cronista|ámbito|diario financiero|la república/i;
const SPORTS =
  /sport|deport|esporte|спорт|kicker|\bmarca\b|\bas\b|\bolé\b|\blance\b|a bola|\brecord\b|fanatik|\bspor\b|스포츠|スポーツ|体育|體育|ورزش|رياض|kora|\bkooora|खेल|খেলা|gazzetta|l'équipe|bola|football|futbol|fútbol|cricket/i;

export const GAP_KINDS: [string, (o: Outlet, all: Map<string, Outlet>) => boolean][] = [
  ['agency', (o) => o.type === 'news-agency' && !o.parent],
  ['public tv/radio', (o) => o.type === 'broadcaster' && !o.parent && !!o.stateAffiliation],
  ['channels/programmes', (o, all) => all.get(o.parent ?? '')?.type === 'broadcaster'],
  ['dailies (3+)', (o) => o.type === 'newspaper'],
  ['business', (o) => BUSINESS.test(allNames(o))],
  ['sports', (o) => SPORTS.test(allNames(o))],
  ['news sites (2+)', (o) => o.type === 'online'],
];
const NEEDED: Record<string, number> = { 'dailies (3+)': 3, 'news sites (2+)': 2 };

function allNames(o: Outlet): string {
  return [o.name, ...Object.values(o.names).flat(), ...(o.abbreviations ?? [])].join(' | ');
}

/** Per country: the count of each kind, and the kinds below what a sizeable press has. */
export function countryGaps(catalog: Catalog, cc: string) {
  const all = new Map(catalog.outlets.map((o) => [o.id, o]));
  const of = catalog.outlets.filter((o) => o.country === cc);
  const counts = GAP_KINDS.map(([kind, test]) => [kind, of.filter((o) => test(o, all)).length]);
  const missing = counts.filter(([kind, n]) => (n as number) < (NEEDED[kind as string] ?? 1));
  return { cc, total: of.length, counts, missing: missing.map(([k]) => k as string) };
}

export function gapsReport(catalog: Catalog, region?: string): string {
  const lines: string[] = [];
  const head = `  cc  total ${GAP_KINDS.map(([k]) => k.slice(0, 9).padStart(10)).join('')}  missing`;
  for (const [name, ccs] of Object.entries(GAP_REGIONS)) {
    if (region && !name.toLowerCase().includes(region.toLowerCase())) continue;
    const rows = ccs
      .map((cc) => countryGaps(catalog, cc))
      .sort((a, b) => b.missing.length - a.missing.length || a.total - b.total);
    const empty = rows.reduce((n, r) => n + r.missing.length, 0);
    lines.push(`${name} (${empty} gaps in ${rows.length} countries)`, head);
    for (const r of rows) {
      const cells = r.counts.map(([, n]) => String(n).padStart(10)).join('');
      lines.push(`  ${r.cc}  ${String(r.total).padStart(5)} ${cells}  ${r.missing.join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
