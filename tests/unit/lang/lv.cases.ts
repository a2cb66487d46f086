/** Latvian (utils/core/lang/lv.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'lv',
  rules: {
    'lv-source-label': {
      fires: [['Osta pirmdien tika slēgta. (Avots: LETA)\nVairāk ziņu.', 'leta:report']],
      silent: ['LETA avots atteicās komentēt.'],
    },
    'lv-actor': {
      fires: [['Viņa iepriekš strādāja LSM par redaktori.', 'lsm']],
      silent: ['Viņa iepriekš pastāstīja LSM, ka nekandidēs.'],
    },
    'lv-actor-verb': {
      fires: [['LSM žurnāliste jautāja ministram par budžetu.', 'lsm']],
      silent: ['LSM ziņo, ka ministrs atkāpjas.'],
    },
    'lv-poll': {
      fires: [['SKDS aptauja LSM pasūtījumā rāda partijas kritumu.', 'lsm:analysis']],
      silent: ['SKDS aptauju apsprieda arī LSM ēkā.'],
    },
    'lv-analysis': {
      fires: [['LETA aprēķini liecina, ka eksports samazinājās.', 'leta:analysis']],
      silent: ['LETA saņēma ministrijas aprēķinus.'],
    },
    'lv-according': {
      fires: [
        ['Kā vēsta aģentūra LETA, lidosta ir slēgta.', 'leta:report'],
        ['Kā ziņo LSM, valdība lēmumu pieņems ceturtdien.', 'lsm:report'],
      ],
      silent: ['Pēc ministra teiktā, LSM kļūdījās.'],
    },
    'lv-info': {
      fires: [['LSM rīcībā esošā informācija liecina, ka līgums ir parakstīts.', 'lsm:report']],
      silent: ['LSM rīcībā nodeva jaunu studiju.'],
    },
    'lv-citing': {
      fires: [['Atsaucoties uz Reuters, LETA ziņo par vienošanos.', 'reuters:report']],
      silent: ['LETA ziņo, ka Reuters atvēris biroju Rīgā.'],
    },
    'lv-told': {
      fires: [['Ministrs pastāstīja LETA, ka atkāpties neplāno.', 'leta:quote']],
      silent: ['Ministrs pastāstīja, ka LETA žurnāliste kļūdījās.'],
    },
    'lv-told-after': {
      fires: [['Ministrs aģentūrai LETA pastāstīja, ka atkāpties neplāno.', 'leta:quote']],
      silent: ['Ministrs aģentūrai LETA nosūtīja vēstuli.'],
    },
    'lv-interview': {
      fires: [
        ['TV3 Latvija raidījumā "Nekā personīga" ministrs atzina kļūdu.', 'tv3-latvija:interview'],
      ],
      silent: ['TV3 Latvija jaunā studija atrodas Rīgā.'],
    },
    'lv-interview-before': {
      fires: [['Intervijā LSM premjere runāja par inflāciju.', 'lsm:interview']],
      silent: ['Premjere kritizēja LSM un citus medijus.'],
    },
    'lv-footage': {
      fires: [['LSM publicētajā video redzams degošs noliktavas jumts.', 'lsm:video']],
      silent: ['LSM publicētajā konkursā piedalījās desmit firmas.'],
    },
    'lv-inverted': {
      fires: [['Par to vēstīja Delfi.lv.', 'delfi-latvia:report']],
      silent: ['Par to vēstīja Delfi.lv žurnāliste savā blogā, nevis portāls.'],
    },
    'lv-reported': {
      fires: [
        ['Re:Baltica noskaidroja, ka nauda pazudusi.', 're-baltica:report'],
        ['LTV raidījums "De facto" atklāja, ka līgums ir slepens.', 'ltv:report'],
      ],
      silent: [
        'Re:Baltica ir pētnieciskās žurnālistikas centrs.',
        'LTV raidījums "De facto" ieguva balvu, ko pasniedza ministrs.',
      ],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Kā vēsta aģentūra LETA, negadījums noticis naktī.', ['leta:report']],
    ['Kā ziņo LSM, valdība lēmumu pieņems piektdien.', ['lsm:report']],
    ['Saskaņā ar Reuters ziņoto, sarunas ir pārtrauktas.', ['reuters:report']],
    ['Foto: LETA', ['leta:photo']],
    ['Delfi.lv noskaidroja, ka uzņēmums saņēmis subsīdijas.', ['delfi-latvia:report']],
    [
      'Pēc aģentūras AFP ziņām, sprādzienā gāja bojā pieci cilvēki.',
      ['agence-france-presse:report'],
    ],
    ['Kā aģentūrai LETA pastāstīja policijā, aizturēti divi vīrieši.', ['leta:quote']],
    ['Avots: LETA, Reuters', ['leta:report', 'reuters:report']],
    ['Laikraksts "Neatkarīgā Rīta Avīze" raksta, ka nodokļi pieaugs.', ['neatkariga:report']],
    [
      'SKDS aptauja, kas veikta pēc LTV pasūtījuma, liecina, ka partija zaudē atbalstu.',
      ['ltv:analysis'],
    ],
    ['Kā vēsta Bloomberg, banka plāno atlaist darbiniekus.', ['bloomberg:report']],
    ['Foto: Ieva Čīka/LETA', ['leta:photo']],
    ['Pēc LSM datiem, pašvaldība ieguldīs miljonu eiro.', ['lsm:report']],
    ['Kā raksta Dienas Bizness, banka apsver pārdošanu.', ['dienas-bizness:report']],
    ['Valdība paaugstinās akcīzi, vēsta TVNET.', ['tvnet:report']],
    ['Saskaņā ar Re:Baltica rīcībā esošajiem dokumentiem nauda pazudusi.', ['re-baltica:report']],
    ['Pēc Reuters ziņām, sarunas Ženēvā turpinās.', ['reuters:report']],
    ['Mērs apliecināja LSM, ka iela tiks remontēta.', ['lsm:quote']],
    ['Kā ziņo Jauns.lv, dziedātāja apprecējusies.', ['jauns-lv:report']],
    ['LETA ziņoja, ka robežpunkts ir slēgts.', ['leta:report']],
    [
      'Kā vēsta aģentūra AFP, sprādzienā gāja bojā desmit cilvēki.',
      ['agence-france-presse:report'],
    ],
    ['Atsaucoties uz Bloomberg, LSM ziņo par darījumu.', ['bloomberg:report', 'lsm:report']],
    ['Intervijā TV3 Latvija premjere runāja par nodokļiem.', ['tv3-latvija:interview']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autors iepriekš strādāja aģentūrā LETA un LTV.',
    'LSM ir jauns valdes priekšsēdētājs.',
    'Saskaņā ar Veselības ministrijas datiem saslimstība samazinās.',
    'Diena bija saulaina un silta.',
    'Facebook ierakstā mērs paziņoja par atkāpšanos.',
    'TV3 pārdota Zviedrijas uzņēmumam.',
    'Viņa iepriekš strādāja LSM par redaktori.',
    'LSM žurnāliste jautāja ministram.',
    'Pēc ministra teiktā, LSM kļūdījās.',
    'Re:Baltica ir pētnieciskās žurnālistikas centrs.',
    'Premjere kritizēja LSM un citus medijus.',
    'LSM translēs spēli tiešraidē.',
  ],
};
