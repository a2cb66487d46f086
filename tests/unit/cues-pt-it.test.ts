/** Portuguese and Italian cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  pt: [
    ['De acordo com a Agência Brasil, o jogo terminou empatado.', ['agencia-brasil:report']],
    ['Em entrevista à "CNN", Witzel disse não ser contra o retorno.', ['cnn:interview']],
    ['O jornal O Globo informou que a votação foi adiada.', ['o-globo:report']],
    ['O líder da oposição, Randolfe Rodrigues (Rede-AP), apresentou um projeto.', []],
    ['Veja Também: os melhores momentos do jogo.', []],
  ],
  it: [
    ["Lo riferisce l'Associated Press, citando un portavoce.", ['associated-press:report']],
    ['Secondo la Bbc sono almeno 17 i caduti.', ['bbc:report']],
    ['Un medico ha raccontato a Cnn la sua esperienza.', ['cnn:interview']],
    ['Lo riporta Al Jazeera citando una nota.', ['al-jazeera:report']],
    ['Lo ha detto ospite a Ping Pong su Rai Radio 1.', ['rai-radio-1:interview']],
    ["Lo ha riferito l'agenzia di stampa palestinese Wafa.", ['wafa:report']],
    [
      "Le dichiarazioni sono state rilasciate oggi all'emittente pubblica australiana Abc.",
      ['abc-australia:interview'],
    ],
    ['Il mondo intero guarda.', []],
  ],
};

describe('Portuguese and Italian cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
