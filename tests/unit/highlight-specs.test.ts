import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport, type ArticleInput } from '../../utils/core/report';
import { toHighlightSpecs } from '../../utils/background/highlights';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const article = (text: string): ArticleInput => ({
  url: 'https://example.org/a',
  title: 'A test',
  byline: null,
  siteName: null,
  lang: 'es',
  publishedTime: null,
  text,
});

describe('toHighlightSpecs', () => {
  it('draws a cue together with a name next to it', () => {
    const text = 'Según Reuters, la votación fue aplazada.';
    const [spec] = toHighlightSpecs(buildReport({ ...article(text), lang: 'es' }, index));
    expect(text.slice(spec.cueStart, spec.cueEnd)).toBe('Según Reuters');
    expect(text.slice(spec.start, spec.end)).toBe('Reuters');
  });

  it('never stretches a shared cue far across a long list of outlets', () => {
    const names = [
      'AFP',
      'EFE',
      'Reuters',
      'Europa Press',
      'dpa',
      'ANSA',
      'Xinhua',
      'Kyodo',
      'Yonhap',
      'PTI',
    ];
    const text = `La cumbre terminó sin acuerdo. (Con información de ${names.join(', ')})`;
    const specs = toHighlightSpecs(buildReport(article(text), index));
    expect(specs.length).toBeGreaterThanOrEqual(8);
    for (const s of specs) {
      expect(s.cueStart).toBeLessThanOrEqual(s.start);
      expect(s.cueEnd).toBeGreaterThanOrEqual(s.end);
      // Drawn span = name plus at most the cue and a short gap; the last names get their name only.
      expect(s.cueEnd - s.cueStart).toBeLessThanOrEqual(
        s.end - s.start + 48 + 'Con información de AFP'.length,
      );
    }
    const last = specs[specs.length - 1];
    expect([last.cueStart, last.cueEnd]).toEqual([last.start, last.end]);
  });
});
