/** Lithuanian (utils/core/lang/lt.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'lt',
  rules: {
    'lt-source-label': {
      fires: [['Parengta pagal BNS, ELTA ir užsienio žiniasklaidą.', 'baltic-news-service:report']],
      silent: ['BNS šaltinis atsisakė komentuoti.'],
    },
    'lt-actor': {
      fires: [['Ji anksčiau dirbo LRT žurnaliste.', 'lrt']],
      silent: ['Ji anksčiau sakė LRT, kad nekandidatuos.'],
    },
    'lt-actor-verb': {
      fires: [['LRT transliuos rungtynes tiesiogiai.', 'lrt']],
      silent: ['LRT praneša, kad rungtynės atidėtos.'],
    },
    'lt-poll': {
      fires: [
        ['Apklausa atlikta „Lietuvos ryto“ užsakymu gegužės mėnesį.', 'lietuvos-rytas:analysis'],
      ],
      silent: ['Apklausą kritikavo ir „Lietuvos rytas“.'],
    },
    'lt-analysis': {
      fires: [['„Verslo žinių“ skaičiavimais, eksportas sumažėjo.', 'verslo-zinios:analysis']],
      silent: ['„Verslo žinios“ gavo ministerijos skaičiavimus.'],
    },
    'lt-pasak': {
      fires: [
        ['Pasak BNS, Vyriausybė sprendimą priims ketvirtadienį.', 'baltic-news-service:report'],
        ['Kaip praneša naujienų agentūra BNS, oro uostas uždarytas.', 'baltic-news-service:report'],
      ],
      silent: ['Pasak ministro, LRT klydo.'],
    },
    'lt-duomenimis': {
      fires: [['„Lietuvos ryto“ duomenimis, sutartis jau pasirašyta.', 'lietuvos-rytas:report']],
      silent: ['„Lietuvos rytas“ duomenis gavo iš ministerijos.'],
    },
    'lt-citing': {
      fires: [['Remdamasi Reuters, ELTA praneša apie susitarimą.', 'reuters:report']],
      silent: ['ELTA praneša, kad Reuters atidarė biurą Vilniuje.'],
    },
    'lt-told': {
      fires: [
        ['Ministras sakė BNS, kad atsistatydinti neketina.', 'baltic-news-service:quote'],
        ['Premjeras teigė Eltai, kad mokesčiai nedidės.', 'elta:quote'],
      ],
      silent: ['Ministras sakė, kad BNS žurnalistė klydo.'],
    },
    'lt-told-after': {
      fires: [['BNS sakė ministerijos atstovė, kad tyrimas baigtas.', 'baltic-news-service:quote']],
      silent: ['BNS sąskaitą apmokėjo ministerija.'],
    },
    'lt-interview': {
      fires: [
        [
          'LRT radijo laidoje „Lietuvos diena“ ministras teigė, kad biudžetas bus peržiūrėtas.',
          'lrt:interview',
        ],
        ['ELTA kalbinti ekonomistai sako, kad kainos kils.', 'elta:interview'],
      ],
      silent: [
        'LRT radijo pastatas bus remontuojamas.',
        'ELTA kalbino vadovą apie agentūros ateitį.',
      ],
    },
    'lt-interview-before': {
      fires: [['Interviu LNK premjeras kalbėjo apie infliaciją.', 'lnk:interview']],
      silent: ['Premjeras kritikavo LNK ir kitus kanalus.'],
    },
    'lt-photo': {
      fires: [['Tomo Petrausko / BNS nuotr.', 'baltic-news-service:photo']],
      silent: ['BNS nuotraukų archyvas bus skaitmenintas.'],
    },
    'lt-footage': {
      fires: [['LRT paskelbtame vaizdo įraše matyti degantis sandėlis.', 'lrt:video']],
      silent: ['LRT paskelbtame konkurse dalyvavo dešimt įmonių.'],
    },
    'lt-inverted': {
      fires: [['Apie tai pranešė „Lietuvos rytas“.', 'lietuvos-rytas:report']],
      silent: ['Apie tai pranešė „Lietuvos ryto“ žurnalistė.'],
    },
    'lt-reported': {
      fires: [['„Delfi“ rašo, kad ministras atsistatydins.', 'delfi-lt:report']],
      silent: ['„Delfi“ yra didžiausias naujienų portalas.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kaip praneša BNS, avarija įvyko naktį.', ['baltic-news-service:report']],
    ['Pasak naujienų agentūros ELTA, posėdis atidėtas.', ['elta:report']],
    ['LRT duomenimis, ministras atsistatydins.', ['lrt:report']],
    ['Ministras interviu LRT radijui sakė, kad mokesčiai nedidės.', ['lrt:interview']],
    ['Nuotr.: BNS/Žygimantas Gedvila', ['baltic-news-service:photo']],
    ['Kaip rašo „Reuters“, derybos nutrūko.', ['reuters:report']],
    ['Apie tai pranešė naujienų portalas 15min.', ['15min:report']],
    ['Delfi žiniomis, bendrovė gavo subsidijų.', ['delfi-lt:report']],
    ['„Lietuvos rytas“ rašo, kad ligoninė bus uždaryta.', ['lietuvos-rytas:report']],
    ['Pasak „Bloomberg“, bankas parduoda akcijas.', ['bloomberg:report']],
    ['Šaltinis: ELTA, BNS', ['baltic-news-service:report', 'elta:report']],
    ['Agentūros AFP teigimu, sprogime žuvo penki žmonės.', ['agence-france-presse:report']],
    [
      '„Vilmorus“ apklausa, atlikta „Lietuvos ryto“ užsakymu, rodo, kad partija pirmauja.',
      ['lietuvos-rytas:analysis'],
    ],
    ['LNK žinių laidoje ministras teigė, kad kainos kris.', ['lnk:interview']],
    ['BNS kalbinti ekspertai teigia, kad infliacija lėtės.', ['baltic-news-service:interview']],
    ['Pasak ELTA, Seimas įstatymą priims kitą savaitę.', ['elta:report']],
    ['Vyriausybė didina akcizus, rašo 15min.', ['15min:report']],
    ['„Kauno dienos“ žiniomis, meras traukiasi.', ['kauno-diena:report']],
    ['LNK žinių laidoje premjeras kalbėjo apie infliaciją.', ['lnk:interview']],
    ['Pasak Reuters, derybos Ženevoje tęsiasi.', ['reuters:report']],
    ['Ministrė Eltai teigė, kad reforma nebus atidėta.', ['elta:quote']],
    ['BNS duomenimis, ministras atsistatydins.', ['baltic-news-service:report']],
    ['Pauliaus Peleckio / BNS nuotr.', ['baltic-news-service:photo']],
    ['Kaip rašo „Verslo žinios“, bankas svarsto pardavimą.', ['verslo-zinios:report']],
    ['Meras patvirtino „Lietuvos rytui“, kad gatvė bus remontuojama.', ['lietuvos-rytas:quote']],
    ['AFP teigimu, per sprogimą žuvo dešimt žmonių.', ['agence-france-presse:report']],
    ['Pasak naujienų portalo „Delfi“, prezidentas vetuos įstatymą.', ['delfi-lt:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autorius anksčiau dirbo LRT ir „Lietuvos ryte“.',
    'LRT paskyrė naują generalinį direktorių.',
    'Sveikatos apsaugos ministerijos duomenimis, sergamumas mažėja.',
    'Feisbuke meras parašė, kad vanduo tinkamas gerti.',
    'Tyrimas paskelbtas žurnale „Nature“.',
    'Rytas krepšinio klubas laimėjo rungtynes.',
    'Ji anksčiau dirbo LRT žurnaliste.',
    'LRT žurnalistė paklausė ministro.',
    'LRT transliuos rungtynes tiesiogiai.',
    'Pasak ministro, LRT klydo.',
    '„Delfi“ yra didžiausias naujienų portalas.',
    'Premjeras kritikavo LNK ir kitus kanalus.',
  ],
};
