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
  it('applies the same rules as this Readability version (our copy, readability-rules.ts)', () => {
    const own = Readability.prototype as unknown as {
      REGEXPS: Record<string, RegExp>;
      UNLIKELY_ROLES: string[];
      _isProbablyVisible(el: Element): boolean;
      _hasAncestorTag(node: Node, tag: string): boolean;
    };
    for (const name of ['unlikelyCandidates', 'okMaybeItsACandidate', 'byline'] as const)
      expect(String(READABILITY.REGEXPS[name])).toBe(String(own.REGEXPS[name]));
    expect(READABILITY.UNLIKELY_ROLES).toEqual(own.UNLIKELY_ROLES);
    // The two helpers, element by element, on fixture pages and on look-alikes of each test.
    const doc = loadDocument(
      `<body><table><tr><td><div><p><span id="deep">x</span></p></div></td></tr></table>
      <code><b id="code">y</b></code><div style="display:none" id="none"></div>
      <div style="visibility:hidden" id="vh"></div><p hidden id="h"></p>
      <p aria-hidden="true" id="ah"></p><img aria-hidden="true" class="fallback-image" id="fb">
      <svg aria-hidden="true"><g id="g"></g></svg></body>`,
    );
    const elements = [
      ...doc.querySelectorAll('*'),
      ...pages
        .slice(0, 5)
        .flatMap(([, file]) => [
          ...loadDocument(readFileSync(file, 'utf8')).querySelectorAll('body *'),
        ]),
    ];
    for (const el of elements) {
      // Readability's answer is truthy or falsy (a class name); ours a boolean.
      expect(READABILITY.isProbablyVisible(el)).toBe(!!own._isProbablyVisible(el));
      for (const tag of ['table', 'code'])
        expect(READABILITY.hasAncestorTag(el, tag)).toBe(own._hasAncestorTag(el, tag));
    }
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
