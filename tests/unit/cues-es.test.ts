/** Spanish cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  es: [
    ['Según EFE, el presidente viajará el miércoles.', ['efe:report']],
    ['Bruselas, 7 oct (EFE).- El alto representante habló hoy.', ['efe:byline']],
    ['Sus oponentes son extremistas, destacó AFP.', ['agence-france-presse:report']],
    [
      'El investigador aseguraba a AFP que un termómetro marcó 20 grados.',
      ['agence-france-presse:interview'],
    ],
    [
      'Lo dijo en una entrevista en Radio Marca recogida por Europa Press.',
      ['efe-radio-marca:interview', 'europa-press:report'],
    ],
    [
      '(Con información de AFP, EFE y Reuters)',
      ['agence-france-presse:report', 'efe:report', 'reuters:report'],
    ],
    ['Por Agencia EFE', ['efe:byline']],
    ['No es la nacion que soñamos: el país vive una crisis profunda.', []],
    ['El público aplaudió al final.', []],
  ],
};

describe('Spanish cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
