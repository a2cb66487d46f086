/** Slovak (utils/core/lang/sk.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'sk',
  rules: {
    'sk-source-label': {
      fires: [['Hranica bola zatvorená. (Zdroj: TASR)\nĎalej.', 'tasr:report']],
      silent: ['Zdroje TASR mlčia.'],
    },
    'sk-actor': {
      fires: [['Pracoval v televízii Markíza desať rokov.', 'tv-markiza']],
      silent: ['Minister povedal v televízii Markíza, že odstúpi.'],
    },
    'sk-actor-verb': {
      fires: [['Markíza odvysiela zápas v sobotu.', 'tv-markiza']],
      silent: ['Markíza informovala, že zápas odvysiela.'],
    },
    'sk-poll': {
      fires: [['Podľa prieskumu agentúry AKO pre televíziu JOJ vedie Smer.', 'tv-joj:analysis']],
      silent: ['Prieskum agentúry AKO zverejnila aj televízia JOJ.'],
    },
    'sk-analysis': {
      fires: [['Podľa analýzy denníka Pravda ceny rastú.', 'pravda-slovensko:analysis']],
      silent: ['Analytici denníka Pravda sa stretli.'],
    },
    'sk-podla': {
      fires: [
        ['Podľa agentúry Reuters sa ceny zvýšili.', 'reuters:report'],
        ['Ako informovala agentúra TASR, dron spadol.', 'tasr:report'],
        ['Podľa Denníka N minister odstúpi.', 'dennik-n-slovensko:report'],
      ],
      silent: ['Podľa ministra TASR klame.'],
    },
    'sk-citing': {
      fires: [
        [
          'Agentúra AFP s odvolaním sa na Reuters uviedla, že rokovania skončili.',
          'reuters:report',
        ],
      ],
      silent: ['Agentúra AFP sa odvolala proti rozsudku, Reuters mlčí.'],
    },
    'sk-told-for': {
      fires: [
        ['Pre televíziu TA3 to potvrdil minister.', 'ta3:quote'],
        ['Hovorca armády pre televíziu TA3 uviedol, že dron spadol.', 'ta3:quote'],
      ],
      silent: ['Pre Slovensko to minister potvrdil, TA3 mlčí.'],
    },
    'sk-told-dative': {
      fires: [['Denníku N to povedal hovorca ministerstva.', 'dennik-n-slovensko:quote']],
      silent: ['Denník N to napísal už včera.'],
    },
    'sk-interview': {
      fires: [
        ['Minister to povedal v rozhovore pre televíziu Markíza.', 'tv-markiza:interview'],
        ['Minister povedal vo vysielaní TA3, že nič nevie.', 'ta3:interview'],
      ],
      silent: ['Minister povedal, že televízia Markíza klame.'],
    },
    'sk-told': {
      fires: [
        ['Minister povedal pre TASR, že odchádza.', 'tasr:quote'],
        ['Hovorca to potvrdil denníku Pravda.', 'pravda-slovensko:quote'],
      ],
      silent: ['Minister povedal, že TASR klame.'],
    },
    'sk-footage': {
      fires: [['Zábery agentúry Reuters ukazujú dym nad mestom.', 'reuters:video']],
      silent: ['Zamestnanci agentúry Reuters štrajkujú.'],
    },
    'sk-published': {
      fires: [['V správe agentúry Bloomberg sa píše, že banka zdraží.', 'bloomberg:report']],
      silent: ['V spore s agentúrou Bloomberg banka uspela.'],
    },
    'sk-seen-by': {
      fires: [['Dokument, ktorý má k dispozícii TASR, uvádza tri mená.', 'tasr:report']],
      silent: ['Dokument, ktorý má minister, TASR nepozná.'],
    },
    'sk-byline': {
      fires: [['Autor: Ján Novák, TASR\nVláda rokuje.', 'tasr:byline']],
      silent: ['Autor knihy Ján Novák pracoval pre TASR roky.'],
    },
    'sk-inverted': {
      fires: [
        ['Dron spadol, uviedla TASR.', 'tasr:report'],
        ['O kroku informovala agentúra SITA.', 'sita:report'],
      ],
      silent: ['Dron spadol, TASR mlčí.'],
    },
    'sk-reported': {
      fires: [
        ['TASR uviedla, že rokovania pokračujú.', 'tasr:report'],
        ['Denník N sa dozvedel, že minister odstúpi.', 'dennik-n-slovensko:report'],
      ],
      silent: ['TASR má novú budovu.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Ako informovala agentúra TASR, nehoda sa stala ráno.', ['tasr:report']],
    ['Podľa Denníka N premiér o zmluve vedel.', ['dennik-n-slovensko:report']],
    ['Pre agentúru SITA to povedal hovorca polície.', ['sita:quote']],
    ['„Nebudem odstupovať,“ povedal minister pre televíziu Markíza.', ['tv-markiza:quote']],
    ['V relácii V politike na TA3 minister uviedol, že dane neporastú.', ['ta3:interview']],
    ['Foto: TASR/Jaroslav Novák', ['tasr:photo']],
    ['Ako zistil denník SME, firma dostala zákazku bez súťaže.', ['sme:report']],
    ['Podľa prieskumu agentúry Focus pre televíziu Markíza vedie PS.', ['tv-markiza:analysis']],
    [
      'Agentúra Reuters s odvolaním na zdroje uviedla, že rokovania stroskotali.',
      ['reuters:report'],
    ],
    ['Pre Aktuality.sk to potvrdil starosta obce.', ['aktuality-sk:quote']],
    ['Zdroj: TASR, SITA', ['sita:report', 'tasr:report']],
    ['Ako píšu Hospodárske noviny, banka zvyšuje poplatky.', ['hospodarske-noviny-sk:report']],
    ['Nový Čas priniesol informáciu, že speváčka je v nemocnici.', ['novy-cas:report']],
    ['Podľa agentúry AFP zahynulo desať ľudí.', ['agence-france-presse:report']],
    ['Informoval o tom portál Startitup.', ['startitup:report']],
    ['Ako informovala STVR, rušňovodič vlaku prežil.', ['stvr:report']],
    ['Podľa agentúry TASR rokovania pokračujú.', ['tasr:report']],
    ['Foto: TASR/Martin Baumann', ['tasr:photo']],
    ['Zdroj: TASR, SITA', ['sita:report', 'tasr:report']],
    ['Ako informovala agentúra PAP, dron spadol.', ['pap:report']],
    ['„Nič neviem,“ povedal TASR hovorca.', ['tasr:quote']],
    ['Podľa TASR to povedal pre Denník N minister.', ['dennik-n-slovensko:quote', 'tasr:report']],
    ['Podľa denníka Pravda vláda rokuje.', ['pravda-slovensko:report']],
    ['Podľa Nového Času minister odstúpi.', ['novy-cas:report']],
    ['Minister sa vyjadril pre Nový Čas.', ['novy-cas:quote']],
    [
      'Poľsko uzavrelo hranicu.\n(TASR, ČTK, Reuters)',
      ['ctk:byline', 'reuters:byline', 'tasr:byline'],
    ],
    ['Ako uvádza denník Hospodárske noviny, firma skrachovala.', ['hospodarske-noviny-sk:report']],
    ['Podľa agentúry TASS to označil za provokáciu.', ['tass:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autor predtým pracoval v denníku Pravda a v TA3.',
    'Televízia Markíza má nového riaditeľa.',
    'Podľa ministerstva zdravotníctva pribudlo sto prípadov.',
    'Pravda je, že vláda nemá peniaze.',
    'Na sociálnej sieti Facebook to napísal primátor.',
    'Štúdiu publikoval časopis Nature.',
    'TASR má novú budovu.',
    'Minister povedal, že TASR klame.',
    'Podľa ministra TASR klame.',
    'Markíza odvysiela zápas.',
    'Pravda je, že minister klame.',
    'Pracoval v televízii Markíza desať rokov.',
    'Podľa prieskumu agentúry Focus vedie Smer.',
    'Michael Bloomberg povedal, že bude kandidovať.',
  ],
};
