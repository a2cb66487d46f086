/** German cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  de: [
    ['Laut dpa wurde der Vertrag am Montag unterzeichnet.', ['dpa:report']],
    ['Dem Bericht der «Financial Times» zufolge sinken die Preise.', ['financial-times:report']],
    [
      '«Wir zählen jedes Pfund», sagte ein Geschäftsmann der «Financial Times».',
      ['financial-times:interview'],
    ],
    [
      'Der US-Nachrichtensender CNN berichtete unter Berufung auf einen Regierungsbeamten.',
      ['cnn:report'],
    ],
    ['(FR mit dpa)', ['dpa:byline']],
    ['Von: det/dpa', ['dpa:byline']],
    ['Foto: SWR/picture alliance/dpa', ['dpa:photo', 'swr:photo']],
    ['Die Lage sei ernst, so Bloomberg.', ['bloomberg:report']],
    ['Das sagte er gegenüber der Süddeutschen Zeitung.', ['sueddeutsche-zeitung:interview']],
    ['Die ARD feiert seinen Hundertsten mit einer Doku.', []],
    ['Die Zeit drängt, sagte der Minister.', []],
  ],
};

describe('German cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
