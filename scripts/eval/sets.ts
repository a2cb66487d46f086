/**
 * The labelled page sets `npm run eval` knows. A set is a labels file with its pages beside it
 * (`pages/`, plain or gzipped) and, when present, a `manifest.json` giving each page's address;
 * or a folder of page fixtures (`<slug>/source.html` + `meta.json` with the labels).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface LabelSet {
  /** Short name for the tables ("pool-dev"). */
  name: string;
  /** The labels file; absent for a folder of page fixtures, whose labels are in their meta.json. */
  labels?: string;
  pages: string;
  manifest?: string;
}

/** A set from its labels file: pages in `<dir>/pages`, manifest in `<dir>/manifest.json`. */
export function setFromLabels(labels: string, pages?: string, manifest?: string): LabelSet {
  const dir = dirname(labels);
  const half = basename(labels, '.json').replace(/^labels-?/, '');
  const defaultManifest = join(dir, 'manifest.json');
  return {
    name: [basename(dir), half].filter(Boolean).join('-'),
    labels,
    pages: pages ?? join(dir, 'pages'),
    manifest: manifest ?? (existsSync(defaultManifest) ? defaultManifest : undefined),
  };
}

const FIXTURES = 'tests/fixtures';

/** A folder of page fixtures (tests/fixtures/pages): each `<slug>/` carries its own labels. */
export const setFromFolders = (pages: string): LabelSet => ({ name: basename(pages), pages });

/**
 * The halves we tune on: the page fixtures (the development corpus and the seed) and the dev
 * halves of the pool and authored pages.
 */
export const DEV_SETS: LabelSet[] = [
  setFromFolders(`${FIXTURES}/pages`),
  setFromLabels(`${FIXTURES}/pool/labels-dev.json`),
  setFromLabels(`${FIXTURES}/authored/labels-dev.json`),
];

/** The halves we never tune on: only their aggregate numbers are ever printed. */
export const TEST_SETS: LabelSet[] = [
  setFromLabels(`${FIXTURES}/pool/labels-test.json`),
  setFromLabels(`${FIXTURES}/authored/labels-test.json`),
];

/** True for a path that is a directory (the old `LABELS PAGES_DIR` form). */
export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
