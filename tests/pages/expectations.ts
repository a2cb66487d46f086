/**
 * Expectations for the labelled page fixtures (tests/fixtures/pages/<slug>/): what the command
 * line prints for a page, and that report brought in line with the page's labels. The labels
 * decide the cited outlets, their kinds, and the publisher and original source where they name
 * them; everything else (titles, mentions, an unlabelled publisher) is the report as printed,
 * reviewed in the diff of `expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogIndex } from '../../utils/core/report';
import { annotateHtml, type FileResult } from '../../scripts/cli/annotate-file';
import { parseLabels, type PageLabels } from '../../scripts/eval/labels';
import { foldName, type OutletNames } from '../../scripts/eval/match';

export const PAGES_DIR = 'tests/fixtures/pages';

/**
 * A labelled outlet the page is about (publisher, original source): `outlet` in the seed's
 * labels, `name` in the pool's and authored pages'.
 */
interface LabelledOutlet {
  outlet?: string;
  name?: string;
  domain?: string;
}

/** A page folder's meta.json: where the page comes from, and its hand-made labels. */
export interface PageMeta {
  url: string | null;
  language: string;
  category: string;
  provenance: Record<string, string>;
  labels: {
    cited: unknown[];
    publisher?: LabelledOutlet | null;
    original_source?: LabelledOutlet | null;
  };
}

/** One fixture page. */
export interface FixturePage {
  slug: string;
  meta: PageMeta;
  labels: PageLabels;
  /** Paths relative to the repository root. */
  source: string;
  expected: string;
}

/** Every folder under tests/fixtures/pages, sorted by slug. */
export function listFixturePages(): FixturePage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(PAGES_DIR, slug);
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as PageMeta;
      const [labels] = parseLabels({ ...meta.labels, id: slug });
      return {
        slug,
        meta,
        labels,
        source: join(dir, 'source.html'),
        expected: join(dir, 'expected.json'),
      };
    });
}

/** What the command line prints for the page (`npm run annotate -- --json --url URL FILE`). */
export function reportPage(page: FixturePage, index: CatalogIndex): FileResult {
  const html = readFileSync(page.source, 'utf8');
  return annotateHtml(page.source, html, index, page.meta.url);
}

type PrintedOutlet = FileResult['outlets'][number];
type Brief = NonNullable<FileResult['publisher']>;

/** A cited outlet as expected: the printed entry plus its kinds of credit. */
export type ExpectedOutlet = PrintedOutlet & { kinds: string[] };

/** The expected report: the printed one, with each cited outlet's kinds spelled out. */
export type ExpectedReport = Omit<FileResult, 'outlets'> & { outlets: ExpectedOutlet[] };

/** The kinds of credit a printed outlet carries, sorted. */
export const kindsOf = (o: PrintedOutlet) => [...new Set(o.mentions.map((m) => m.kind))].sort();

/** Catalog facts of an outlet in the printed form, for one the report missed. */
function briefOf(index: CatalogIndex, id: string, name: string): Brief {
  const o = index.catalog.outlets.find((x) => x.id === id);
  if (!o) return { id, name, listed: false, domains: [], country: '', type: 'online' };
  const { domains, country, type, wikidata } = o;
  return {
    id,
    name: o.name,
    listed: true,
    domains,
    country,
    type,
    ...(wikidata ? { wikidata } : {}),
  };
}

/**
 * The id a label's outlet has in this report: a catalog id for its name (the one the report
 * used, if several fit), else the reported outlet of the same name (an unlisted one), else the
 * id an unlisted outlet of that name would get.
 */
