/**
 * Every outlet our labelled pages cite is in the catalog: the dev corpus and the seed page by
 * name (their labels give names), the pool's dev half by web domain (its labels give domains).
 * The pool's test half is never read here: it measures, it is not tuned on.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutletNames } from '../../scripts/eval/match';
import { findOutletByUrl, indexDomains } from '../../utils/core/catalog-lookup';
import { parseCatalog } from '../../utils/core/catalog-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
const { catalog } = parseCatalog(read('utils/core/catalog.json'));
const names = new OutletNames(catalog.outlets);
const domains = indexDomains(catalog);

interface Cited {
  outlet: string;
  surfaces?: string[];
  domain?: string;
}
interface Page {
  id?: string;
  cited?: Cited[];
}
const pages = (path: string) => [read(path)].flat() as Page[];
const cited = (list: Page[]) =>
  list.flatMap((p) => (p.cited ?? []).map((c) => ({ page: p.id, ...c })));

describe('outlets cited in the labelled pages', () => {
  it.each([
    ['the dev corpus', 'tests/fixtures/corpus/labels-dev.json'],
    ['the seed page', 'tests/fixtures/pages/us-israel-relations/labels.json'],
  ])('are all in the catalog: %s (by name)', (_label, path) => {
    const missing = cited(pages(path))
      .filter((c) => names.resolve(c.outlet, c.surfaces ?? []).length === 0)
      .map((c) => `${c.page}: ${c.outlet}`);
    expect(missing, `not in the catalog:\n${missing.join('\n')}`).toEqual([]);
  });

  it('are all in the catalog: the pool dev half (by web domain)', () => {
    const all = cited(pages('tests/fixtures/pool/labels-dev.json'));
    expect(all.length).toBeGreaterThan(20);
    const missing = all
      .filter((c) =>
        c.domain ? !findOutletByUrl(c.domain, domains) : !names.resolve(c.outlet).length,
      )
      .map((c) => `${c.page}: ${c.outlet} (${c.domain ?? 'no domain'})`);
    expect(missing, `not in the catalog:\n${missing.join('\n')}`).toEqual([]);
  });
});
