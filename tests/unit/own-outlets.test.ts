/**
 * What a page never cites: its own outlet's family, a listed outlet that is the page under another
 * address, and an abbreviation the text defines as something else.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { definedAbbreviations } from '../../utils/core/defined-abbreviations';
import { detectAttributions } from '../../utils/core/detect';
import type { ArticleContext } from '../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const cited = (text: string, ctx: ArticleContext) =>
  detectAttributions(text, aliases, ctx).attributions.map((a) => a.outletId);

describe("the page's own family", () => {
  const text = 'The minister told BBC Radio 4 on Sunday that the plan was dead.';
  it('is cited on another site', () => {
    expect(cited(text, { lang: 'en' })).toContain('bbc-radio-4');
  });
  it("is not cited on the parent's site, nor a sister's", () => {
    expect(cited(text, { lang: 'en', publisherIds: ['bbc'] })).toEqual([]);
    expect(cited(text, { lang: 'en', publisherIds: ['bbc-world-service'] })).toEqual([]);
  });
  it("is not the parent cited on a child's site", () => {
    const parent = 'The minister told the BBC on Sunday that the plan was dead.';
    expect(cited(parent, { lang: 'en', publisherIds: ['newsnight'] })).toEqual([]);
  });
});

describe('a listed outlet that is the page under another address', () => {
  const text = 'El gerente dijo a El País que el decreto sigue vigente.';
  it('is cited from another site', () => {
    expect(cited(text, { lang: 'es', page: { url: 'https://www.montevideo.com.uy/x' } })).toEqual([
      'el-pais',
    ]);
  });
  it('is the page itself on the same name under another suffix', () => {
    expect(cited(text, { lang: 'es', page: { url: 'https://www.elpais.com.uy/x' } })).toEqual([]);
  });
});

describe('an abbreviation the text defines', () => {
  it('reads the long form whose initials spell it', () => {
    const d = definedAbbreviations('la Administración Nacional de Puertos (ANP) y la ANP');
    expect(d.get('ANP')).toBe('Administración Nacional de Puertos');
    expect(definedAbbreviations('la Agence France-Presse (AFP)').has('AFP')).toBe(false);
  });
  it('rules out an outlet of that abbreviation', () => {
    const text =
      'La Administración Nacional de Puertos (ANP) cerró el muelle. Según el presidente de la ANP, la obra sigue.';
    expect(cited(text, { lang: 'es' })).toEqual([]);
  });
  it("keeps it when the long form is the outlet's own name", () => {
    const text =
      'The Algemeen Nederlands Persbureau (ANP) covered it. According to ANP, the bridge is shut.';
    expect(cited(text, { lang: 'en' })).toContain('anp');
  });
  it('keeps it when the long form is a news name the catalog spells otherwise', () => {
    const text = 'The Associated Press (AP) reported the vote. According to AP, turnout was high.';
    expect(cited(text, { lang: 'en' })).toContain('associated-press');
  });
});
