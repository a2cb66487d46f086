/** Italian (utils/core/lang/it.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'it',
  rules: {
    'it-photo': {
      fires: [['Il premier a Bruxelles (foto Ansa)', 'ansa:photo']],
      silent: ['In una foto diffusa ieri il premier sorride, secondo fonti vicine alla Ansa.'],
    },
    'it-analysis': {
      fires: [['Un sondaggio Swg per La7 mostra un calo.', 'la7:analysis']],
      silent: ['Un sondaggio Swg mostra un calo, dice La7.'],
    },
    'it-footage': {
      fires: [['Immagini trasmesse da Rai News 24 mostrano la folla.', 'rainews:video']],
      silent: ['Il dibattito è stato trasmesso da Rai News 24 in diretta.'],
    },
    'it-staff': {
      fires: [
        [
          'Il corrispondente del Corriere della Sera a Kiev ha visto la distruzione.',
          'corriere-della-sera:report',
        ],
      ],
      silent: ["L'ex corrispondente del Corriere della Sera a Kiev ha visto la distruzione."],
    },
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
    ['Scrive il Messaggero che il ministro ha mentito.', ['il-messaggero:report']],
    ['Secondo quanto riportato dal Messaggero, il ministro ha mentito.', ['il-messaggero:report']],
    ["Lo ha detto in un'intervista al Giornale il ministro.", ['il-giornale:interview']],
    [
      "Secondo l'inviato del Corriere della Sera, la città è distrutta.",
      ['corriere-della-sera:report'],
    ],
    [
      'Secondo un sondaggio Ipsos per il Corriere della Sera, il governo perde consensi.',
      ['corriere-della-sera:analysis'],
    ],
    ['Riferisce il Tg1 che il ministro ha mentito.', ['tg1:report']],
    ["Il premier a Bruxelles. Foto d'archivio Ansa", ['ansa:photo']],
  ],
  lookAlikes: [
    'Il mondo intero guarda.',
    'La partita è stata trasmessa su Rai 1 in diretta.',
    'La stampa estera è arrivata.',
    'Il giornale di ieri era in edicola.',
    'Il sole splende su Roma.',
    'Il presidente della Repubblica ha detto che tutto va bene.',
    'Ex direttore del Corriere della Sera, ora guida una fondazione.',
    'Il conduttore del programma Report su Rai 3 è stato sospeso.',
    'Abbonati al Corriere della Sera a un euro.',
    'Il Corriere della Sera è stato venduto a un fondo.',
  ],
};
