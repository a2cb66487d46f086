import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** Where a page came from: the corpus directory or one of the repository's fixture folders. */
export type PageOrigin = 'corpus' | 'fixture';

/** One saved page the benchmark runs on. */
export interface BenchPage {
  id: string;
  file: string;
  origin: PageOrigin;
  /** Corpus manifest category (attributed, negative, large, unlabeled) or the fixture's kind. */
  category: string;
  bytes: number;
}

/** Which page sets were used, for the report's header. */
export interface PageSources {
  corpusDir: string | null;
  /** Why that directory: the --pages flag, BENCH_PAGES, or none (the repo's copies). */
  corpusFrom: 'flag' | 'env' | 'fixtures-copy';
  fixtureDirs: string[];
}

/** The repository root (this file lives in scripts/bench/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

function readManifest(pagesDir: string): Record<string, { category?: string }> {
  const file = join(pagesDir, '..', 'manifest.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, { category?: string }>;
}

function listHtml(dir: string, origin: PageOrigin, category: (id: string) => string): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const id = basename(f, '.html');
      return { id, file, origin, category: category(id), bytes: statSync(file).size };
    });
}

/**
 * Picks the corpus directory: an explicit flag, then $BENCH_PAGES; null without one. The
 * default run benchmarks what the repository holds (the labelled corpus copies and the
 * reference page in tests/fixtures/pages, the non-articles in tests/fixtures/bench, the
 * generated forum page), so a clone measures the same pages as this checkout, and nothing is
 * read from beside the repository unless asked for.
 */
export function chooseCorpus(
  flag: string | undefined,
  env = process.env.BENCH_PAGES,
): Omit<PageSources, 'fixtureDirs'> {
  if (flag) return { corpusDir: resolve(flag), corpusFrom: 'flag' };
  if (env) return { corpusDir: resolve(env), corpusFrom: 'env' };
  return { corpusDir: null, corpusFrom: 'fixtures-copy' };
}

/**
 * The page folders of tests/fixtures/pages/<slug>/ (source.html + meta.json): the reference
 * page (category "reference") is a fixture, the labelled corpus copies keep their corpus
 * category and count as corpus pages. Slugs in `skip` (already read from a corpus) are left out.
 */
function listPageFolders(dir: string, skip: Set<string>): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((slug) => !skip.has(slug) && existsSync(join(dir, slug, 'source.html')))
    .map((slug) => {
      const file = join(dir, slug, 'source.html');
      const metaFile = join(dir, slug, 'meta.json');
      const meta = existsSync(metaFile)
        ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { category?: string })
        : {};
      const category = meta.category ?? 'reference';
      const origin: PageOrigin = category === 'reference' ? 'fixture' : 'corpus';
      return { id: slug, file, origin, category, bytes: statSync(file).size };
    });
}

/**
 * Lists every page: the corpus directory's pages (categories from its manifest.json), the page
 * folders in tests/fixtures/pages/ (the reference page, and the labelled corpus copies unless
 * the corpus directory already has them), and the non-article pages in tests/fixtures/bench/
 * (category "negative").
 */
export function findPages(flag: string | undefined): { pages: BenchPage[]; sources: PageSources } {
  const corpus = chooseCorpus(flag);
  const pages: BenchPage[] = [];
  if (corpus.corpusDir) {
    const manifest = readManifest(corpus.corpusDir);
    pages.push(
      ...listHtml(corpus.corpusDir, 'corpus', (id) => manifest[id]?.category ?? 'unknown'),
    );
  }
  const refDir = join(REPO_ROOT, 'tests', 'fixtures', 'pages');
  const fixtureDirs: string[] = [];
  if (existsSync(refDir)) {
    fixtureDirs.push(refDir);
    pages.push(...listPageFolders(refDir, new Set(pages.map((p) => p.id))));
  }
  const benchDir = join(REPO_ROOT, 'tests', 'fixtures', 'bench');
  if (existsSync(benchDir)) {
    fixtureDirs.push(benchDir);
    pages.push(...listHtml(benchDir, 'fixture', () => 'negative'));
  }
  return { pages, sources: { ...corpus, fixtureDirs } };
}
