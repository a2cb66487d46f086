/**
 * Where the command line disagrees with a page's labels today. Each entry makes that page's
 * test of that field an `it.fails`: the expectation keeps following the labels, the suite stays
 * green, and the day the engine gets it right the test fails until the entry is removed
 * (`UPDATE_FIXTURES=1` rewrites the list). Never edited by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, type FieldName, type PageFields } from './expectations';

export const KNOWN_FAILURES_FILE = join(PAGES_DIR, 'known-failures.json');

/** Page slug → field → what differs. */
export type KnownFailures = Record<string, Partial<Record<FieldName, string>>>;

export function readKnownFailures(): KnownFailures {
  if (!existsSync(KNOWN_FAILURES_FILE)) return {};
  return JSON.parse(readFileSync(KNOWN_FAILURES_FILE, 'utf8')) as KnownFailures;
}

const list = (ids: string[]) => ids.join(', ') || 'none';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How the printed field differs from the expected one, in words; null when they agree. */
export function describeDifference(
  field: FieldName,
  printed: PageFields,
  expected: PageFields,
): string | null {
  if (same(printed[field], expected[field])) return null;
  if (field === 'outlets') {
    const extra = printed.outlets.filter((id) => !expected.outlets.includes(id));
    const missed = expected.outlets.filter((id) => !printed.outlets.includes(id));
    const parts = [];
    if (extra.length) parts.push(`reports ${list(extra)}, which the labels do not cite`);
    if (missed.length) parts.push(`misses ${list(missed)}`);
    return parts.join('; ');
  }
  if (field === 'kinds') {
    return Object.keys(expected.kinds)
      .filter((id) => !same(printed.kinds[id], expected.kinds[id]))
      .map(
        (id) =>
          `${id}: labelled ${list(expected.kinds[id])}, reported ${list(printed.kinds[id] ?? [])}`,
      )
      .join('; ');
  }
  return `labelled ${expected[field] ?? 'none'}, reported ${printed[field] ?? 'none'}`;
}

/** Writes the list (slugs sorted) when it changed; returns whether it did. */
export function writeKnownFailures(next: KnownFailures): boolean {
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  const text = `${JSON.stringify(sorted, null, 2)}\n`;
  if (existsSync(KNOWN_FAILURES_FILE) && readFileSync(KNOWN_FAILURES_FILE, 'utf8') === text)
    return false;
  writeFileSync(KNOWN_FAILURES_FILE, text);
  return true;
}
