/**
 * Label files for the evaluation: the corpus format (`labels-dev.json`, a list of page records),
 * the seed format (one page record with `page`, `lang` and `publisher`), and page folders
 * (`tests/fixtures/pages/<slug>/meta.json`, whose `labels` are a page record).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One cited outlet in a page's labels. */
export interface LabeledCitation {
  /** Canonical English name ("Associated Press", "The Union (Grass Valley)"). */
  outlet: string;
  /** The outlet's web address, when the labeller knew it ("dpa.com"). */
  domain?: string;
  surfaces?: string[];
  kinds?: string[];
  evidence?: string[];
}

/** A labeled non-citation (hard negative) or an ambiguous mention. */
export interface LabeledMention {
  outlet: string;
  domain?: string;
  surface?: string;
  evidence?: string;
}

/** The labels of one page, normalized from either format. */
export interface PageLabels {
  id: string;
  /** Page file name when the record names it (seed format). */
  page?: string;
  lang?: string;
  url?: string | null;
  cited: LabeledCitation[];
  notCited: LabeledMention[];
  ambiguous: LabeledMention[];
  /** Seed format: where a republished article came from (scored apart from the citations). */
  originalSource?: { outlet: string; domain?: string };
}

/** What the manifest says about a page (corpus `manifest.json`). */
export interface ManifestEntry {
  file?: string;
  url?: string | null;
  language?: string;
  category?: string;
}

interface RawRecord {
  id: string;
  page?: string;
  lang?: string;
  url?: string | null;
  cited?: LabeledCitation[];
  not_cited?: LabeledMention[];
  ambiguous?: LabeledMention[];
  original_source?: { outlet: string; domain?: string };
}

/** Reads a labels file: a JSON list of page records, or a single record. */
export function parseLabels(json: unknown): PageLabels[] {
  const list = (Array.isArray(json) ? json : [json]) as RawRecord[];
  return list.map((r) => ({
    id: r.id,
    page: r.page,
    lang: r.lang,
    url: r.url,
    cited: r.cited ?? [],
    notCited: r.not_cited ?? [],
    ambiguous: r.ambiguous ?? [],
    originalSource: r.original_source,
  }));
}

/** Reads a labels file from disk. */
export function readLabels(file: string): PageLabels[] {
  return parseLabels(JSON.parse(readFileSync(file, 'utf8')));
}

/** Reads a manifest (object keyed by page id); an empty one when no file is given. */
export function readManifest(file: string | undefined): Record<string, ManifestEntry> {
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestEntry>) : {};
}

/**
 * Finds a page's HTML under `dir`: `<id>.html`, the record's `page`, the manifest's `file`
 * (its base name), or `<id>/source.html`. Returns null when none exists.
 */
export function findPageFile(
  dir: string,
  labels: PageLabels,
  entry?: ManifestEntry,
): string | null {
  const candidates = [
    `${labels.id}.html`,
    `${labels.id}.html.gz`,
    labels.page,
    entry?.file?.split('/').pop(),
    join(labels.id, 'source.html'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    const p = join(dir, c);
    if (existsSync(p)) return p;
  }
  return null;
}

/** A page's HTML, gunzipped when the file name ends in ".gz". */
export function readPageHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Reads labelled page folders: every `<dir>/<slug>/meta.json` with `labels` (beside its
 * `source.html`), as labels plus what a manifest would say of the page. Sorted by slug.
 */
export function readPageFolders(dir: string): { labels: PageLabels; entry: ManifestEntry }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'meta.json')))
    .map((d) => d.name)
    .sort()
    .flatMap((slug) => {
      const meta = JSON.parse(readFileSync(join(dir, slug, 'meta.json'), 'utf8')) as {
        labels?: object;
      } & ManifestEntry;
      if (!meta.labels) return [];
      const [labels] = parseLabels({ ...meta.labels, id: slug });
      const { url, language, category } = meta;
      return [{ labels, entry: { url, language, category } }];
    });
}
