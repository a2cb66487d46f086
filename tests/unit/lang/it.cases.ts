/** Italian (utils/core/lang/it.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'it',
  rules: {
    'it-actor': {
      fires: [['La partita è stata trasmessa su Rai 1 in diretta.', 'rai']],
      silent: ['La partita è stata commentata su Rai 1 in diretta.'],
    },
    'it-source-label': {
      fires: [['Il porto ha chiuso lunedì. (Fonte: Ansa)', 'ansa:report']],
      silent: ['La fonte dell’Ansa ha smentito.'],
    },
    'it-secondo': {
      fires: [['Secondo la Bbc sono almeno 17 i caduti.', 'bbc:report']],
      silent: ['Secondo il ministro la Bbc ha sbagliato.'],
    },
    'it-told': {
      fires: [['Un medico ha raccontato a Cnn la sua esperienza.', 'cnn:interview']],
      silent: ['Un medico ha raccontato la sua esperienza, poi Cnn è arrivata.'],
    },
    'it-interview': {
      fires: [['Lo ha detto ospite a Ping Pong su Rai Radio 1.', 'rai-radio-1:interview']],
      silent: ['Lo ha detto a Ping Pong, poi Rai Radio 1 ha chiuso.'],
    },
    'it-citing': {
      fires: [['La Cnn, citando la Reuters, ha confermato.', 'reuters:report']],
      silent: ['La Cnn ha confermato, come la Reuters.'],
    },
    'it-by': {
      fires: [['Le immagini sono state diffuse dalla Reuters.', 'reuters:report']],
      silent: ['Le immagini sono state criticate dalla Reuters.'],
    },
    'it-inverted': {
      fires: [['Lo riporta Al Jazeera citando una nota.', 'al-jazeera:report']],
      silent: ['Lo guarda Al Jazeera ogni giorno.'],
    },
    'it-fronted': {
      fires: [
        [
          'Il piano è pronto. Al Corriere della Sera, il ministro ha spiegato che il piano è pronto.',
          'corriere-della-sera:interview',
        ],
      ],
      silent: ['Il piano è pronto. Il Corriere della Sera, il giornale di Milano, ne parla.'],
    },
    'it-with': {
      fires: [['Di Mario Rossi con Ansa', 'ansa:byline']],
      silent: ['Mario Rossi lavora con Ansa da anni.'],
    },
    'it-reported': {
      fires: [
        ['Il Corriere della Sera scrive che il governo è in crisi.', 'corriere-della-sera:report'],
      ],
      silent: ['Il Corriere della Sera ha una nuova sede.'],
    },
  },
  examples: [
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
    ['Le immagini sono state diffuse dalla Reuters.', ['reuters:report']],
    ['Il Corriere della Sera scrive che il governo è in crisi.', ['corriere-della-sera:report']],
    ['Foto: Ansa', ['ansa:photo']],
  ],
  lookAlikes: [
    'Il mondo intero guarda.',
    'La partita è stata trasmessa su Rai 1 in diretta.',
    'La stampa estera è arrivata.',
    'Il giornale di ieri era in edicola.',
    'Il sole splende su Roma.',
  ],
};
