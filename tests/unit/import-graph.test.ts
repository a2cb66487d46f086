/**
 * The shipped code's layers import one way: no folder of utils/ (or top-level utils file,
 * entrypoint, components/) imports another that imports it back, even through type-only
 * imports. A cycle between folders means a type or helper lives on the wrong side (the protocol
 * types once lived in utils/background while utils/messaging needed them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['utils', 'entrypoints', 'components'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g;

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file an import specifier names, or null for packages and non-source files. */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The unit a file belongs to: utils/<folder>, a top-level utils file, an entrypoint, components. */
function unitOf(file: string): string {
  const parts = relative(ROOT, file).split('/');
  if (parts[0] === 'components') return 'components';
  return parts
    .slice(0, 2)
    .join('/')
    .replace(/\.tsx?$/, '');
}

/** Unit → units it imports from. */
function unitGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of SOURCES.flatMap((d) => listSources(join(ROOT, d)))) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, spec);
      if (target && unitOf(target) !== from) edges.add(unitOf(target));
    }
  }
  return graph;
}

/** Every pair of units that reach each other, as "a ⇄ b". */
function mutualPairs(graph: Map<string, Set<string>>): string[] {
  const reach = (start: string) => {
    const seen = new Set<string>();
    const stack = [...(graph.get(start) ?? [])];
    while (stack.length) {
      const unit = stack.pop()!;
      if (seen.has(unit)) continue;
      seen.add(unit);
      stack.push(...(graph.get(unit) ?? []));
    }
    return seen;
  };
  const units = [...graph.keys()].sort();
  const reached = new Map(units.map((u) => [u, reach(u)]));
  return units.flatMap((a) =>
    units
      .filter((b) => a < b && reached.get(a)!.has(b) && reached.get(b)!.has(a))
      .map((b) => `${a} ⇄ ${b}`),
  );
}

describe('import graph', () => {
  it('finds the layers it checks', () => {
    const units = [...unitGraph().keys()];
    expect(units).toEqual(
      expect.arrayContaining(['utils/messaging', 'utils/background', 'utils/core']),
    );
  });

  it('has no cycle between folders', () => {
    expect(mutualPairs(unitGraph())).toEqual([]);
  });

  it('keeps the pages (popup, options, components) off the background: they share the protocol', () => {
    const isPage = (unit: string) =>
      unit === 'components' ||
      unit === 'utils/ui' ||
      (unit.startsWith('entrypoints/') && unit !== 'entrypoints/background');
    const reaching = [...unitGraph()]
      .filter(([unit, edges]) => isPage(unit) && edges.has('utils/background'))
      .map(([unit]) => unit);
    expect(reaching).toEqual([]);
  });
});
