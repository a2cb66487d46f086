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
    'hu-interview-given': {
      fires: [
        [
          'A Magyar Nemzetnek adott interjújában a miniszter elmondta, hogy marad.',
          'magyar-nemzet:interview',
        ],
        [
          'A Kossuth Rádióban adott pénteki interjújában a kormányfő nem zárta ki.',
          'kossuth-radio:interview',
        ],
      ],
      silent: ['A Magyar Nemzet adott otthont a vitának, amelyet interjúkkal zártak.'],
    },
    'hu-told-with': {
      fires: [['Az MTI-vel közölte a szóvivő, hogy a vizsgálat lezárult.', 'mti:quote']],
      silent: ['Az MTI-vel együtt a Reuters is közölte, hogy a vizsgálat lezárult.'],
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
      fires: [
        ['A Blikk azt írta, hogy a sztár elvált.', 'blikk:report'],
        ['Az ügyet a Direkt36 oknyomozó portál tárta fel.', 'direkt36:report'],
      ],
      silent: [
        'A Blikk címlapján a sztár szerepelt.',
        'A régész a Direkt36 nevű lelőhelyet tárta fel.',
      ],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['A Telex úgy tudja, hogy a miniszter benyújtotta lemondását.', ['telex:report']],
    ['A HVG-nek nyilatkozó közgazdász szerint a forint tovább gyengülhet.', ['hvg:quote']],
    [
      'Orbán Viktor a Kossuth Rádióban adott pénteki interjújában azt mondta, hogy nem lesz adóemelés.',
      ['kossuth-radio:interview'],
    ],
    ['Ahogy arról a Népszava is beszámolt, a kórházat bezárják.', ['nepszava:report']],
    [
      'A Magyar Nemzetnek adott interjújában a miniszter elmondta, hogy nem indul a választáson.',
      ['magyar-nemzet:interview'],
    ],
    [
      'Az RTL Híradónak a rendőrség megerősítette, hogy őrizetbe vették a férfit.',
      ['rtl-magyarorszag:quote'],
    ],
    ['Fotó: MTI/Illyés Tibor', ['mti:photo']],
    ['Címlapkép: AFP/Attila Kisbenedek', ['agence-france-presse:photo']],
    [
      'A Reuters hírügynökség jelentése szerint Kijevben légiriadót rendeltek el.',
      ['reuters:report'],
    ],
    [
      'A Bloombergnek nyilatkozó források szerint a bank kivonul Oroszországból.',
      ['bloomberg:quote'],
    ],
    [
      'A Medián által a 24.hu számára készített felmérés szerint a Tisza vezet.',
      ['24-hu:analysis'],
    ],
    ['A Blikknek elmondta az édesanyja, hogy a fiú napok óta nem ment haza.', ['blikk:quote']],
    [
      'A Financial Times azt írja, hogy az EU befagyasztja a forrásokat.',
      ['financial-times:report'],
    ],
    [
      'Az AP amerikai hírügynökség arról számolt be, hogy a tűz átterjedt a szomszédos megyére.',
      ['associated-press:report'],
    ],
    [
      'A BBC-nek adott interjúban a miniszter elmondta, hogy Budapest nem vétózik.',
      ['bbc:interview'],
    ],
    ['Forrás: Telex, MTI', ['mti:report', 'telex:report']],
    [
      'A Der Spiegel német hírmagazin szerint Berlin újabb fegyvereket küld.',
      ['der-spiegel:report'],
    ],
    ['A CNN értesülései szerint Washington új szankciókat készít elő.', ['cnn:report']],
    ['A Mandiner úgy értesült, hogy a párt új elnököt választ.', ['mandiner:report']],
    ['Az MTI-vel közölte a szóvivő, hogy a vizsgálat lezárult.', ['mti:quote']],
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
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'A szerző korábban a Népszava és az Index munkatársa volt.',
    'Az RTL Klub új műsort indít ősszel.',
    'A Telex újságíróit kitiltották a parlamentből.',
    'A Belügyminisztérium közölte, hogy a határt lezárták.',
    'A Nature folyóiratban megjelent tanulmány szerint a gleccserek olvadnak.',
    'A Facebookon közzétett videóban a polgármester bocsánatot kért.',
    'Kossuth Lajos szerint a haza mindenek előtt.',
    'A Blikk főszerkesztője lemondott.',
    'Az MTI épülete előtt tüntettek vasárnap.',
    'A Magyar Telekom szerint a hálózat helyreállt.',
    'Korábban a Népszavánál dolgozott újságíróként.',
    'A HVG munkatársa kérdezte a minisztert.',
    'A döntő az RTL Klubon látható szombat este.',
    'A Blikk címlapján a sztár szerepelt.',
    'A miniszter szerint az MTI tévedett.',
    'Az MTI vezérigazgatója lemondott.',
    'A Magyar Hang szerkesztője szerint a lap megmarad.',
  ],
};
