// Runs the whole extraction (Readability on a clone, text ↔ live node map) and the core on the
// reference page, in linkedom: the same path the command line takes, and the extension's
// content script + background take in a browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport } from '../../utils/core/report';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from '../../scripts/cli/load-dom';

const dir = new URL('../fixtures/pages/us-israel-relations/', import.meta.url);
const html = readFileSync(new URL('source.html', dir), 'utf8');
const { labels } = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as {
  labels: {
    cited: { outlet: string; kinds: string[] }[];
    publisher: { domain: string };
    original_source: { domain: string };
  };
};
const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

describe('reference page (us-israel-relations)', () => {
  const doc = loadDocument(html);
  const before = doc.documentElement.outerHTML;
  const extraction = extractArticle(doc)!;
  const report = buildReport(extraction.article, index);

  it('extracts the article and its metadata without touching the document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(extraction.article.title).toBe("What's happening to US-Israel relations?");
    expect(extraction.article.siteName).toBe('Vietnam.vn');
    expect(extraction.article.lang).toBe('en');
    expect(extraction.article.publishedTime).toMatch(/^2024-03-27/);
    expect(extraction.article.text).toContain('According to AP, the US');
  });

  it('names the publisher and the original source, and never cites them', () => {
    expect(report.publisher?.domains).toContain(labels.publisher.domain);
    expect(report.originalSource?.domains).toContain(labels.original_source.domain);
    const cited = report.outlets.map((o) => o.id);
    expect(cited).not.toContain(report.publisher!.id);
    expect(cited).not.toContain(report.originalSource!.id);
  });

  it('cites exactly the labelled outlets with their kinds', () => {
    const got = report.outlets.map((o) => ({
      name: o.name,
      kinds: [...new Set(o.mentions.map((m) => m.kind))].sort(),
    }));
    expect(got).toHaveLength(labels.cited.length);
    for (const label of labels.cited) {
      const match = got.find((g) => g.name === label.outlet || g.name.includes(label.outlet));
      expect(match, label.outlet).toBeDefined();
      expect(match!.kinds).toEqual([...label.kinds].sort());
    }
    expect(report.uncertain).toEqual([]);
  });

  it('maps every credit back to the text nodes of the page', () => {
    const { segments, article } = extraction;
    for (const outlet of report.outlets) {
      for (const m of outlet.mentions) {
        expect(article.text.slice(m.start, m.end)).toBe(m.surface);
        const seg = [...segments].reverse().find((s) => s.start <= m.start)!;
        expect(seg.node, m.surface).not.toBeNull();
        const local = m.start - seg.start;
        expect(seg.node!.data.slice(local, local + m.surface.length)).toBe(m.surface);
        expect(seg.node!.ownerDocument).toBe(doc);
      }
    }
  });
});
