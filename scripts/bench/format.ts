/** Plain-text and Markdown table helpers for the benchmark's report. Pure. */

/** A cell: text, or a number already formatted by one of the helpers below. */
export type Cell = string | number | null;

/** Milliseconds with precision that suits the size ("0.042", "3.1", "812"); "–" for none. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** A ratio as "0.123×"; "–" for none. */
export function formatRatio(r: number | null | undefined): string {
  if (r === null || r === undefined || !Number.isFinite(r)) return '–';
  return `${r < 10 ? r.toFixed(3) : r.toFixed(1)}×`;
}

/** Bytes in binary units: "812 B", "19.2 KiB", "1.04 MiB"; "–" for none. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  const sign = bytes < 0 ? '-' : '';
  const b = Math.abs(bytes);
  if (b < 1024) return `${sign}${b} B`;
  if (b < 1024 * 1024) return `${sign}${(b / 1024).toFixed(1)} KiB`;
  return `${sign}${(b / 1024 / 1024).toFixed(2)} MiB`;
}

/** "PASS", "FAIL" or "n/a" (not measured in this run). */
export function formatPass(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

const text = (c: Cell) => (c === null ? '–' : String(c));
const isNumeric = (c: Cell) => typeof c === 'number' || /^-?[\d.]+(\s?\S{0,3})?×?$/.test(text(c));

/**
 * Lays out rows under headers with columns padded to their widest cell; numeric-looking
 * columns are right-aligned. Returns lines without a trailing newline.
 */
export function formatTable(headers: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => headers.map((_, i) => text(r[i] ?? null)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const right = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => isNumeric(r[i] ?? null)),
  );
  const pad = (s: string, i: number) => (right[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const line = (r: string[]) => r.map(pad).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}

/** The same table as GitHub-flavoured Markdown (pipes in cells escaped). */
export function formatMarkdownTable(headers: string[], rows: Cell[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const right = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => isNumeric(r[i] ?? null)),
  );
  const line = (r: string[]) => `| ${r.map(esc).join(' | ')} |`;
  return [
    line(headers),
    `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => line(headers.map((_, i) => text(r[i] ?? null)))),
  ].join('\n');
}
