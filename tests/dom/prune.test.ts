// Readability on the pruned copy of a page (utils/extract/prune.ts) must find exactly what it
// finds on a whole copy: the same article text, metadata and links back to the same live text
// nodes, page by page. linkedom, the DOM the command line uses; `npm run bench` checks the
// same on the shared corpus in Chromium.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract';
import { READABILITY } from '../../utils/extract/prune';
import { clonePruned } from '../../utils/extract/pruned-clone';
import { loadDocument } from '../../scripts/cli/load-dom';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const pages: [string, URL][] = readdirSync(PAGES)
  .filter((d) => existsSync(new URL(`${d}/source.html`, PAGES)))
  .map((d) => [d, new URL(`${d}/source.html`, PAGES)]);

describe('Readability on the pruned copy', () => {
  it('finds the internals it reuses in this Readability version', () => {
    expect(READABILITY.REGEXPS.unlikelyCandidates).toBeInstanceOf(RegExp);
    expect(READABILITY.REGEXPS.okMaybeItsACandidate).toBeInstanceOf(RegExp);
    expect(READABILITY.REGEXPS.byline).toBeInstanceOf(RegExp);
    expect(READABILITY.UNLIKELY_ROLES).toContain('navigation');
    expect(typeof READABILITY._isProbablyVisible).toBe('function');
    expect(typeof READABILITY._hasAncestorTag).toBe('function');
    const reader = new Readability(loadDocument('<p>x</p>')) as unknown as { _attempts: unknown };
    expect(reader._attempts).toEqual([]);
  });

  it.each(pages)('gives the same article on %s', (_id, file) => {
    const doc = loadDocument(readFileSync(file, 'utf8'));
    const whole = extractArticle(doc, { unpruned: true });
    const pruned = extractArticle(doc);
    expect(pruned?.article).toEqual(whole?.article);
    const links = (e: typeof whole) => e?.segments.map((s) => [s.start, s.node]);
    expect(links(pruned)).toEqual(links(whole));
  });

  it('copies less than the whole page', () => {
    const doc = loadDocument(
      readFileSync(new URL('en-bbc-nyc-mass-burials-1/source.html', PAGES), 'utf8'),
    );
    const { stats } = clonePruned(doc);
    expect(stats.pruned).toBeGreaterThan(0);
    expect(stats.elements).toBeLessThan(doc.querySelectorAll('*').length);
  });
});
