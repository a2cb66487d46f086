/** Spellings derived from the catalog's names (alias-variants.ts), each with a look-alike. */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { findMentions } from '../../utils/core/find-mentions';
import {
  dottedAbbreviation,
  followsLam,
  lamForm,
  spellingVariants,
} from '../../utils/core/alias-variants';
import { parseCatalog } from '../../utils/core/catalog-schema';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);
const ids = (text: string, lang: string) =>
  findMentions(text, aliases, lang).flatMap((m) => m.outletIds);

describe('alias variants', () => {
  it('writes a hyphen as a space and German umlauts as two letters', () => {
    expect(spellingVariants('Tages-Anzeiger', { languages: ['de'] })).toEqual(['Tages Anzeiger']);
    expect(spellingVariants('Süddeutsche Zeitung', { languages: ['de'] })).toEqual([
      'Sueddeutsche Zeitung',
    ]);
    // Only German writes "ue" for "ü"; a lower-case hyphened name ("n-tv") keeps its hyphen.
    expect(spellingVariants('Hürriyet', { languages: ['tr'] })).toEqual([]);
    expect(spellingVariants('n-tv', { languages: ['de'] })).toEqual([]);
  });

  it('glues or spaces a channel number', () => {
    expect(spellingVariants('Digi24', { languages: ['ro'] })).toEqual(['Digi 24']);
    expect(spellingVariants('France 24', { languages: ['fr'] })).toEqual(['France24']);
    // Three letters at least before the number: "N1" stays as it is.
    expect(spellingVariants('N1', { languages: ['sr'] })).toEqual([]);
    // A word many channels share, or capitals, before the number: another country's channel.
    expect(spellingVariants('TELE1', { languages: ['tr'] })).toEqual([]);
    expect(spellingVariants('Kanal 5', { languages: ['sv'] })).toEqual([]);
    expect(ids('Potrivit Digi 24, guvernul cade.', 'ro')).toContain('digi24');
    expect(ids('He moved to Paris 2 years later.', 'en')).toEqual([]);
  });

  it('dots abbreviations of three capitals or more, never two (initials)', () => {
    expect(dottedAbbreviation('FAZ')).toBe('F.A.Z');
    expect(dottedAbbreviation('AP')).toBeNull();
    expect(ids('Das berichtet die F.A.Z. am Samstag.', 'de')).toContain('faz');
    expect(ids('A.P. Smith wrote the preface.', 'en')).not.toContain('associated-press');
  });

  it('reads an Arabic name after the preposition li- only behind it', () => {
    expect(lamForm('المصري اليوم')).toBe('لمصري اليوم');
    expect(lamForm('رويترز')).toBeNull();
    expect(followsLam('قال للمصري', 'قال ل'.length)).toBe(true);
    expect(ids('وقال الوزير للمصري اليوم إن المفاوضات مستمرة.', 'ar')).toContain(
      'al-masry-al-youm',
    );
    // Without the preposition's ل the rest is no name.
    expect(ids('ذهب الطفل لمصري اليوم', 'ar')).not.toContain('al-masry-al-youm');
  });

  it('reads a Hebrew prefix, or an Arabic one with a tatweel, glued to a Latin name', () => {
    expect(ids('כפי שפורסם בynet הבוקר', 'he')).toContain('ynet');
    expect(ids('The Cynet team shipped it.', 'en')).not.toContain('ynet');
    // Arabic joins a prefix to a Latin name with a tatweel only.
    expect(ids('وقال لـCNN إن المفاوضات مستمرة.', 'ar')).toContain('cnn');
    expect(ids('وقال لCNN إن المفاوضات مستمرة.', 'ar')).not.toContain('cnn');
  });
});
