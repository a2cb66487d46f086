/** Catalan (utils/core/lang/ca.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ca',
  rules: {
    'ca-journal': {
      fires: [['Un estudi publicat a la revista Nature confirma l’efecte.', 'nature']],
      silent: ['Un article publicat a La Vanguardia confirma l’efecte.'],
    },
    'ca-source-label': {
      fires: [['El port va tancar dilluns. (Font: EFE)\nMés notícies.', 'efe:report']],
      silent: ['Una font de l’EFE no ho ha confirmat.'],
    },
    'ca-actor': {
      fires: [
        ['El partit serà emès per TV3 dissabte a la nit.', 'tv3'],
        ['Va treballar durant deu anys a La Vanguardia.', 'la-vanguardia'],
      ],
      silent: ['El conseller ha dit a La Vanguardia que no dimitirà.'],
    },
    'ca-actor-verb': {
      fires: [['TV3 emetrà el debat electoral dilluns.', 'tv3']],
      silent: ['TV3 ha informat que el debat s’ajorna.'],
    },
    'ca-poll': {
      fires: [
        [
          'Segons una enquesta del GESOP per a El Periódico, ERC guanyaria les eleccions.',
          'el-periodico:analysis',
        ],
      ],
      silent: ['L’enquesta del GESOP es va presentar a la seu d’El Periódico.'],
    },
    'ca-analysis': {
      fires: [
        [
          'Una anàlisi de La Vanguardia xifra el dèficit en 2.000 milions.',
          'la-vanguardia:analysis',
        ],
      ],
      silent: ['Una anàlisi sobre La Vanguardia estudia els seus lectors.'],
    },
    'ca-segons': {
      fires: [
        ["L'informe s'ha fet a partir de dades de La Vanguardia.", 'la-vanguardia:report'],
        [
          "Aquesta informació s'ha elaborat amb dades del Diari i de l'Agència de Notícies Andorrana (ANA).",
          'agencia-de-noticies-andorrana:report',
        ],
        [
          'Segons el Diari de Tarragona, el port ampliarà la terminal de creuers.',
          'unlisted:diari-de-tarragona:report',
        ],
        [
          'Segons l’Agència Catalana de Notícies, el Govern aprovarà el decret.',
          'agencia-catalana-de-noticies:report',
        ],
        ['Segons informa La Vanguardia, el president dimitirà.', 'la-vanguardia:report'],
        ['Segons el diari Ara, el pressupost s’endarrereix.', 'ara:report'],
      ],
      silent: [
        'El Govern treballa amb dades pròpies, no de La Vanguardia.',
        'Segons el conseller, La Vanguardia s’equivoca.',
      ],
    },
    'ca-citing': {
      fires: [['VilaWeb, citant El Periódico, diu que hi haurà acord.', 'el-periodico:report']],
      silent: ['VilaWeb diu que El Periódico canvia de director.'],
    },
    'ca-told': {
      fires: [
        ["«No dimitiré», ha declarat l'alcaldessa a Catalunya Ràdio.", 'catalunya-radio:quote'],
        ['El conseller ha dit a TV3 que no dimitirà.', 'tv3:quote'],
        [
          'En declaracions a Catalunya Ràdio, l’alcaldessa ha defensat la mesura.',
          'catalunya-radio:quote',
        ],
      ],
      silent: [
        "«No dimitiré», ha declarat l'alcaldessa de Catalunya Ràdio.",
        'El conseller ha dit que anirà a TV3 dijous.',
      ],
    },
    'ca-interview': {
      fires: [
        [
          'Ha assegurat en una entrevista a la Cadena SER que no es presentarà a la reelecció.',
          'cadena-ser:interview',
        ],
        [
          'Entrevistat a RAC1, el president ha descartat un avançament electoral.',
          'rac1:interview',
        ],
        ['En una entrevista a RAC1, el conseller ha descartat eleccions.', 'rac1:interview'],
        ['Ho ha explicat als micròfons de Catalunya Ràdio.', 'catalunya-radio:interview'],
      ],
      silent: [
        "L'entrevista a RAC1 ha estat polèmica.",
        'L’entrevista es va fer davant la seu de RAC1.',
      ],
    },
    'ca-seen-by': {
      fires: [['Documents als quals ha tingut accés VilaWeb demostren el frau.', 'vilaweb:report']],
      silent: ['Documents que VilaWeb va enviar al jutjat demostren el frau.'],
    },
    'ca-by': {
      fires: [
        ['La notícia, avançada per El Punt Avui, ha sorprès el sector.', 'el-punt-avui:report'],
      ],
      silent: ['La notícia, comentada a la redacció d’El Punt Avui, ha sorprès el sector.'],
    },
    'ca-footage': {
      fires: [['Imatges de TV3 mostren l’incendi a la serra.', 'tv3:video']],
      silent: ['Les imatges no es van emetre, segons fonts properes a la família.'],
    },
    'ca-inverted': {
      fires: [
        [
          "La informació l'ha avançada el diari Regió7, segons el qual la mina tancarà el 2027.",
          'unlisted:regio7:report',
        ],
        ['El president dimitirà, ha avançat El Periódico.', 'el-periodico:report'],
      ],
      silent: [
        "La campanya l'ha pagada La Vanguardia.",
        'El president dimitirà, ha avançat el portaveu d’El Periódico.',
      ],
    },
    'ca-reported': {
      fires: [['La Vanguardia ha publicat que el jutge investiga el cas.', 'la-vanguardia:report']],
      silent: ['La Vanguardia és el diari més llegit de Catalunya.'],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ["Segons l'agència EFE, almenys deu persones han mort.", ['efe:report']],
    ['El Govern prepara una rebaixa fiscal, informa el diari Ara.', ['ara:report']],
    ['Tal com va avançar VilaWeb, el contracte es va signar sense concurs.', ['vilaweb:report']],
    ["«No dimitiré», ha declarat l'alcaldessa a Catalunya Ràdio.", ['catalunya-radio:quote']],
    [
      'En una entrevista a La Vanguardia, el conseller defensa la seva gestió.',
      ['la-vanguardia:interview'],
    ],
    ["Segons ha pogut saber TV3, la reunió s'ha ajornat.", ['tv3:report']],
    ["D'acord amb El Punt Avui, l'obra no començarà fins al 2026.", ['el-punt-avui:report']],
    ['Entrevistat a RAC1, el president ha descartat un avançament electoral.', ['rac1:interview']],
    ['Segons una enquesta del GESOP per a El Periódico, ERC guanyaria.', ['el-periodico:analysis']],
    [
      "Ho ha explicat el ministre en declaracions a l'Agència Catalana de Notícies.",
      ['agencia-catalana-de-noticies:quote'],
    ],
    ['El diari Segre publica avui que la fàbrica tancarà.', ['segre:report']],
    ["Segons l'agència Reuters, el banc estudia una fusió.", ['reuters:report']],
    [
      'El setmanari local La Veu del Riu informa que la carretera continua tallada.',
      ['unlisted:veu-del-riu:report'],
    ],
    ['Segons l’ACN, el Govern aprovarà el decret dimarts.', ['acn:report']],
    ['L’Agència EFE recull que el trànsit està tallat a l’AP-7.', ['efe:report']],
    ['Foto: ACN', ['acn:photo']],
    ['Segons Reuters, les negociacions continuen a Ginebra.', ['reuters:report']],
    ['L’alcalde va explicar a RAC1 que el projecte es farà.', ['rac1:quote']],
    ['Com ha informat VilaWeb, el jutge ha citat tres testimonis.', ['vilaweb:report']],
    ['D’acord amb El Nacional, el Barça negocia un fitxatge.', ['el-nacional-cat:report']],
    ['El Punt Avui va publicar ahir que l’obra s’aturarà.', ['el-punt-avui:report']],
    ['Fotografia: Europa Press', ['europa-press:photo']],
    ['Ho ha informat aquest dijous l’agència EFE.', ['efe:report']],
    ['En una entrevista al diari Ara, la consellera ha defensat la llei.', ['ara:interview']],
    [
      'Segons dades publicades per La Vanguardia, el lloguer ha pujat un 8%.',
      ['la-vanguardia:report'],
    ],
  ],
  lookAlikes: [
    'Segons el Diari Oficial de la Generalitat, la norma entra en vigor demà.',
    'Segons la televisió digital de la Generalitat, la norma entra en vigor.',
    // Blind set: written from how the press credits sources, before reading the rules.
    'Joan Puig, antic redactor de La Vanguardia, dirigeix ara una consultora.',
    "Ara és el moment d'actuar, va dir la consellera.",
    'El Departament de Salut ha informat de 300 casos nous.',
    'El vídeo es va fer viral a Twitter i TikTok.',
    'Els treballadors de TV3 han convocat una vaga.',
    'Un estudi publicat a la revista Nature confirma l’efecte.',
    'TV3 emetrà el debat electoral dilluns.',
    'Va treballar durant deu anys a La Vanguardia.',
    'La Vanguardia és el diari més llegit de Catalunya.',
    'Segons el conseller, La Vanguardia s’equivoca.',
    'El partit serà emès per TV3 dissabte.',
    'El periodista d’El Periódico Joan Puig presenta el seu llibre.',
  ],
};
