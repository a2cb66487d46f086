import {
  formatBytes,
  formatMarkdownTable,
  formatMs,
  formatPass,
  formatRatio,
  formatTable,
  type Cell,
} from './format';
import type { BenchResult } from './result';
import type { Target } from './summary';

type Table = (headers: string[], rows: Cell[][]) => string;

const targetValue = (t: Target) =>
  t.unit === '×'
    ? formatRatio(t.value)
    : t.unit === 'B'
      ? formatBytes(t.value)
      : `${formatMs(t.value)} ms`;
const targetLimit = (t: Target) =>
  t.unit === '×'
    ? `≤ ${t.limit}×`
    : t.unit === 'B'
      ? `≤ ${formatBytes(t.limit)}`
      : `≤ ${t.limit} ms`;

function header(r: BenchResult): string[] {
  const m = r.machine;
  const s = r.sources;
  return [
    `SourceLens benchmark — ${r.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.chromium ?? 'Chromium not found'}`,
    `Pages: ${s.corpusPages} from ${s.corpusDir ?? '(no corpus)'} (${s.corpusFrom}) + ${s.fixturePages} fixtures (${s.fixtureDirs.join(', ')})`,
    `Medians of ${r.settings.reps} repeats per page (Node, linkedom); Chromium: ${r.settings.loads} loads per page and mode` +
      (r.sizes ? `; extension built ${r.sizes.builtAt}.` : '.'),
  ];
}

function summaryRows(r: BenchResult): Cell[][] {
  const s = r.summary;
  return [
    ['article pages measured', String(s.articlePages)],
    ['Readability parse, median (ms)', formatMs(s.readabilityMsMedian)],
    ['SourceLens own work, median (ms)', formatMs(s.ownMsMedian)],
    [
      'own ÷ Readability, median / p95',
      `${formatRatio(s.ownOverReadabilityMedian)} / ${formatRatio(s.ownOverReadabilityP95)}`,
    ],
    [
      '… parts (medians): gate / extract / report / anchor',
      s.ownPartsOverReadabilityMedian
        ? Object.values(s.ownPartsOverReadabilityMedian)
            .map((v) => formatRatio(v))
            .join(' / ')
        : '–',
    ],
    [
      '… extract, one by one: pair / flatten / repair / origin line',
      s.extractPartsOverReadabilityMedian
        ? Object.values(s.extractPartsOverReadabilityMedian)
            .map((v) => formatRatio(v))
            .join(' / ')
        : '–',
    ],
    [
      'gate on non-articles, median / p95 (ms)',
      `${formatMs(s.gateMsMedian)} / ${formatMs(s.gateMsP95)}`,
    ],
    ['gate on all pages, median (ms)', formatMs(s.gateMsMedianAll)],
    [
      'core throughput, largest articles (MB/s)',
      s.throughputMBps === null ? '–' : String(s.throughputMBps),
    ],
    [
      'catalog full ÷ 100 / 10× ÷ full',
      `${formatRatio(s.catalogFullOver100)} / ${formatRatio(s.catalog10xOverFull)}`,
    ],
    [
      'background: catalog load / index build, warm (ms)',
      `${formatMs(s.catalogLoadMs)} / ${formatMs(s.catalogIndexMs)}`,
    ],
    [
      'background: catalog load / index build, cold (ms)',
      `${formatMs(r.background?.coldLoadMs)} / ${formatMs(r.background?.coldIndexMs)}`,
    ],
    [
      'Chromium: own ÷ Readability timed in the page, median',
      formatRatio(s.inPageOwnOverReadabilityMedian),
    ],
    ['Chromium: extra main-thread time, median (ms)', formatMs(s.extraTaskMsMedian)],
    [
      'Chromium: longest task with extension / longest own step (ms)',
      `${formatMs(s.longestTaskMs)} / ${formatMs(s.longestStepMs)}`,
    ],
    [
      'Chromium: fixed cost on a non-article page / any content script (ms)',
      `${formatMs(s.fixedCostMs)} / ${formatMs(s.emptyContentScriptMs)}`,
    ],
  ];
}

