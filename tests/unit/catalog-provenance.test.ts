/**
 * Data tests for where the catalog's facts come from: every fact names a known source, inferred
 * facts say so, and every Wikidata id is one the Wikidata file gives for that outlet's paper.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryOfLabel } from '../../scripts/catalog-build/wikidata-tables';
import { FACT_FIELDS, parseCatalog } from '../../utils/core/catalog-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { catalog } = parseCatalog(
  JSON.parse(readFileSync(join(root, 'utils', 'core', 'catalog.json'), 'utf8')),
);
const outlets = catalog.outlets;
const wikidataFile = join(
  root,
  'scripts/catalog-build/sources/wikidata-newspapers/wikidata-newspapers.jsonl',
);
/** QID → the countries Wikidata gives the paper (ISO codes; historic states have none). */
const rows = new Map<string, string[]>(
  readFileSync(wikidataFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const r = JSON.parse(line) as { qid: string; countries: { name: string }[] };
      return [
        r.qid,
        r.countries.map((c) => countryOfLabel(c.name)).filter((c): c is string => !!c),
      ];
    }),
);

const isPresent = (v: unknown) =>
  v !== undefined &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

describe('catalog provenance', () => {
  it('gives each Wikidata id to one outlet only', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const o of outlets) {
      if (!o.wikidata) continue;
      const prev = seen.get(o.wikidata);
      if (prev) dupes.push(`${o.wikidata}: ${prev} / ${o.id}`);
      seen.set(o.wikidata, o.id);
    }
    expect(dupes, `Wikidata ids on several outlets:\n${dupes.join('\n')}`).toEqual([]);
  });

  it('takes every Wikidata id from the Wikidata file, never from memory', () => {
    const bad = outlets
      .filter((o) => o.wikidata && (!rows.has(o.wikidata) || o.sources.wikidata !== 'wikidata'))
      .map((o) => `${o.id}: ${o.wikidata} (source ${o.sources.wikidata})`);
    expect(bad, `Wikidata ids not from sources/wikidata-newspapers:\n${bad.join('\n')}`).toEqual(
      [],
    );
  });

  it('names a source for every fact, and none for a fact it does not have', () => {
    const bad: string[] = [];
    for (const o of outlets) {
      const record = o as unknown as Record<string, unknown>;
      for (const f of FACT_FIELDS) {
        if (isPresent(record[f]) && !o.sources[f]) bad.push(`${o.id}: ${f} has no source`);
        if (!isPresent(record[f]) && o.sources[f]) bad.push(`${o.id}: source for absent ${f}`);
      }
      for (const key of Object.keys(o.sources)) {
        const lang = /^names\.(\w+)$/.exec(key)?.[1];
        if (lang && !o.names[lang]) bad.push(`${o.id}: source for absent ${key}`);
      }
    }
    expect(bad, bad.slice(0, 50).join('\n')).toEqual([]);
  });

  it('marks a country as inferred unless Wikidata or a person gave it', () => {
    const bad: string[] = [];
    for (const o of outlets) {
      const src = o.sources.country;
      if (src === 'wikidata' && !rows.get(o.wikidata ?? '')?.includes(o.country))
        bad.push(
          `${o.id}: ${o.country} credited to Wikidata, which says ${rows.get(o.wikidata ?? '')}`,
        );
    }
    expect(bad, bad.slice(0, 50).join('\n')).toEqual([]);
  });

  it('flags its inference sources as inferred in the catalog header', () => {
    const inferred = catalog.sources.filter((s) => s.inferred).map((s) => s.id);
    expect(inferred.sort()).toEqual(['build-heuristic', 'inferred-cctld', 'inferred-place']);
    const used = new Set(outlets.flatMap((o) => Object.values(o.sources)));
    for (const id of inferred) expect(used.has(id), `${id} is never used`).toBe(true);
  });
});
