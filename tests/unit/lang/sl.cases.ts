/** Slovenian (utils/core/lang/sl.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sl',
  rules: {
    'sl-source-label': {
      fires: [['Cesta je zaprta. (Vir: STA)\nVeč novic.', 'sta-slovenia:report']],
      silent: ['Viri blizu STA molčijo.'],
    },
    'sl-actor': {
      fires: [['Deset let je delal na POP TV, nato je odšel v politiko.', '24ur']],
      silent: ['Minister je za POP TV povedal, da ne bo odstopil.'],
    },
    'sl-actor-verb': {
      fires: [['POP TV bo prenašala tekmo v živo iz Ljubljane.', '24ur']],
      silent: ['POP TV poroča, da je tekma odpovedana.'],
    },
    'sl-poll': {
      fires: [['Raziskava Ninamedie za POP TV kaže, da vodi SDS.', '24ur:analysis']],
      silent: ['Raziskavo Ninamedie so predstavili tudi na POP TV.'],
    },
    'sl-analysis': {
      fires: [['Po izračunih Bloomberga bodo cene padle.', 'bloomberg:analysis']],
      silent: ['Analitiki pri Bloombergu imajo drugačno mnenje.'],
    },
    'sl-po-porocanju': {
      fires: [
        ['Po poročanju STA je vlada sprejela proračun.', 'sta-slovenia:report'],
        ['Po poročanju Reutersa so cene nafte padle.', 'reuters:report'],
        ['Kot so neuradno izvedeli na POP TV, bo minister odstopil.', '24ur:report'],
      ],
      silent: ['Po besedah ministra STA laže.'],
    },
    'sl-citing': {
      fires: [['AFP, ki se sklicuje na Reuters, poroča o nesreči.', 'reuters:report']],
      silent: ['AFP se je pritožil, Reuters molči.'],
    },
    'sl-interview': {
      fires: [
        ['V intervjuju za časnik Delo je premier napovedal reforme.', 'delo:interview'],
        ['Minister je gostoval v oddaji 24UR Zvečer na POP TV.', '24ur:interview'],
      ],
      silent: ['Minister je dejal, da POP TV laže.'],
    },
    'sl-told': {
      fires: [['"Ne bom odstopil," je povedal minister za STA.', 'sta-slovenia:quote']],
      silent: ['Minister je govoril o STA in medijih.'],
    },
    'sl-told-dative': {
      fires: [['Ministrica je dejala Reutersu, da je proračun pripravljen.', 'reuters:quote']],
      silent: ['Ministrica je dejala, da Reuters laže.'],
    },
    'sl-told-za': {
      fires: [
        ['Minister je za STA povedal, da ne bo odstopil.', 'sta-slovenia:quote'],
        ['Za STA je ministrica dejala, da je proračun pripravljen.', 'sta-slovenia:quote'],
      ],
      silent: ['Glasoval je za STA in POP TV kot najboljša medija.'],
    },
    'sl-footage': {
      fires: [['Posnetek STA prikazuje požar na strehi.', 'sta-slovenia:video']],
      silent: ['Snemalec STA je odšel v pokoj.'],
    },
    'sl-published': {
      fires: [
        ['V članku na 24ur.com piše, da je minister vedel.', '24ur:report'],
        ['Na portalu 24ur.com piše, da je minister vedel.', '24ur:report'],
      ],
      silent: ['V sporu s 24ur.com je minister uspel.'],
    },
    'sl-seen-by': {
      fires: [['Dokumenti, ki jih je pridobila STA, kažejo drugače.', 'sta-slovenia:report']],
      silent: ['Dokumenti, ki jih je minister pridobil, STA ni videla.'],
    },
    'sl-byline': {
      fires: [['Avtor: Janez Novak, STA\nVlada zaseda.', 'sta-slovenia:byline']],
      silent: ['Avtor knjige Janez Novak je dolgo delal v STA.'],
    },
    'sl-inverted': {
      fires: [
        ['Požar je pogašen, poroča STA.', 'sta-slovenia:report'],
        ['Požar je pogašen, je v petek poročala STA.', 'sta-slovenia:report'],
      ],
      silent: ['Požar je pogašen, STA molči.'],
    },
    'sl-reported': {
      fires: [['STA poroča, da je požar pogašen.', 'sta-slovenia:report']],
      silent: ['STA ima novega direktorja.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kot poroča STA, se je nesreča zgodila ponoči.', ['sta-slovenia:report']],
    ['Minister je za POP TV povedal, da davkov ne bodo zvišali.', ['24ur:quote']],
    ['V intervjuju za Večer je župan dejal, da gradnja zamuja.', ['vecer:interview']],
    ['Foto: STA', ['sta-slovenia:photo']],
    ['Kot je poročala RTV Slovenija, je bila cesta zaprta.', ['tv-slovenija-1:report']],
    ['Po navedbah Reutersa so pogajanja propadla.', ['reuters:report']],
    ['Vir: STA, Reuters', ['reuters:report', 'sta-slovenia:report']],
    ['Po pisanju portala 24ur.com je policija prijela dva moška.', ['24ur:report']],
    ['Kot je za STA pojasnil župan, bo most odprt jutri.', ['sta-slovenia:quote']],
    ['Raziskava Mediane za POP TV kaže, da vodi SDS.', ['24ur:analysis']],
    [
      'Kot poroča francoska tiskovna agencija AFP, je v eksploziji umrlo pet ljudi.',
      ['agence-france-presse:report'],
    ],
    ['Mladina piše, da je pogodba tajna.', ['mladina:report']],
    ['Kot je poročal Bloomberg, banka prodaja podružnico.', ['bloomberg:report']],
    ['Po poročanju STA je vlada sprejela proračun za leto 2026.', ['sta-slovenia:report']],
    ['Foto: STA', ['sta-slovenia:photo']],
    ['Foto: Reuters', ['reuters:photo']],
    ['Kot poroča STA, je požar pod nadzorom.', ['sta-slovenia:report']],
    ['Kot piše časnik Delo, je minister za afero vedel.', ['delo:report']],
    ['Kot je poročal 24ur.com, je vlada padla.', ['24ur:report']],
    ['Kot poroča N1 Slovenija, je koalicija razpadla.', ['n1-slovenija:report']],
    ['Ministrica je dejala Reutersu, da je proračun pripravljen.', ['reuters:quote']],
    ['"Ne bom odstopil," je povedal minister za STA.', ['sta-slovenia:quote']],
    ['Posnetek STA prikazuje požar na strehi.', ['sta-slovenia:video']],
    [
      'AFP, ki se sklicuje na Reuters, poroča o nesreči.',
      ['agence-france-presse:report', 'reuters:report'],
    ],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Avtor je prej delal pri Delu in na POP TV.',
    'Delo na terenu je težko.',
    'Po podatkih ministrstva za zdravje se število okužb zmanjšuje.',
    'Na Facebooku je župan zapisal, da je voda pitna.',
    'RTV Slovenija je dobila novega direktorja.',
    'Večer je bil miren in topel.',
    'Deset let je delal na POP TV, nato je odšel v politiko.',
    'POP TV bo prenašala tekmo v živo iz Ljubljane.',
    'Po besedah ministra STA laže.',
    'Minister je govoril o STA in medijih.',
    'STA ima novega direktorja.',
    'Glasoval je za STA in POP TV kot najboljša medija.',
  ],
};
