import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/** The reference article, served at `pages/<slug>/source.html`. */
export const REFERENCE_PAGE = 'pages/us-israel-relations/source.html';

interface Labels {
  publisher: { outlet: string; domain: string };
  original_source: { outlet: string; domain: string };
  cited: { outlet: string; surfaces: string[]; kinds: string[]; evidence: string[] }[];
}

/** One outlet the reference article cites, as its hand-made labels say. */
export interface ExpectedOutlet {
  name: string;
  kinds: string[];
  surfaces: string[];
  /** Evidence fragments; each appears inside one of the outlet's evidence sentences. */
  evidence: string[];
}

/**
 * The expected result for the reference page, read from its committed labels (never from the
 * extension's own output, so a regression can't redefine "expected").
 */
export function loadReferenceLabels(): {
  publisherName: string;
  publisherDomain: string;
  originalSourceDomain: string;
  outlets: ExpectedOutlet[];
} {
  const file = join(ROOT, 'tests/fixtures/pages/us-israel-relations/meta.json');
  const { labels } = JSON.parse(readFileSync(file, 'utf8')) as { labels: Labels };
  return {
    publisherName: labels.publisher.outlet,
    publisherDomain: labels.publisher.domain,
    originalSourceDomain: labels.original_source.domain,
    outlets: labels.cited.map((c) => ({
      name: c.outlet,
      kinds: [...c.kinds].sort(),
      surfaces: c.surfaces,
      evidence: c.evidence.map((e) => e.replace(/^\((.*)\)$/, '$1')),
    })),
  };
}

/** Collapses runs of whitespace, as the page's layout and the article text may differ in them. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The fixture page whose article a framework-like script re-renders after load. */
export const RERENDER_PAGE = 'e2e/rerender/source.html';

/** The credits the re-render page shows after its second render (from its meta.json). */
export function loadRerenderExpectations(): string[] {
  const file = join(ROOT, 'tests/e2e/fixtures/rerender/meta.json');
  const meta = JSON.parse(readFileSync(file, 'utf8')) as {
    expected: { afterSecondRender: string[] };
  };
  return meta.expected.afterSecondRender;
}