function labelledId(
  outlet: string,
  surfaces: string[],
  printed: Brief[],
  names: OutletNames,
): string {
  const ids = names.resolve(outlet, surfaces);
  const used = ids.find((id) => printed.some((p) => p.id === id));
  if (used ?? ids[0]) return used ?? ids[0];
  const folded = [outlet, ...surfaces].map(foldName);
  const byName = printed.find((p) => folded.includes(foldName(p.name)));
  return byName?.id ?? `unlisted:${foldName(outlet).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

/**
 * Ids of the outlets the labels call only ambiguous (not also cited elsewhere on the page):
 * reporting them is neither right nor wrong.
 */
export function ambiguousIds(page: FixturePage, names: OutletNames): Set<string> {
  const cited = new Set(page.labels.cited.flatMap((c) => names.resolve(c.outlet, c.surfaces)));
  return new Set(
    page.labels.ambiguous
      .flatMap((a) => names.resolve(a.outlet, a.surface ? [a.surface] : []))
      .filter((id) => !cited.has(id)),
  );
}

/** The publisher or original source the labels name; undefined when they do not say. */
function labelledBrief(
  label: LabelledOutlet | null | undefined,
  printed: Brief | null,
  index: CatalogIndex,
  names: OutletNames,
): Brief | null | undefined {
  if (label === undefined) return undefined;
  if (label === null) return null;
  const name = label.outlet ?? label.name ?? label.domain ?? '';
  const id = labelledId(name, label.domain ? [label.domain] : [], printed ? [printed] : [], names);
  return printed?.id === id ? printed : briefOf(index, id, name);
}

/**
 * The report brought in line with the labels: outlets the labels do not cite (nor call
 * ambiguous) are dropped, cited ones the report missed are added (with no mentions), each
 * outlet's kinds are the labelled ones, and a labelled publisher or original source replaces
 * the printed one.
 */
export function expectFromLabels(
  printed: FileResult,
  page: FixturePage,
  index: CatalogIndex,
  names: OutletNames,
): ExpectedReport {
  const ambiguous = ambiguousIds(page, names);
  const cited = page.labels.cited.map((c) => ({
    label: c,
    id: labelledId(c.outlet, c.surfaces ?? [], printed.outlets, names),
  }));
  const outlets: ExpectedOutlet[] = [];
  for (const o of printed.outlets) {
    const label = cited.find((c) => c.id === o.id)?.label;
    if (label) outlets.push({ ...o, kinds: label.kinds ? [...label.kinds].sort() : kindsOf(o) });
    else if (ambiguous.has(o.id)) outlets.push({ ...o, kinds: kindsOf(o) });
  }
  for (const { label, id } of cited) {
    if (outlets.some((o) => o.id === id)) continue;
    const kinds = [...(label.kinds ?? [])].sort();
    outlets.push({ ...briefOf(index, id, label.outlet), mentions: [], kinds });
  }
  const { labels } = page.meta;
  const publisher = labelledBrief(labels.publisher, printed.publisher, index, names);
  const origin = labelledBrief(labels.original_source, printed.originalSource, index, names);
  return {
    ...printed,
    publisher: publisher === undefined ? printed.publisher : publisher,
    originalSource: origin === undefined ? printed.originalSource : origin,
    outlets,
  };
}

/** The fields each page is tested on, in the form they are compared. */
export interface PageFields {
  outlets: string[];
  kinds: Record<string, string[]>;
  publisher: string | null;
  originalSource: string | null;
}

export type FieldName = keyof PageFields;

/** A report's tested fields; `ignore` holds the ids of outlets labelled ambiguous. */
export function fieldsOf(
  report: FileResult | ExpectedReport,
  ignore: Set<string>,
  kindsFor: (id: string) => boolean = () => true,
): PageFields {
  const outlets = report.outlets.filter((o) => !ignore.has(o.id));
  return {
    outlets: outlets.map((o) => o.id).sort(),
    kinds: Object.fromEntries(
      outlets
        .filter((o) => kindsFor(o.id))
        .map((o) => [o.id, 'kinds' in o ? o.kinds : kindsOf(o)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
    publisher: report.publisher?.id ?? null,
    originalSource: report.originalSource?.id ?? null,
  };
}

/** The committed expectation, or null when the page has none yet. */
export function readExpected(page: FixturePage): ExpectedReport | null {
  if (!existsSync(page.expected)) return null;
  return JSON.parse(readFileSync(page.expected, 'utf8')) as ExpectedReport;
}

/** Expected JSON as written to disk: two-space indents, a final newline. */
export const formatExpected = (report: ExpectedReport) => `${JSON.stringify(report, null, 2)}\n`;
