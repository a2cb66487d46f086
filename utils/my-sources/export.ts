import { MY_SOURCES_VERSION, type MySourcesData } from './model';

/** The tally as JSON: the stored articles exactly as kept (the salt stays on this computer). */
export function formatMySourcesJson(data: MySourcesData, now = new Date()): string {
  const file = {
    format: 'sourcelens-my-sources',
    version: MY_SOURCES_VERSION,
    exportedAt: now.toISOString(),
    articles: data.articles,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CSV_HEADER = 'day,page,publisher,outlet,kinds';

/** Quotes a CSV field when it needs it (RFC 4180). */
const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The tally as CSV, one line per article and cited outlet (an article citing nothing keeps one
 * line with an empty outlet), kinds joined by spaces.
 */
export function formatMySourcesCsv(data: MySourcesData): string {
  const lines = [CSV_HEADER];
  for (const a of data.articles) {
    const rows = a.outlets.length ? a.outlets : [{ id: '', kinds: [] }];
    for (const o of rows)
      lines.push(
        [a.day, a.page, a.publisher ?? '', o.id, o.kinds.join(' ')].map(csvField).join(','),
      );
  }
  return `${lines.join('\n')}\n`;
}