function sections(r: BenchResult, table: Table, perPage: boolean): string[] {
  const out: string[] = [];
  out.push(
    'Targets',
    table(
      ['target', 'value', 'limit', 'result'],
      r.targets.map((t) => [t.name, targetValue(t), targetLimit(t), formatPass(t.pass)]),
    ),
  );
  out.push('Summary', table(['measure', 'value'], summaryRows(r)));
  if (r.catalog) {
    out.push(
      'Catalog scaling (summed over article pages; detect = buildReport, scan = findMentions, part of it)',
      table(
        [
          'catalog',
          'outlets',
          'aliases',
          'index ms',
          'detect ms',
          'scan ms',
          'mentions',
          'rest µs per mention',
        ],
        r.catalog.runs.map((c) => [
          c.name ?? '',
          c.outlets ?? null,
          c.aliases ?? null,
          formatMs(c.indexMs),
          formatMs(c.detectMs),
          formatMs(c.scanMs),
          c.mentions ?? null,
          c.mentions &&
          c.detectMs !== undefined &&
          c.detectMs !== null &&
          c.scanMs !== undefined &&
          c.scanMs !== null
            ? ((1000 * (c.detectMs - c.scanMs)) / c.mentions).toFixed(0)
            : '–',
        ]),
      ),
    );
  }
  if (r.throughput) {
    out.push(
      'Core throughput (largest article texts)',
      table(
        ['page', 'text', 'ms', 'MB/s'],
        r.throughput.pages.map((p) => [p.id, formatBytes(p.textBytes), formatMs(p.ms), p.mbPerS]),
      ),
    );
  }
  if (r.chromium) {
    out.push(
      'Chromium page loads (medians; task = CDP TaskDuration; longest = longest task after DOMContentLoaded)',
      table(
        [
          'page',
          'size',
          'status',
          'task w/o',
          'task with',
          'extra',
          'extra, empty ext',
          'longest with',
          'longest w/o',
          'own steps',
        ],
        r.chromium.map((c) => [
          c.id,
          formatBytes(c.bytes),
          c.status,
          formatMs(c.taskMsWithout),
          formatMs(c.taskMsWith),
          formatMs(c.extraTaskMs),
          formatMs(c.extraTaskMsEmptyExtension),
          formatMs(c.longestTaskMsWith),
          formatMs(c.longestTaskMsWithout),
          Object.entries(c.steps ?? {})
            .map(([k, v]) => `${k} ${formatMs(v)}`)
            .join(', ') || '–',
        ]),
      ),
    );
    out.push(
      'Chromium in-page profile (ms; warm medians, then the first, cold run; report runs in the background)',
      table(
        [
          'page',
          'bare Readability',
          'Readability',
          'own extract',
          'gate',
          'report',
          'anchor',
          'cold Readability',
          'cold own extract',
        ],
        r.chromium.map(({ id, inPage: p }) => [
          id,
          formatMs(p?.bareReadabilityMs),
          formatMs(p?.readabilityMs),
          formatMs(p?.extractMs),
          formatMs(p?.gateMs),
          formatMs(p?.reportMs),
          formatMs(p?.anchorMs),
          formatMs(p?.coldReadabilityMs),
          formatMs(p?.coldExtractMs),
        ]),
      ),
    );
    out.push(
      'Probe: Readability off the page (snapshot-probe.ts; ms; snapshot and message are page work in 5 ms slices, the rest would run in an extension page)',
      table(
        [
          'page',
          'DOM nodes',
          'slices',
          'snapshot',
          'longest slice',
          'message',
          'longest message slice',
          'rebuild',
          'Readability on rebuild',
        ],
        r.chromium.map(({ id, inPage: p }) => {
          const o = p?.offPage;
          return [
            id,
            o?.nodes ?? null,
            o?.slices ?? null,
            formatMs(o?.snapshotMs),
            formatMs(o?.longestSliceMs),
            formatMs(o?.cloneMs),
            formatMs(o?.longestCloneMs),
            formatMs(o?.rebuildMs),
            formatMs(o?.readabilityMs),
          ];
        }),
      ),
    );
  }
  if (r.longTasks) {
    const over = r.longTasks.rows.filter((x) => r.longTasks!.over50.includes(x.id));
    out.push(
      `Every page once with the extension: ${r.longTasks.over50.length} of ${r.longTasks.pages} over 50 ms`,
      table(
        ['page', 'size', 'status', 'longest task', 'w/o extension', 'longest step', 'steps'],
        over.map((x) => [
          x.id,
          formatBytes(x.bytes),
          x.status,
          formatMs(x.longestTaskMs),
          formatMs(x.longestTaskMsWithout),
          formatMs(x.longestStepMs),
          Object.entries(x.steps)
            .map(([k, v]) => `${k} ${formatMs(v)}`)
            .join(', '),
        ]),
      ),
    );
  }
  if (r.sizes) {
    const z = r.sizes;
    const rows: Cell[][] = [...z.content, ...z.background, ...z.popup, z.baseline].map((s) => [
      s.file,
      formatBytes(s.bytes),
      formatBytes(s.gzipBytes),
    ]);
    rows.push([`whole zip (${z.zip.from})`, formatBytes(z.zip.bytes), '–']);
    out.push('Sizes (.output/chrome-mv3)', table(['file', 'raw', 'gzip'], rows));
  }
  if (perPage) {
    out.push(
      'Per page (ms; own = gate + extract + report + anchor; pair, flatten, repair, origin: parts of extract timed alone)',
      table(
        [
          'page',
          'category',
          'size',
          'gate',
          'Readability',
          'own',
          'extract',
          'pair',
          'flatten',
          'repair',
          'origin',
          'report',
          'anchor',
          'own/R',
          'outlets',
          'placed',
        ],
        r.pages.map((p) => [
          p.id,
          p.category + (p.readerable ? '' : ' (gated)'),
          formatBytes(p.bytes),
          formatMs(p.gateMs),
          formatMs(p.readabilityMs),
          formatMs(p.own.totalMs),
          formatMs(p.own.extractMs),
          formatMs(p.own.parts?.pairMs),
          formatMs(p.own.parts?.flattenMs),
          formatMs(p.own.parts?.repairMs),
          formatMs(p.own.parts?.originMs),
          formatMs(p.own.reportMs),
          formatMs(p.own.anchorMs),
          formatRatio(p.ownOverReadability),
          p.outlets,
          `${p.anchored}/${p.highlights}`,
        ]),
      ),
    );
  }
  return out;
}

/** The run as plain-text tables for the terminal (every page included). */
export function formatTextReport(r: BenchResult): string {
  const parts = sections(r, formatTable, true);
  const blocks: string[] = [header(r).join('\n')];
  for (let i = 0; i < parts.length; i += 2) blocks.push(`${parts[i]}\n${parts[i + 1]}`);
  const phases = Object.entries(r.phases ?? {})
    .map(([k, v]) => `${k.replace(/S$/, '')} ${v} s`)
    .join(', ');
  blocks.push(`(${r.elapsedS} s${phases ? `: ${phases}` : ''})`);
  return blocks.join('\n\n') + '\n';
}

/** The run as Markdown for the README's Performance section (no per-page table). */
export function formatMarkdownReport(r: BenchResult): string {
  const parts = sections(r, formatMarkdownTable, false);
  const blocks: string[] = [
    header(r)
      .map((l) => `${l}  `)
      .join('\n'),
  ];
  for (let i = 0; i < parts.length; i += 2) blocks.push(`**${parts[i]}**\n\n${parts[i + 1]}`);
  return blocks.join('\n\n') + '\n';
}
