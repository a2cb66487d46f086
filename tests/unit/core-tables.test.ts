/**
 * The tables the extension's build computes ahead of time (utils/core/core-tables.ts) read back
 * into exactly what the core builds at start-up without them: the names' automaton (trie and
 * entries, so every report is the same) and the cue prefilter; a table written from another
 * catalog or other cue patterns is not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { readAliasTable, writeAliasTable } from '../../utils/core/alias-table';
import { Automaton } from '../../utils/core/automaton';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { cuePatterns, prefilterParts } from '../../utils/core/cue-prefilter';
import { readPrefilterTable, writePrefilterTable } from '../../utils/core/cue-prefilter-table';
import { buildReport, type CatalogIndex } from '../../utils/core/report';
import { indexDomains } from '../../utils/core/catalog-lookup';
import {
  decodeCounts,
  decodeUnary,
  encodeCounts,
  encodeUnary,
  joinLines,
} from '../../utils/core/table-codec';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from '../../scripts/cli/load-dom';

const { catalog } = parseCatalog(rawCatalog);
/** A table as the bundle carries it: through JSON. */
const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Every hit of a scan, as text. */
function hits<T>(a: Automaton<T>, text: string, show: (v: T) => string): string[] {
  const out: string[] = [];
  a.scan(text, (s, e, v) => out.push(`${s}-${e}:${show(v)}`));
  return out;
}

/** The arrays a scan reads, as it reads them (a built trie's edge array has room to spare). */
function trieArrays(a: Automaton<unknown>): Record<string, ArrayLike<number>> {
  const t = (a as unknown as { trie: Record<string, ArrayLike<number>> }).trie;
  let used = 0;
  // A node with an edge list (first number negative) ends its edges at its second number.
  for (let b = 0; b < t.nodes.length; b += 4)
    if (t.nodes[b] < 0) used = Math.max(used, t.nodes[b + 1]);
  // Outputs are numbered in node order in a table (the values follow them): compare where.
  const output = Array.from(t.output, (o) => (o >= 0 ? 1 : 0));
  return { ...t, edges: Array.from(t.edges).slice(0, 2 * used), output };
}

/** The names of the arrays that differ between two tries (a loop: typed arrays are long). */
function differences(a: Automaton<unknown>, b: Automaton<unknown>): string[] {
  const [x, y] = [trieArrays(a), trieArrays(b)];
  return Object.keys({ ...x, ...y }).filter((k) => {
    if (x[k]?.length !== y[k]?.length) return true;
    for (let i = 0; i < x[k].length; i++) if (x[k][i] !== y[k][i]) return true;
    return false;
  });
}

describe('table codec', () => {
  it('writes counts and unary counts back number for number', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 31 - 1 })), (list) => {
        expect(Array.from(decodeCounts(encodeCounts(list)))).toEqual(list);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 })), (list) => {
        expect(Array.from(decodeUnary(encodeUnary(list)))).toEqual(list);
      }),
    );
    expect(() => encodeCounts([-1])).toThrow();
    expect(() => joinLines(['a', 'b\nc'])).toThrow();
  });
});

describe('automaton tables', () => {
  it('scan as the automaton they were written from, on random patterns and texts', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'é', '\ud83d', '\ude00', ' ', '中');
    const word = fc.array(unit, { minLength: 1, maxLength: 6 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(unit), (words, t) => {
        const built = new Automaton<string>();
        for (const w of words) built.add(w, w);
        built.build();
        const { trie, values } = built.toTable();
        const read = Automaton.fromTable<string>(viaJson(trie), (n) => values.slice(0, n));
        const text = t.join('') + words.join(' ');
        expect(hits(read, text, String)).toEqual(hits(built, text, String));
        expect(differences(read, built)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the alias table of the shipped catalog', () => {
  const built = buildAliasIndex(catalog);
  const read = readAliasTable(viaJson(writeAliasTable(built, catalog)), catalog)!;

  it('reads back the same automaton, entries and counts', () => {
    expect(read).not.toBeNull();
    expect(differences(read.automaton, built.automaton)).toEqual([]);
    const outputs = (a: Automaton<unknown>) => (a as unknown as { outputs: unknown[] }).outputs;
    // Same entries in the same order, field for field (toStrictEqual: no field too many).
    const order = (a: Automaton<unknown>) =>
      [...outputs(a)].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
    expect(order(read.automaton)).toStrictEqual(order(built.automaton));
    expect(read.aliasCount).toBe(built.aliasCount);
    expect([...read.domains]).toEqual([...built.domains]);
    expect([...read.outlets.keys()]).toEqual([...built.outlets.keys()]);
    expect([...read.qualified!].sort()).toEqual([...built.qualified!].sort());
    expect(read.qualified!.size).toBeGreaterThan(0);
  });

  it('gives every fixture page the same report', () => {
    const dir = 'tests/fixtures/pages';
    const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html')));
    expect(pages.length).toBeGreaterThan(40);
    const index = (aliases: CatalogIndex['aliases']) => ({
      catalog,
      aliases,
      domains: indexDomains(catalog),
    });
    const [withBuilt, withRead] = [index(built), index(read)];
    for (const page of pages) {
      const { url } = JSON.parse(readFileSync(join(dir, page, 'meta.json'), 'utf8')) as {
        url: string;
      };
      const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
      const article = extractArticle(loadDocument(html), { url })?.article;
      if (!article) continue;
      expect(JSON.stringify(buildReport(article, withRead)), page).toBe(
        JSON.stringify(buildReport(article, withBuilt)),
      );
    }
  });

  it('is not read for another catalog', () => {
    const table = writeAliasTable(built, catalog);
    const fewer = { ...catalog, outlets: catalog.outlets.slice(1) };
    expect(readAliasTable(table, fewer)).toBeNull();
  });
});

describe('the cue prefilter table', () => {
  const patterns = cuePatterns();
  const built = prefilterParts(patterns);
  const table = viaJson(writePrefilterTable(built, patterns));

  it('reads back every pattern’s required words and the same automaton', () => {
    const read = readPrefilterTable(table, patterns)!;
    expect(read).not.toBeNull();
    expect(read.idCount).toBe(built.idCount);
    expect([...read.needs.keys()]).toEqual([...built.needs.keys()]);
    for (const re of patterns)
      expect(read.needs.get(re), re.source.slice(0, 60)).toEqual(built.needs.get(re));
    expect(differences(read.automaton, built.automaton)).toEqual([]);
    const text =
      'according to the agency, who told reporters; selon l’agence, berichtete die Zeitung';
    expect(hits(read.automaton, text, String)).toEqual(hits(built.automaton, text, String));
  });

  it('is not read for other cue patterns', () => {
    expect(readPrefilterTable(table, patterns.slice(1))).toBeNull();
    const changed = [...patterns];
    changed[3] = new RegExp(changed[3].source + 'x', changed[3].flags);
    expect(readPrefilterTable(table, changed)).toBeNull();
  });
});
