/**
 * `npm run catalog -- --coverage`: the outlets a reader most often sees credited in each
 * country's news (scripts/catalog-build/coverage/<cc>.txt, written from what each press credits,
 * not from the catalog), checked against the built catalog. An entry is covered when its web
 * address finds an outlet of that country and its name resolves, as the eval's labels do, to
 * that same outlet (or to a child of it, a programme at its parent's address); an entry without
 * an address only needs its name to resolve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOutletByUrl, indexDomains } from '../utils/core/catalog-lookup';
import type { Catalog } from '../utils/core/catalog-schema';
import { OutletNames } from './eval/match';

export const COVERAGE_KINDS = [
  'agency',
  'paper',
  'regional',
  'business',
  'sports',
  'tv',
  'radio',
  'programme',
  'site',
  'magazine',
] as const;

export interface CoverageEntry {
  country: string;
  name: string;
  domain?: string;
  kind: string;
  line: number;
}

/** Parses one list: `name | domain or - | kind` a line, `#` starts a comment. */
export function parseCoverage(country: string, text: string): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [name = '', domain = '', kind = ''] = line.split('|').map((s) => s.trim());
    entries.push({ country, name, domain: domain === '-' ? undefined : domain, kind, line: i + 1 });
  });
  return entries;
}

/** Every list in `dir`, one file per country (`de.txt` lists German outlets). */
export function readCoverage(dir: string): CoverageEntry[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2}\.txt$/.test(f))
    .sort()
    .flatMap((f) => parseCoverage(f.slice(0, 2).toUpperCase(), readFileSync(join(dir, f), 'utf8')));
}

/** Why each entry that is not covered is not. */
export function coverageProblems(
  catalog: Pick<Catalog, 'outlets'>,
  entries: readonly CoverageEntry[],
): string[] {
  const names = new OutletNames(catalog.outlets);
  const domains = indexDomains(catalog);
  // A programme or sub-brand living at its parent's address ("Sport Bild" at bild.de) is covered.
  const parentOf = new Map(catalog.outlets.map((o) => [o.id, o.parent]));
  const problems: string[] = [];
  for (const e of entries) {
    const where = `${e.country.toLowerCase()}.txt:${e.line} ${e.name}`;
    if (!(COVERAGE_KINDS as readonly string[]).includes(e.kind)) {
      problems.push(`${where}: unknown kind "${e.kind}"`);
      continue;
    }
    const ids = names.resolve(e.name);
    if (!e.domain) {
      if (!ids.length) problems.push(`${where}: no outlet by this name`);
      continue;
    }
    const byUrl = findOutletByUrl(e.domain, domains);
    if (!byUrl)
      problems.push(
        `${where}: no outlet at ${e.domain}${ids.length ? ` (name: ${ids.join(' ')})` : ''}`,
      );
    else if (byUrl.country !== e.country)
      problems.push(`${where}: ${e.domain} is ${byUrl.id} of ${byUrl.country}`);
    else if (!ids.some((id) => id === byUrl.id || parentOf.get(id) === byUrl.id))
      problems.push(`${where}: the name finds ${ids.join(' ') || 'nothing'}, not ${byUrl.id}`);
  }
  return problems;
}
