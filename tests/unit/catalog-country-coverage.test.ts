/**
 * The outlets a reader most often sees credited in each of ~75 countries' news (agencies, national,
 * regional, business and sports dailies, broadcasters and their news brands, news sites), listed
 * by hand in scripts/catalog-build/coverage/<cc>.txt, are all in the catalog: found at their web
 * address as an outlet of that country, and by their name as the eval's labels are resolved.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverageProblems, parseCoverage, readCoverage } from '../../scripts/catalog-coverage';
import { parseCatalog } from '../../utils/core/catalog-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const raw = JSON.parse(readFileSync(join(root, 'utils/core/catalog.json'), 'utf8')) as unknown;
const { catalog } = parseCatalog(raw);
const entries = readCoverage(join(root, 'scripts/catalog-build/coverage'));

describe('country coverage lists', () => {
  it('list the big presses', () => {
    expect(new Set(entries.map((e) => e.country)).size).toBeGreaterThanOrEqual(70);
    expect(entries.length).toBeGreaterThan(1400);
  });

  it('are all in the catalog (by address and by name)', () => {
    const problems = coverageProblems(catalog, entries);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('report an outlet the catalog lacks, one at the wrong address and one of another country', () => {
    const list = parseCoverage(
      'DE',
      [
        'Westfield Courier | westfieldcourier.example | paper',
        'Die Zeit | spiegel.de | paper',
        'Le Monde | lemonde.fr | paper',
      ].join('\n'),
    );
    expect(coverageProblems(catalog, list)).toEqual([
      'de.txt:1 Westfield Courier: no outlet at westfieldcourier.example',
      'de.txt:2 Die Zeit: the name finds die-zeit, not der-spiegel',
      'de.txt:3 Le Monde: lemonde.fr is le-monde of FR',
    ]);
  });
});
