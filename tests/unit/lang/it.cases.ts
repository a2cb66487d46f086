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
      fires: [
        [
          'Il giornalista ha lavorato per il Corriere della Sera e per La Stampa prima di fondare il sito.',
          'la-stampa',
        ],
        ['La partita è stata trasmessa su Rai 1 in diretta.', 'rai'],
      ],
      silent: ['La partita è stata commentata su Rai 1 in diretta.'],
    },
    'it-source-label': {
      fires: [['Il porto ha chiuso lunedì. (Fonte: Ansa)', 'ansa:report']],
      silent: ['La fonte dell’Ansa ha smentito.'],
    },
    'it-read-in': {
      fires: [
        ['Come si legge sulla Nuova Sardegna, il cantiere è fermo.', 'la-nuova-sardegna:report'],
      ],
      silent: ['Come si legge nella sentenza, la Nuova Sardegna ha perso la causa.'],
    },
    'it-report-of': {
      fires: [
        [
          'Secondo una ricostruzione de La Stampa, il piano era pronto da mesi.',
          'la-stampa:report',
        ],
        ["Un'inchiesta dell'Espresso ha rivelato i conti esteri.", 'l-espresso:report'],
      ],
      silent: [
        'La ricostruzione del ponte de La Spezia è finita.',
        "Un'inchiesta sull'Espresso è stata aperta dalla procura.",
      ],
    },
    'it-cleft': {
      fires: [['A riferirlo è la Stampa, che cita fonti investigative.', 'la-stampa:report']],
      silent: ['A comprarla è stata la Stampa, che ha pagato due milioni.'],
    },
    'it-secondo': {
      fires: [
        [
          "Secondo quanto riferito dal Giornale di Brescia, l'azienda chiuderà lo stabilimento.",
          'unlisted:giornale-di-brescia:report',
        ],
        ['Secondo Radio Pippo, il corteo era numeroso.', 'unlisted:radio-pippo:report'],
        ['Secondo la Bbc sono almeno 17 i caduti.', 'bbc:report'],
      ],
      silent: ['Secondo il ministro la Bbc ha sbagliato.'],
    },
    'it-told': {
      fires: [
        [
          "«Siamo pronti», ha spiegato l'allenatore al Corriere dello Sport.",
          'corriere-dello-sport:quote',
        ],
        ['Un medico ha raccontato a Cnn la sua esperienza.', 'cnn:interview'],
      ],
      silent: [
        "«Siamo pronti», ha spiegato l'allenatore del Corriere dello Sport.",
        'Un medico ha raccontato la sua esperienza, poi Cnn è arrivata.',
      ],
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
      fires: [
        [
          'Fa sapere Il Secolo XIX che la nave è rimasta bloccata in porto.',
          'il-secolo-xix:report',
        ],
        [
          'Ne dà notizia Il Resto del Carlino nella sua edizione di oggi.',
          'il-resto-del-carlino:report',
        ],
        ['Lo riporta Al Jazeera citando una nota.', 'al-jazeera:report'],
      ],
      silent: [
        'Il Secolo XIX sa già che la nave è rimasta bloccata.',
        'Ne dà notizia il sindaco, intervistato da ieri.',
        'Lo guarda Al Jazeera ogni giorno.',
      ],
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
        ["Il Resto del Carlino dà notizia dell'arresto.", 'il-resto-del-carlino:report'],
        ['Il Corriere della Sera scrive che il governo è in crisi.', 'corriere-della-sera:report'],
      ],
      silent: [
        'Il Resto del Carlino dà lavoro a cento persone.',
        'Il Corriere della Sera ha una nuova sede.',
      ],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ["Secondo l'agenzia ANSA, almeno sei persone sono rimaste ferite.", ['ansa:report']],
    [
      'Il governo prepara una manovra correttiva, riporta il Corriere della Sera.',
      ['corriere-della-sera:report'],
    ],
    ['«Non mi dimetto», ha dichiarato il sindaco alla Stampa.', ['la-stampa:quote']],
    [
      "In un'intervista al Sole 24 Ore, l'amministratore delegato annuncia nuovi investimenti.",
      ['il-sole-24-ore:interview'],
    ],
    [
      'Lo riferisce Il Fatto Quotidiano, che ha visionato i documenti.',
      ['il-fatto-quotidiano:report'],
    ],
    ['Intervistato da Sky TG24, il ministro ha escluso nuove tasse.', ['sky-tg24:interview']],
    ['Ospite di La7, la segretaria ha attaccato il governo.', ['la7:interview']],
    [
      'Stando a quanto scrive Il Messaggero, il vertice è stato rinviato.',
      ['il-messaggero:report'],
    ],
    ["L'Adnkronos ha appreso da fonti di governo che il decreto slitta.", ['adnkronos:report']],
    ['{{caption:Soccorritori al lavoro tra le macerie. Foto ANSA/Ciro Fusco}}', ['ansa:photo']],
    ['Le immagini diffuse da Rainews mostrano il ponte crollato.', ['rainews:video']],
    ['Lo ha detto il presidente ai microfoni del Tg1.', ['tg1:interview']],
    [
      'Come riportato dalla Gazzetta dello Sport, il club ha chiuso la trattativa.',
      ['gazzetta-dello-sport:report'],
    ],
    [
      'Il quotidiano locale La Voce del Lago scrive che la strada resterà chiusa.',
      ['unlisted:voce-del-lago:report'],
    ],
    [
      'Secondo i calcoli del Sole 24 Ore, il costo per le famiglie salirà di 400 euro.',
      ['il-sole-24-ore:analysis'],
    ],
    [
      "«Siamo pronti», ha spiegato l'allenatore al Corriere dello Sport.",
      ['corriere-dello-sport:quote'],
    ],
    [
      'Ne dà notizia Il Resto del Carlino nella sua edizione di oggi.',
      ['il-resto-del-carlino:report'],
    ],
    ["Avvenire ha pubblicato un'inchiesta sui centri di accoglienza.", ['avvenire:report']],
    [
      'Secondo quanto apprende Reuters da due fonti, la banca valuta una fusione.',
      ['reuters:report'],
    ],
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
    'Il provvedimento è stato pubblicato nella Gazzetta Ufficiale.',
    // Blind set: written from how the press credits sources, before reading the rules.
    'Marco Rossi, ex giornalista del Corriere della Sera, oggi insegna comunicazione.',
    'La Stampa è stata acquistata dal gruppo Gedi nel 2016.',
    'Il ministero della Salute ha comunicato 200 nuovi casi.',
    'Il video è diventato virale su Instagram e TikTok.',
    'I giornalisti della Rai hanno scioperato contro i tagli.',
    'Uno studio pubblicato su Nature conferma i risultati.',
    'Open Arms ha soccorso cento migranti al largo di Lampedusa.',
    'Il direttore di Repubblica ha lasciato l’incarico dopo sei anni.',
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
