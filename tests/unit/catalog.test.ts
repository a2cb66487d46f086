/** Data tests for utils/core/catalog.json: one test per rule, naming the offending entries. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/catalog-build/build';
import { serializeCatalog } from '../../scripts/catalog-build/canonical';
import { readInputs } from '../../scripts/catalog-build/index';
import { type Catalog, parseCatalog } from '../../utils/core/catalog-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(root, 'utils', 'core', 'catalog.json'), 'utf8');
const parsed = parseCatalog(JSON.parse(text));
const raw: Catalog = parsed.catalog;
const outlets = raw.outlets;

describe('catalog.json', () => {
  it('is valid against the schema', () => {
    const { errors } = parsed;
    expect(errors, `invalid entries:\n${errors.join('\n')}`).toEqual([]);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = outlets
      .filter((o) => (seen.has(o.id) ? true : (seen.add(o.id), false)))
      .map((o) => o.id);
    expect(dupes, `duplicate ids: ${dupes.join(', ')}`).toEqual([]);
  });

  it('has each domain on one outlet only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of outlets)
      for (const d of o.domains) {
        const prev = owner.get(d);
        if (prev && prev !== o.id) clashes.push(`${d}: ${prev} / ${o.id}`);
        else owner.set(d, o.id);
      }
    expect(clashes, `domains on several outlets:\n${clashes.join('\n')}`).toEqual([]);
  });

  it('declares every alias shared by several outlets in `ambiguous`', () => {
    const declared = new Map<string, Set<string>>();
    for (const a of raw.ambiguous) {
      const set = declared.get(a.alias.toLocaleLowerCase()) ?? new Set<string>();
      for (const id of a.outlets) set.add(id);
      declared.set(a.alias.toLocaleLowerCase(), set);
    }
    // names: case-insensitive; abbreviations: exact; and a name of one outlet equal to another's
    // abbreviation (case-insensitively) clashes too, since names are matched case-insensitively.
    const byName = new Map<string, Set<string>>();
    const byAbbr = new Map<string, Set<string>>();
    const add = (m: Map<string, Set<string>>, k: string, id: string) =>
      m.set(k, (m.get(k) ?? new Set()).add(id));
    for (const o of outlets) {
      for (const n of Object.values(o.names).flat()) add(byName, n.toLocaleLowerCase(), o.id);
      for (const a of o.abbreviations ?? []) add(byAbbr, a, o.id);
    }
    const clashes: [string, Set<string>][] = [];
    for (const [k, ids] of [...byName, ...byAbbr]) if (ids.size > 1) clashes.push([k, ids]);
    for (const [abbr, abbrIds] of byAbbr) {
      const nameIds = byName.get(abbr.toLocaleLowerCase());
      if (!nameIds) continue;
      const all = new Set([...abbrIds, ...nameIds]);
      if (all.size > 1) clashes.push([abbr, all]);
    }
    const silent = clashes
      .filter(([alias, ids]) => {
        const ok = declared.get(alias.toLocaleLowerCase());
        return !ok || [...ids].some((id) => !ok.has(id));
      })
      .map(([alias, ids]) => `${alias} → ${[...ids].join(', ')}`);
    expect(
      silent,
      `aliases on several outlets, not declared ambiguous:\n${silent.join('\n')}`,
    ).toEqual([]);
  });

  it('has real `ambiguous` entries (known outlets, at least two, no repeats)', () => {
    const ids = new Set(outlets.map((o) => o.id));
    const bad = raw.ambiguous
      .filter(
        (a) =>
          a.outlets.length < 2 ||
          new Set(a.outlets).size !== a.outlets.length ||
          a.outlets.some((id) => !ids.has(id)),
      )
      .map(
        (a) =>
          `${a.alias}: ${a.outlets.filter((id) => !ids.has(id)).join(', ') || 'too few or repeated'}`,
      );
    expect(bad, `bad ambiguous entries:\n${bad.join('\n')}`).toEqual([]);
  });

  it('has `parent` ids that exist', () => {
    const ids = new Set(outlets.map((o) => o.id));
    const bad = outlets
      .filter((o) => o.parent && !ids.has(o.parent))
      .map((o) => `${o.id} → ${o.parent}`);
    expect(bad, `unknown parents: ${bad.join(', ')}`).toEqual([]);
  });

  it('cites only known sources', () => {
    const ids = new Set(raw.sources.map((s) => s.id));
    const bad: string[] = [];
    for (const o of outlets) {
      for (const [field, src] of Object.entries(o.sources))
        if (!ids.has(src)) bad.push(`${o.id}.${field}: ${src}`);
      if (o.stateAffiliation && !ids.has(o.stateAffiliation.source))
        bad.push(`${o.id}.stateAffiliation: ${o.stateAffiliation.source}`);
    }
    expect(bad, `unknown source ids:\n${bad.join('\n')}`).toEqual([]);
  });

  it('is sorted by id', () => {
    const unsorted = outlets.filter((o, i) => i > 0 && outlets[i - 1].id >= o.id).map((o) => o.id);
    expect(unsorted, `out of order after: ${unsorted.join(', ')}`).toEqual([]);
  });

  it('is canonically formatted', () => {
    const lines = text.split('\n');
    const trailing = lines.map((l, i) => (/[ \t]$/.test(l) ? i + 1 : 0)).filter(Boolean);
    expect(text.includes('\r'), 'file contains \\r').toBe(false);
    expect(trailing, `trailing spaces on lines ${trailing.slice(0, 20).join(', ')}`).toEqual([]);
    expect(
      text === serializeCatalog(raw),
      'catalog.json differs from its canonical form; run npm run catalog:build',
    ).toBe(true);
  });

  it('is what the build script produces, deterministically', () => {
    const inputs = readInputs();
    const a = serializeCatalog(buildCatalog(inputs));
    const b = serializeCatalog(buildCatalog(structuredClone(inputs)));
    expect(a === b, 'two builds from the same inputs differ').toBe(true);
    expect(a === text, 'catalog.json is stale; run npm run catalog:build').toBe(true);
  });
});
