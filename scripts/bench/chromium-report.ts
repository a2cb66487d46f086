import { formatBytes, formatMs, formatRatio, type Cell } from './format';
import type { BenchResult } from './result';

type Table = (headers: string[], rows: Cell[][]) => string;

const steps = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${formatMs(v)}`)
    .join(', ') || '–';

/** The Chromium sections of the report: page loads, Readability in the page, long tasks. */
export function chromiumSections(r: BenchResult, table: Table): string[] {
  const out: string[] = [];
  if (r.chromium) {
    out.push(
      'Chromium page loads (medians; task = CDP TaskDuration; extra = with SourceLens − with a do-nothing content script; longest = longest task after DOMContentLoaded)',
      table(
        [
          'page',
          'size',
          'status',
          'task bare',
          'task empty',
          'task with',
          'extra',
          'extra ÷ R',
          'longest with / empty / bare',
          'longest own steps',
        ],
        r.chromium.map((c) => [
          c.id + (c.isCheckArticle ? ' *' : ''),
          formatBytes(c.bytes),
          c.status,
          formatMs(c.taskMsBare),
          formatMs(c.taskMsEmpty),
          formatMs(c.taskMsWith),
          formatMs(c.extraMs),
          formatRatio(c.extraOverReadability),
          `${formatMs(c.longestMsWith)} / ${formatMs(c.longestMsEmpty)} / ${formatMs(c.longestMsBare)}`,
          steps(c.steps),
        ]),
      ),
      'Readability in the page (ms; R = warm bare parse of a whole copy, the denominator above; pruned = SourceLens’s copy)',
      table(
        [
          'page',
          'R warm',
          'R cold',
          'pruned copy',
          'pruned parse',
          'elements',
          'copied',
          'same article',
        ],
        r.chromium.map(({ id, inPage: p }) => [
          id,
          formatMs(p?.bareReadabilityMs),
          formatMs(p?.coldBareReadabilityMs),
          formatMs(p?.prunedCopyMs),
          formatMs(p?.prunedParseMs),
          p?.elements ?? null,
          p?.prunedElements ?? null,
          p ? (p.sameArticle ? 'yes' : 'NO') : '–',
        ]),
      ),
    );
  }
  if (r.longTasks) {
    const lt = r.longTasks;
    const shown = lt.rows.filter(
      (x) => lt.over50.includes(x.id) || (x.longestTaskMs ?? 0) > 50 || x.sameArticle === false,
    );
    out.push(
      `Every page once (--long-tasks): ${lt.over100.length} of ${lt.pages} with an extension task over 100 ms, ${lt.over50.length} over 50 ms; article differs on the pruned copy: ${lt.prunedDiffers.join(', ') || 'none'}. Pages with any long task over 50 ms:`,
      table(
        [
          'page',
          'size',
          'status',
          'longest with',
          'longest w/o',
          'longest own step',
          'own steps',
          'copied',
        ],
        shown.map((x) => [
          x.id,
          formatBytes(x.bytes),
          x.status,
          formatMs(x.longestTaskMs),
          formatMs(x.longestTaskMsWithout),
          formatMs(x.longestStepMs),
          steps(x.steps),
          x.copy ? `${x.copy.elements} el, ${formatBytes(x.copy.textChars)} text` : '–',
        ]),
      ),
    );
  }
  return out;
}
