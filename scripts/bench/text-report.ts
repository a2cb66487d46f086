import {
  formatBytes,
  formatMarkdownTable,
  formatMs,
  formatPass,
  formatRatio,
  formatTable,
  type Cell,
} from './format';
import { chromiumSections } from './chromium-report';
import type { BenchResult } from './result';
import type { Target } from './summary';

type Table = (headers: string[], rows: Cell[][]) => string;

const targetValue = (t: Target) =>
  t.unit === '×'
    ? formatRatio(t.value)
    : t.unit === 'B'
      ? formatBytes(t.value)
      : t.unit === ''
        ? String(t.value ?? '–')
        : `${formatMs(t.value)} ms`;
const targetLimit = (t: Target) =>
  t.unit === '×'
    ? `≤ ${t.limit}×`
    : t.unit === 'B'
      ? `≤ ${formatBytes(t.limit)}`
      : `≤ ${t.limit}${t.unit ? ` ${t.unit}` : ''}`;

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

/** The other two views of own ÷ Readability (summary.ts `views`); absent in older saved runs. */
function viewRows(s: BenchResult['summary']): Cell[][] {
  const v = s.views;
  if (!v) return [];
  const pair = ([a, b]: [number | null, number | null]) => `${formatRatio(a)} / ${formatRatio(b)}`;
  return [
    ['(i) engine: gate + report + anchor ÷ parse, median / p95', pair(v.engine)],
    [
      '(ii) page side: gate + snapshot + map + anchor ÷ (clone + parse), median / p95',
      pair(v.pageSide),
    ],
    ['… (ii) parts (medians): snapshot / map', pair(v.pageSideParts)],
    [
      'Readability as documented (clone + parse), median (ms)',
      formatMs(v.documentedReadabilityMsMedian),
    ],
  ];
}

/** The background's cold start, shipped bundle and without the build's tables (cold-start.ts). */
function coldStartRows(r: BenchResult): Cell[][] {
  const c = r.coldStart;
  const steps = (x: NonNullable<BenchResult['coldStart']>['shipped'] | undefined) =>
    [
      x?.evaluateMs,
      x?.loadMs,
      x?.indexMs,
      x?.firstReportMs,
      x?.secondReportMs,
      x?.totalMs,
      x?.cpuMs,
    ]
      .map((ms) => formatMs(ms))
      .join(' / ');
  const label =
    'evaluate / catalog / index / 1st report / 2nd report / start to 1st report / its CPU time (ms)';
  return [
    [`background cold start, shipped bundle: ${label}`, steps(c?.shipped)],
    [`… without the build's tables`, steps(c?.withoutTables)],
    [
      '… fresh processes each / article / tables in the bundle',
      c ? `${c.runs} / ${c.articleChars} chars / ${(c.tablesBytes / 1024).toFixed(0)} KiB` : '–',
    ],
  ];
}

function summaryRows(r: BenchResult): Cell[][] {
  const s = r.summary;
  return [
    ['article pages measured', String(s.articlePages)],
    ['Readability parse, median (ms)', formatMs(s.readabilityMsMedian)],
    ['SourceLens own work, median (ms)', formatMs(s.ownMsMedian)],
    [
      'own ÷ Readability, median / p95 (old view: gate + extract incl. pruned copy + report + anchor ÷ parse)',
      `${formatRatio(s.ownOverReadabilityMedian)} / ${formatRatio(s.ownOverReadabilityP95)}`,
    ],
    ...viewRows(s),
    [
      '… parts (medians): gate / extract / report / anchor',
      s.ownPartsOverReadabilityMedian
        ? Object.values(s.ownPartsOverReadabilityMedian)
            .map((v) => formatRatio(v))
            .join(' / ')
        : '–',
    ],
    [
      '… extract, one by one: pruned copy / flatten / repair / origin line',
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
    ...coldStartRows(r),
    [
      'Readability on whole ÷ pruned copies, summed parse times (Node)',
      formatRatio(s.pruningSpeedup),
    ],
    [
      'pages whose article differs on the pruned copy: Node / Chromium',
      `${s.prunedDiffersNode.join(', ') || 'none'} / ${s.prunedDiffersChromium ? s.prunedDiffersChromium.join(', ') || 'none' : '–'}`,
    ],
    [
      'Chromium: check articles, extra ms ÷ bare Readability ms',
      s.checkArticles
        .map((c) => `${c.id} ${formatMs(c.extraMs)} ÷ ${formatMs(c.readabilityMs)}`)
        .join('; ') || '–',
    ],
    [
      'Chromium: non-articles, extra beyond a do-nothing script / that script (ms)',
      `${formatMs(s.nonArticleExtraMsMedian)} / ${formatMs(s.emptyContentScriptMs)}`,
    ],
    ['Chromium: longest own step (ms)', formatMs(s.longestStepMs)],
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
  out.push(...chromiumSections(r, table));
  if (r.sizes) {
    const z = r.sizes;
    const rows: Cell[][] = [
      ...z.content,
      ...(z.onDemand ?? []),
      ...z.background,
      ...z.popup,
      z.baseline,
    ].map((s) => [s.file, formatBytes(s.bytes), formatBytes(s.gzipBytes)]);
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
          'copy',
          'flatten',
          'repair',
          'origin',
          'report',
          'anchor',
          'own/R',
          'R whole / pruned',
          'same',
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
          formatMs(p.own.parts?.copyMs),
          formatMs(p.own.parts?.flattenMs),
          formatMs(p.own.parts?.repairMs),
          formatMs(p.own.parts?.originMs),
          formatMs(p.own.reportMs),
          formatMs(p.own.anchorMs),
          formatRatio(p.ownOverReadability),
          p.pruning
            ? `${formatMs(p.pruning.wholeParseMs)} / ${formatMs(p.pruning.prunedParseMs)}`
            : '–',
          p.pruning ? (p.pruning.sameArticle ? 'yes' : 'NO') : '–',
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
