import type { Catalog, Outlet } from '../../utils/core/catalog-schema';

/** Deterministic 32-bit PRNG (mulberry32): the same seed always builds the same catalog. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'vel',
  'dor',
  'mi',
  'tra',
  'sen',
  'lo',
  'ber',
  'quin',
  'za',
  'ro',
  'ne',
  'fal',
  'tu',
  'gri',
  'mon',
  'sa',
  'vek',
  'il',
  'por',
  'da',
  'chi',
  'wen',
  'ost',
];
const SUFFIXES = [
  'Times',
  'Herald',
  'Post',
  'Daily',
  'News',
  'Tribune',
  'Courier',
  'Gazette',
  'Observer',
  'Journal',
  'Chronicle',
  'Express',
  'Monitor',
  'Today',
  'Press',
  'Wire',
  'Report',
  'TV',
  'Radio',
];
const TLDS = ['com', 'net', 'org', 'co.uk', 'de', 'fr', 'info', 'news', 'com.au', 'it'];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function makeWord(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rand, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * One fake outlet shaped like `template` (same languages, type, country, number of names per
 * language and abbreviation lengths) but with made-up names, so a grown catalog keeps the real
 * catalog's mix of long names and short case-sensitive abbreviations.
 */
function fakeOutlet(rand: () => number, template: Outlet, serial: number): Outlet {
  const word = makeWord(rand);
  const name = `${word} ${pick(rand, SUFFIXES)}`;
  const names: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(template.names)) {
    names[lang] = list.map((_, i) =>
      i === 0 ? name : `${makeWord(rand)} ${pick(rand, SUFFIXES)}`,
    );
  }
  const abbreviations = (template.abbreviations ?? []).map((a) =>
    a.replace(/./gu, () => pick(rand, LETTERS)),
  );
  return {
    id: `synthetic-${serial}`,
    name,
    names,
    abbreviations,
    domains: [`${word.toLowerCase()}${serial}.${pick(rand, TLDS)}`],
    country: template.country,
    languages: template.languages,
    type: template.type,
    sources: { name: 'synthetic' },
  };
}

/**
 * The real catalog plus deterministic fake outlets, `factor` times as many outlets in all
 * (factor 10 → the real ones and nine times as many fakes).
 */
export function growCatalog(catalog: Catalog, factor: number, seed = 7): Catalog {
  const rand = makeRandom(seed);
  const extra: Outlet[] = [];
  const real = catalog.outlets;
  const wanted = real.length * (factor - 1);
  for (let i = 0; i < wanted; i++) extra.push(fakeOutlet(rand, real[i % real.length], i));
  return { ...catalog, outlets: [...real, ...extra] };
}

/**
 * The first `count` outlets by id plus every outlet in `mustKeep` (those the pages cite), with
 * the ambiguity list narrowed to outlets still present.
 */
export function shrinkCatalog(
  catalog: Catalog,
  count: number,
  mustKeep: ReadonlySet<string>,
): Catalog {
  const byId = [...catalog.outlets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keep = new Set([...byId.slice(0, count).map((o) => o.id), ...mustKeep]);
  const outlets = catalog.outlets.filter((o) => keep.has(o.id));
  const ambiguous = catalog.ambiguous
    .map((a) => ({ ...a, outlets: a.outlets.filter((id) => keep.has(id)) }))
    .filter((a) => a.outlets.length >= 2);
  return { ...catalog, outlets, ambiguous };
}
