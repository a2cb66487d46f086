/** The detection core: offsets, chains, lists, short forms, the page's own outlet, uncertainty. */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { detectAttributions } from '../../utils/core/detect';
import { UNCERTAIN_BELOW } from '../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const detect = (text: string, lang = 'en', publisherIds: string[] = []) =>
  detectAttributions(text, aliases, { lang, publisherIds });

describe('detectAttributions', () => {
  it('gives offsets that slice back to the surface, and the cue around it', () => {
    const text = 'Officials were upbeat.\nAccording to the Associated Press, the deal is done.';
    const [a] = detect(text).attributions;
    expect(text.slice(a.start, a.end)).toBe(a.surface);
    expect(a.cue?.text).toBe('According to the Associated Press');
    expect(a.sentence).toBe('According to the Associated Press, the deal is done.');
  });

  it('takes a bracketed credit whole, closing bracket included', () => {
    const text = 'The council voted on March 25. (Source: AP)\nNext paragraph (AP Photo/Jane Roe).';
    const [first] = detect(text).attributions;
    expect(first.cue?.text).toBe('(Source: AP)');
    expect(text.slice(first.cue!.start, first.cue!.end)).toBe('(Source: AP)');
  });

  it('records the relaying outlet of a chain ("X, citing Y")', () => {
    const d = detect('Agence France-Presse, citing Reuters, said the talks had stalled.');
    const reuters = d.attributions.find((a) => a.outletId === 'reuters');
    expect(reuters?.via).toBe('agence-france-presse');
    expect(d.attributions.map((a) => a.outletId).sort()).toEqual([
      'agence-france-presse',
      'reuters',
    ]);
  });

  it('shares one cue across a list of outlets', () => {
    const ids = detect('(Con información de AFP, EFE y Reuters)', 'es').attributions.map(
      (a) => a.outletId,
    );
    expect(ids.sort()).toEqual(['agence-france-presse', 'efe', 'reuters']);
  });

  it('reads a short form only after the full name ("the Journal")', () => {
    expect(detect('Mani told the Journal that she was shocked.').attributions).toEqual([]);
    const d = detect(
      'The Wall Street Journal broke the story. Mani told the Journal that she was shocked.',
    );
    expect(d.attributions.map((a) => a.outletId)).toEqual([
      'the-wall-street-journal',
      'the-wall-street-journal',
    ]);
  });

  it('never credits the page’s own outlet', () => {
    expect(
      detect('SEOUL, Aug. 20 (Yonhap) -- North Korea slammed the drill.', 'en', ['yonhap'])
        .attributions,
    ).toEqual([]);
  });

  it('keeps a wire tag in lower case only in wire-shaped spots', () => {
    expect(
      detect('Hamas ha detto che la tregua regge. (afp)', 'it').attributions.map((a) => a.outletId),
    ).toEqual(['agence-france-presse']);
    expect(detect('Il dossier è pronto, afp lo conferma.', 'it').attributions).toEqual([]);
  });

  it('sees a credit mark on the line before the name', () => {
    const d = detect('Image copyright\n   Reuters\n\nImage caption About 40 bodies were buried');
    expect(d.attributions.map((a) => `${a.outletId}:${a.kind}`)).toEqual(['reuters:photo']);
  });

  it('leaves an ambiguous name uncertain when nothing picks one outlet', () => {
    const d = detect('The Times reported it first.');
    expect(d.attributions.every((a) => a.confidence < UNCERTAIN_BELOW)).toBe(true);
  });

  it('reports a line "Source: X" at the end as the original source', () => {
    const d = detect('The talks went on.\nThe minister left.\nSource: baoquocte.vn');
    expect(d.originalSource?.outletId).toBe('bao-quoc-te');
    expect(d.attributions).toEqual([]);
  });

  it('reports "originally appeared on" as the original source', () => {
    const d = detect('This story originally appeared on Politico.');
    expect(d.originalSource?.outletId).toBe('politico');
  });

  it('stays linear on long runs of blanks and cues', () => {
    const text = ('according to AP,' + ' '.repeat(2000) + '\n').repeat(2000);
    const t0 = performance.now();
    detect(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
