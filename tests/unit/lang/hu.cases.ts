/** Hungarian (utils/core/lang/hu.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'hu',
  rules: {
    'hu-source-label': {
      fires: [['A kikötőt hétfőn lezárták. (Forrás: MTI)\nTovábbi hírek.', 'mti:report']],
      silent: ['Az MTI forrása nem nyilatkozott.'],
    },
    'hu-actor': {
      fires: [['Korábban a Népszavánál dolgozott újságíróként.', 'nepszava']],
      silent: ['Korábban a Népszavának nyilatkozott a polgármester.'],
    },
    'hu-actor-verb': {
      fires: [['A HVG munkatársa kérdezte a minisztert.', 'hvg']],
      silent: ['A HVG azt írta, hogy a miniszter lemond.'],
    },
    'hu-actor-channel': {
      fires: [['A döntő az RTL Klubon látható szombat este.', 'rtl-magyarorszag']],
      silent: ['Az RTL Klubon mondta el a miniszter, hogy nem mond le.'],
    },
    'hu-poll': {
      fires: [
        ['A Medián a HVG megbízásából készült felmérése szerint a Fidesz vezet.', 'hvg:analysis'],
      ],
      silent: ['A Medián felmérését a HVG is bírálta.'],
    },
    'hu-analysis': {
      fires: [['A Portfolio.hu számításai szerint az infláció lassul.', 'portfolio-hu:analysis']],
      silent: ['A Portfolio.hu olvasói számításokat küldtek be.'],
    },
    'hu-szerint': {
      fires: [
        ['Az MTI szerint a kormány pénteken dönt.', 'mti:report'],
        ['A Telex.hu értesülései szerint a miniszter lemond.', 'telex:report'],
      ],
      silent: ['A miniszter szerint az MTI tévedett.'],
    },
    'hu-citing': {
      fires: [
        ['A Reutersre hivatkozva az MTI azt írta, hogy a tárgyalások elakadtak.', 'reuters:report'],
      ],
      silent: ['A Reutersre is sokan kíváncsiak voltak a sajtótájékoztatón.'],
    },
    'hu-citing-after': {
      fires: [['A Bloomberg nyomán az MTI is beszámolt a hírről.', 'bloomberg:report']],
      silent: ['A Bloomberg nyomást gyakorolt a kiadóra.'],
    },
    'hu-told': {
      fires: [['„Nem fogok lemondani” – nyilatkozta a HVG-nek a polgármester.', 'hvg:quote']],
      silent: [
        '„Nem fogok lemondani” – mondta a polgármester a HVG munkatársainak sajtótájékoztatóján.',
      ],
    },
    'hu-told-after': {
      fires: [
        ['A polgármester az RTL Klubnak azt mondta, hogy nem mond le.', 'rtl-magyarorszag:quote'],
      ],
      silent: ['A polgármester az RTL Klubnak küldött levelet.'],
    },
    'hu-question': {
      fires: [['Az MTI kérdésére a szóvivő nem válaszolt.', 'mti:quote']],
      silent: ['Az MTI kérdése az volt, hogy ki fizet.'],
    },
    'hu-interview': {
      fires: [
        [
          'A miniszter a Kossuth Rádió Jó reggelt, Magyarország! című műsorában beszélt erről.',
          'kossuth-radio:interview',
        ],
      ],
      silent: ['A Kossuth Rádió új műsorvezetőt keres.'],
    },
    'hu-said-on': {
      fires: [['A Kossuth Rádióban nyilatkozott a miniszterelnök.', 'kossuth-radio:interview']],
      silent: ['A Kossuth Rádióban új stúdiót adtak át.'],
    },
    'hu-published-on': {
      fires: [['A Telex.hu-n megjelent cikk szerint a tanárok sztrájkolnak.', 'telex:report']],
      silent: ['A Telex.hu-n is lehet hirdetni.'],
    },
    'hu-from': {
      fires: [['Az MTI-től kapott tájékoztatás szerint a vonatok késnek.', 'mti:report']],
      silent: ['Az MTI-től elköszönt a vezérigazgató.'],
    },
    'hu-footage': {
      fires: [['Az MTI által közölt videón látszik a lángoló raktár.', 'mti:video']],
      silent: ['Az MTI által szervezett konferencián szóba került a raktár.'],
    },
    'hu-by': {
      fires: [
        ['Az Index.hu által megszerzett dokumentumok szerint a tender hibás.', 'index-hu:report'],
      ],
      silent: ['Az Index.hu által szervezett vitán a tender is szóba került.'],
    },
    'hu-work': {
      fires: [['A 24.hu pénteki cikke részletesen bemutatja a tendert.', '24-hu:report']],
      silent: ['A 24.hu pénteki rovata megszűnik.'],
    },
    'hu-inverted': {
      fires: [['A miniszter lemond – írja a 24.hu.', '24-hu:report']],
      silent: ['A miniszter lemond – írja a Facebook-oldalán a polgármester.'],
    },
    'hu-reported': {
      fires: [['A Blikk azt írta, hogy a sztár elvált.', 'blikk:report']],
      silent: ['A Blikk címlapján a sztár szerepelt.'],
    },
  },
  examples: [
    ['A miniszter lemond, jelentette a Reuters.', ['reuters:report']],
    ['Fotó: MTI/Koszticsák Szilárd', ['mti:photo']],
    ['A Reuters hírügynökség szerint a tárgyalások elakadtak.', ['reuters:report']],
    ['A Népszavának nyilatkozott a polgármester a tüntetésről.', ['nepszava:quote']],
    [
      'A Direkt36 pénteken arról számolt be, hogy a miniszter cége állami pénzt kapott.',
      ['direkt36:report'],
    ],
    ['Az ATV Híradóban mondta a képviselő, hogy nem szavazza meg.', ['atv-magyarorszag:interview']],
    ['A Magyar Nemzet szerint az ellenzék hazudik.', ['magyar-nemzet:report']],
    [
      'Az AFP francia hírügynökség szerint legalább tíz ember meghalt.',
      ['agence-france-presse:report'],
    ],
    ['A szóvivő az MTI-nek azt mondta, hogy a vizsgálat lezárult.', ['mti:quote']],
    ['Az MTI közölte, hogy a határátkelőt lezárták.', ['mti:report']],
    ['A kormány emeli az adót – tudta meg a Telex.hu.', ['telex:report']],
    ['Forrás: MTI, Reuters\nTovábbi hírek.', ['mti:report', 'reuters:report']],
  ],
  lookAlikes: [
    'Korábban a Népszavánál dolgozott újságíróként.',
    'A HVG munkatársa kérdezte a minisztert.',
    'A döntő az RTL Klubon látható szombat este.',
    'A Blikk címlapján a sztár szerepelt.',
    'A miniszter szerint az MTI tévedett.',
    'Az MTI vezérigazgatója lemondott.',
    'A Magyar Hang szerkesztője szerint a lap megmarad.',
  ],
};
