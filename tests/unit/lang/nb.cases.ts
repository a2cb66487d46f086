/** Norwegian Bokmål (utils/core/lang/nb.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'nb',
  rules: {
    'nb-work-by': {
      fires: [['Det viser en gjennomgang som VG har gjort.', 'vg:analysis']],
      silent: ['Det viser en gjennomgang som VG har publisert.'],
    },
    'nb-source-label': {
      fires: [['Havnen stengte mandag. (Kilde: NTB)\nMer.', 'ntb:report']],
      silent: ['Kilden i NTB ville ikke si mer.'],
    },
    'nb-actor': {
      fires: [['Hun jobbet tidligere i NRK.', 'nrk']],
      silent: ['Hun sa tidligere til NRK at hun ville slutte.'],
    },
    'nb-actor-verb': {
      fires: [['NRK sender kampen direkte.', 'nrk']],
      silent: ['NRK melder at kampen er avlyst.'],
    },
    'nb-poll': {
      fires: [['En måling utført av Norstat for NRK viser at flertallet er imot.', 'nrk:analysis']],
      silent: ['En måling utført av NRK i fjor ble kritisert.'],
    },
    'nb-genitive-interview': {
      fires: [['Hun sa i NRKs program om saken at hun angrer.', 'nrk:interview']],
      silent: ['NRKs programdirektør går av.'],
    },
    'nb-genitive-analysis': {
      fires: [['Ifølge NRKs måling er partiet størst.', 'nrk:analysis']],
      silent: ['NRKs målgruppe er unge.'],
    },
    'nb-genitive-report': {
      fires: [['Som det kom fram i VGs sak fredag, har ministeren gått av.', 'vg:report']],
      silent: ['VGs saksbehandler svarte ikke.'],
    },
    'nb-ifolge': {
      fires: [['Ifølge NTB vurderer regjeringen å forlenge ordningen.', 'ntb:report']],
      silent: ['Ifølge ministeren har NTB feil.'],
    },
    'nb-etter-det': {
      fires: [['Etter det VG erfarer, går ministeren av.', 'vg:report']],
      silent: ['Etter det VG publiserte, gikk ministeren av.'],
    },
    'nb-told': {
      fires: [
        ['Opplysningene bekreftes overfor NTB av politiet.', 'ntb:quote'],
        ['Det sier statsministeren til NRK.', 'nrk:quote'],
        ['Dette bekrefter politiet overfor VG.', 'vg:quote'],
      ],
      silent: [
        'Opplysningene bekreftes av politiet i NTB-saken.',
        'Hun sa ja til VG-redaktørens tilbud.',
      ],
    },
    'nb-told-front': {
      fires: [['Til Aftenposten sier hun at hun er skuffet.', 'aftenposten:quote']],
      silent: ['Til Aftenposten kom det mange brev.'],
    },
    'nb-interview': {
      fires: [['I et intervju med VG sier han at han angrer.', 'vg:interview']],
      silent: ['Han har gitt VG et intervju om saken.'],
    },
    'nb-genitive': {
      fires: [['Han sa i NRKs Debatten at skatten må ned.', 'nrk:interview']],
      silent: ['Han sa at NRKs Debatten er for lang.'],
    },
    'nb-compound': {
      fires: [['Det kom fram i NRK-programmet torsdag.', 'nrk:report']],
      silent: ['NRK-sjefen går av.'],
    },
    'nb-citing': {
      fires: [
        ['Reuters skriver, med henvisning til Bloomberg, at avtalen er klar.', 'bloomberg:report'],
      ],
      silent: ['Reuters skriver at Bloomberg har kjøpt selskapet.'],
    },
    'nb-published-by': {
      fires: [['Saken ble først omtalt av Dagbladet i mars.', 'dagbladet:report']],
      silent: ['Saken ble tatt opp med Dagbladet i mars.'],
    },
    'nb-seen-by': {
      fires: [['Dokumenter som NRK har fått innsyn i viser at saken ble henlagt.', 'nrk:report']],
      silent: ['Dokumenter som NRK sendte inn ble avvist.'],
    },
    'nb-footage': {
      fires: [['Video fra NRK viser at brannen spredte seg.', 'nrk:video']],
      silent: ['Videoen om NRK ble delt mange ganger.'],
    },
    'nb-byline-av': {
      fires: [['Av Kari Nordmann, NTB', 'ntb:byline']],
      silent: ['Det var en av de største sakene for NTB.'],
    },
    'nb-inverted': {
      fires: [['Det melder NRK.', 'nrk:report']],
      silent: ['Det melder NRKs programleder.'],
    },
    'nb-reported': {
      fires: [
        ['Nettavisen var først ute med nyheten.', 'nettavisen:report'],
        ['Klassekampen kunne mandag avsløre at avtalen var inngått i fjor.', 'klassekampen:report'],
        ['Klassekampen skrev i helgen at partiet er splittet.', 'klassekampen:report'],
        ['Det var Nettavisen som først omtalte saken.', 'nettavisen:report'],
      ],
      silent: [
        'Nettavisen var først ute av startblokkene.',
        'Klassekampen kunne mandag ikke nås for en kommentar.',
        'Klassekampen har nytt kontor i Oslo.',
        'Det var Nettavisen som eide bygget.',
      ],
    },
    'nb-contacted': {
      fires: [
        ['Vårt Land har snakket med flere prester som er uenige.', 'vart-land:report'],
        ['VG har forsøkt å nå statsråden uten hell.', 'vg:report'],
      ],
      silent: ['Vårt Land har snakket om saken på lederplass.', 'VG har forsøkt å selge bygget.'],
    },
    'nb-piece-in': {
      fires: [['Det kommer fram i en reportasje i Aftenposten.', 'aftenposten:report']],
      silent: ['Han hadde en annonse i Aftenposten i går.'],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Ifølge NRK skal regjeringen legge fram forslaget fredag.', ['nrk:report']],
    ['Det melder VG tirsdag kveld.', ['vg:report']],
    ['Aftenposten har tidligere omtalt saken.', ['aftenposten:report']],
    ['– Dette er helt uakseptabelt, sier statsministeren til Dagbladet.', ['dagbladet:quote']],
    [
      'I et intervju med Dagens Næringsliv forteller hun om konkursen.',
      ['dagens-naeringsliv:interview'],
    ],
    ['Det skriver Bergens Tidende, som har fått innsyn i rapporten.', ['bergens-tidende:report']],
    ['Opplysningene bekreftes overfor NTB av politiet.', ['ntb:quote']],
    ['Det opplyser politiet til Adresseavisen.', ['adresseavisen:quote']],
    [
      'Ifølge en måling Norstat har gjort for NRK og Aftenposten, går Høyre fram.',
      ['aftenposten:analysis', 'nrk:analysis'],
    ],
    ['{{caption:Redningsmannskaper i arbeid. Foto: Heiko Junge / NTB}}', ['ntb:photo']],
    ['Klassekampen kunne mandag avsløre at avtalen var inngått i fjor.', ['klassekampen:report']],
    [
      'Lokalavisa Fjordposten Nord meldte at veien er stengt.',
      ['unlisted:fjordposten-nord:report'],
    ],
    ['E24 erfarer at selskapet vurderer et salg.', ['e24:report']],
    ['Han sa til NRK Dagsrevyen at han ikke vil gå av.', ['nrk:quote']],
    ['Det kom fram i NRK-programmet Debatten torsdag.', ['nrk:report']],
    ['Nettavisen var først ute med nyheten.', ['nettavisen:report']],
    ['Ifølge nyhetsbyrået Reuters er minst ti mennesker drept.', ['reuters:report']],
    ['Det skriver Aftenposten fredag.', ['aftenposten:report']],
    ['VG har tidligere omtalt saken.', ['vg:report']],
    ['Han sier til Dagens Næringsliv at prisen vil stige.', ['dagens-naeringsliv:quote']],
    ['Ministeren sa til NRK Dagsnytt 18 mandag at ordningen forlenges.', ['dagsnytt-18:quote']],
    ['Det viser en måling Opinion har gjort for Dagbladet.', ['dagbladet:analysis']],
    ['Foto: Javad Parsa / NTB', ['ntb:photo']],
    ['I en kommentar til NTB skriver departementet at saken vurderes.', ['ntb:quote']],
    ['Avisen Finansavisen skriver at aksjen stiger.', ['finansavisen:report']],
    ['Foto: Gorm Kallestad / NTB Scanpix', ['ntb-scanpix:photo']],
    ['Ifølge Reuters er flyet trygt landet.', ['reuters:report']],
    ['Etter det NRK kjenner til, blir det ingen avtale.', ['nrk:report']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Kari Nordmann har tidligere jobbet i VG og NRK.',
    'Aftenposten eies av Schibsted.',
    'Regjeringen la tirsdag fram statsbudsjettet.',
    'Videoen har spredt seg på Facebook og TikTok.',
    'NRK-sjefen går av etter seks år.',
    'En studie publisert i tidsskriftet The Lancet viser økt risiko.',
    'VG har nytt kontor i Oslo.',
    'Aftenposten er Norges største avis.',
    'Hun sa at NRK må spare penger.',
    'Hun jobbet tidligere i NRK.',
    'NRK sender kampen direkte.',
    'Hun sa ja til VG-redaktørens tilbud.',
  ],
};
