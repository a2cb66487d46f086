/**
 * Every outlet our labelled pages cite is in the catalog: the real pages in tests/fixtures/pages
 * (the dev corpus and the seed) by name, as their labels give names; the pool's and the authored
 * pages' dev halves by web domain where their labels give one, else by name. Test halves are never read here: they
 * measure, they are not tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/** The labelled real pages, one folder each with its labels in meta.json. */
function fixturePages(): Page[] {
  const dir = 'tests/fixtures/pages';
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      id: d.name,
      ...(read(`${dir}/${d.name}/meta.json`) as { labels: Page }).labels,
    }));
}

describe('outlets cited in the labelled pages', () => {
  it('are all in the catalog: the real pages and the seed (by name)', () => {
    const all = cited(fixturePages());
    expect(all.length).toBeGreaterThan(90);
    const missing = all
      .filter((c) => names.resolve(c.outlet, c.surfaces ?? []).length === 0)
      .map((c) => `${c.page}: ${c.outlet}`);
    expect(missing, `not in the catalog:\n${missing.join('\n')}`).toEqual([]);
  });

  it.each([
    ['the pool', 'tests/fixtures/pool/labels-dev.json'],
    ['the authored pages', 'tests/fixtures/authored/labels-dev.json'],
  ])('are all in the catalog: %s, dev half (by web domain)', (_label, path) => {
    const all = cited(pages(path));
    expect(all.length).toBeGreaterThan(20);
    const missing = all
      .filter((c) =>
        c.domain
          ? !findOutletByUrl(c.domain, domains)
          : !names.resolve(c.outlet, c.surfaces ?? []).length,
      )
      .map((c) => `${c.page}: ${c.outlet} (${c.domain ?? 'no domain'})`);
    expect(missing, `not in the catalog:\n${missing.join('\n')}`).toEqual([]);
  });
});
