/** French cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  fr: [
    ['Selon Mediapart, le ministre aurait menti.', ['mediapart:report']],
    ['Le Monde révèle qu’une autre enquête est ouverte.', ['le-monde:report']],
    ["« C'est un choix difficile », a-t-elle expliqué à CBC.", ['cbc:interview']],
    ['Ce contrat, peut-on lire dans Les Échos.', ['les-echos:quote']],
    ['On apprend via l’AFP que le dossier est clos.', ['agence-france-presse:report']],
    ["L'affaire a été dévoilée en 2018 par le journal Ebdo.", ['ebdo:report']],
    ["D'après les informations de Matthew Kupfer de CBC, le projet est retardé.", ['cbc:report']],
    ['Le ministre a menti, écrit Le Canard enchaîné.', ['le-canard-enchaine:report']],
    ['(avec AFP)', ['agence-france-presse:byline']],
    ['Le monde entier regarde la France.', []],
    ["Il était l'invité du JT de TF1 dimanche soir.", []],
  ],
};

describe('French cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
