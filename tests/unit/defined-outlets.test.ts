/**
 * The text's own abbreviations of listed outlets (utils/core/defined-outlets.ts): "the full name
 * (ABBR)" makes the text's other "ABBR" that outlet, whatever the catalog gives the abbreviation.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('abbreviations the text defines for a listed outlet', () => {
  it('takes an abbreviation the catalog gives another outlet (APS: Algeria → Senegal)', () => {
    const text =
      "D'après l'Agence de presse sénégalaise (APS), c'est la troisième interception.\n" +
      '{{caption:Des migrants au port de Saint-Louis. (Photo : APS)}}';
    expect(credits(text, 'fr')).toEqual(['aps-senegal:photo', 'aps-senegal:report']);
  });

  it('keeps the catalog outlet when the text defines the abbreviation as that outlet', () => {
    const text =
      'Selon Algérie Presse Service (APS), le président a reçu le ministre.\n' +
      '{{caption:Le président à Alger. (Photo : APS)}}';
    expect(credits(text, 'fr')).toEqual(['aps-algeria:photo', 'aps-algeria:report']);
  });

  it('reads an abbreviation the catalog does not know (ANA)', () => {
    const text =
      "Segons l'Agència de Notícies Andorrana (ANA), la carretera continua tallada.\n" +
      '{{caption:El Pas de la Casa, aquest dilluns. Foto: ANA}}';
    expect(credits(text, 'ca')).toEqual([
      'agencia-de-noticies-andorrana:photo',
      'agencia-de-noticies-andorrana:report',
    ]);
  });

  it('is silent for an abbreviation defined by a name that is no outlet', () => {
    const text =
      'La Administración Nacional de Puertos (ANP) informó del cierre. Según la ANP, el puerto abrirá.';
    expect(credits(text, 'es')).toEqual([]);
  });

  it('is silent for the same capitals inside a longer word or without a definition', () => {
    const text =
      "L'Agència de Notícies Andorrana (ANA) va tancar. ANAS i ANALISI no són l'agència.\n" +
      'Foto: ANAX';
    expect(credits(text, 'ca')).toEqual([]);
  });
});
