/**
 * Outlet tables: curated outlets one per line, for lists too long to write as JSON
 * (curated/*.psv). Format (see ../README.md, "Curating"):
 *
 *     name | domains | country | languages | type | key=value; key=value
 *
 * The display name becomes a running-text name when it is safe to match on its own (two words
 * or more with one of the outlet's own, a brand-shaped word, all capitals → abbreviation);
 * otherwise a short name. Names given with `names=` are taken as written.
 */
import type { OutletType } from '../../utils/core/catalog-schema';
import type { CuratedOutlet } from './build';
import { slugify } from './text';
import { isDistinctiveName, stripQualifier } from './wikidata-names';

const TYPES: Record<string, OutletType> = {
  agency: 'news-agency',
  paper: 'newspaper',
  newspaper: 'newspaper',
  tv: 'broadcaster',
  radio: 'broadcaster',
  broadcaster: 'broadcaster',
  magazine: 'magazine',
  online: 'online',
  other: 'other',
};

const LIST_KEYS = new Set(['names', 'abbr', 'short']);

/** `key=value; key=value` → map (lists split on commas). */
function parseExtras(text: string, where: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of text.split(';')) {
    if (!pair.trim()) continue;
    const m = /^\s*([a-z]+(?:\.[a-z]{2})?)\s*(?:=\s*(.*?))?\s*$/.exec(pair);
    if (!m) throw new Error(`${where}: cannot read "${pair.trim()}"`);
    const [, key, value = ''] = m;
    const isList = LIST_KEYS.has(key.split('.')[0]);
    out.set(
      key,
      isList
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : [value],
    );
  }
  return out;
}

/** The display name as running-text name, abbreviation or short name. */
function sortDisplayName(name: string): 'names' | 'abbreviations' | 'shortNames' {
  if (/^[A-Z0-9&-]{2,6}$/.test(name) && /[A-Z]/.test(name)) return 'abbreviations';
  return isDistinctiveName(name) ? 'names' : 'shortNames';
}

function parseLine(line: string, where: string): CuratedOutlet {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length < 5 || cells.length > 6) throw new Error(`${where}: expected 5 or 6 fields`);
  const [name, domains, country, languages, typeCode, extrasText = ''] = cells;
  const type = TYPES[typeCode];
  if (!type) throw new Error(`${where}: unknown type "${typeCode}"`);
  const extras = parseExtras(extrasText, where);
  const langs = languages === '-' ? [] : languages.split(/\s+/);
  const lang = langs[0] ?? 'en';
  const o: CuratedOutlet = {
    id: extras.get('id')?.[0] ?? slugify(name),
    name,
    names: {},
    domains: domains === '-' ? [] : domains.split(/\s+/),
    country,
    languages: langs,
    type,
  };
  const add = (field: 'names' | 'abbreviations' | 'shortNames', values: string[], key = lang) => {
    if (!values.length) return;
    if (field === 'names') o.names[key] = [...new Set([...(o.names[key] ?? []), ...values])];
    else o[field] = [...new Set([...(o[field] ?? []), ...values])];
  };
  const bare = stripQualifier(name);
  if (!extras.has('noname')) add(sortDisplayName(bare), [bare]);
  for (const [key, values] of extras) {
    if (key === 'names') add('names', values);
    else if (key.startsWith('names.')) add('names', values, key.slice(6));
    else if (key === 'abbr') add('abbreviations', values);
    else if (key === 'short') add('shortNames', values);
    else if (key === 'parent') o.parent = values[0];
    else if (key === 'owner') o.owner = values[0];
    else if (key === 'wikidata') o.wikidata = values[0];
    else if (key !== 'id' && key !== 'noname') throw new Error(`${where}: unknown key "${key}"`);
  }
  return o;
}

/** Every outlet of one table file. Throws with the file and line of the first bad line. */
export function parseOutletTable(text: string, file: string): CuratedOutlet[] {
  const out: CuratedOutlet[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    out.push(parseLine(line, `${file}:${i + 1}`));
  });
  return out;
}
