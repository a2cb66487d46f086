import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Latvian leaves most outlet names undeclined ("LETA", "LSM", "Delfi") and declines the word
 * before them instead ("aģentūra LETA", "aģentūrai LETA", "laikrakstam "Diena""); Latvian names
 * that decline change their ending ("Neatkarīgā" → "Neatkarīgās"). The case a rule needs is in
 * its words: "pastāstīja" takes the dative, "rīcībā" the genitive.
 */

/** Reporting verbs, present and past: "vēsta LETA", "ziņoja LSM", "rakstīja "Diena"". */
const REPORTS = phrases(`
  vēsta
  vēstīja
  ziņo
  ziņoja
  raksta
  rakstīja
  informē
  informēja
  pavēstīja
  atklāj
  atklāja
  noskaidroja
  noskaidrojusi
  uzzināja
  uzzinājusi
  publicēja
  publicē
  norāda
  norādīja
  atgādina
  atgādināja
  citē
  citēja
  ir ziņojusi
  ir rakstījusi
  jau vēstīja
`);

/** Words between the verb and the name: "vēsta aģentūra LETA". */
const ADVERBS = phrases(`
  aģentūra
  ziņu aģentūra
  portāls
  ziņu portāls
  laikraksts
  sabiedriskais medijs
  televīzija
  raidījums
  pirmdien
  otrdien
  trešdien
  ceturtdien
  piektdien
  sestdien
  svētdien
  vakar
  šodien
  iepriekš
  arī
  jau
`);

/** Verbs of saying before a dative outlet: "pastāstīja LETA", "sacīja LSM". */
const SAID = phrases(`
  pastāstīja
  stāsta
  sacīja
  saka
  teica
  apliecināja
  apstiprināja
  norādīja
  skaidroja
  uzsvēra
  atzina
  pauda
  komentēja
  atbildēja
  piebilda
  pavēstīja
  atzīmēja
  informēja
`);

/** Latvian: its cue rules, descriptors and words. */
export const LV: LanguagePack = {
  code: 'lv',
  name: 'Latvian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nav', 'nekad'],
  descBefore: u(
    /((?:^|\s))(?:[\p{Ll}-]+(?:ā|ais|ajai|ajam|ās|o)\s+)?(?:ziņu\s+)?(?:aģentūr(?:a|ai|as|u|ā)|laikrakst(?:s|am|a|u|ā)|portāl(?:s|am|a|u|ā)|televīzij(?:a|ai|as|u|ā)|kanāl(?:s|am|a|u|ā)|radio|izdevum(?:s|am|a|u|ā)|medij(?:s|am|a|u|ā)|sabiedriskais\s+medijs|sabiedriskajam\s+medijam|sabiedriskā\s+medija|žurnāl(?:s|am|a|u|ā))\s+$/iu,
  ),
  rules: [
    {
      // "strādāja LSM", "iepriekš strādājusi aģentūrā LETA"
      id: 'lv-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:strādā|strādāja|strādājis|strādājusi|strādājot|vadīja|vada)\s+(?:iepriekš\s+|ilgus\s+gadus\s+|kopš\s+\S+\s+)?(?:(?:ziņu\s+)?(?:aģentūrā|portālā|laikrakstā|televīzijā|medijā)\s+)?$/iu,
      ),
    },
    {
      // "LSM žurnāliste", "LETA valdes priekšsēdētājs", "LTV translēs spēli"
      id: 'lv-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^[”"]?\s+(?:žurnālist\p{L}*|redaktor\p{L}*|galven\p{L}*\s+redaktor\p{L}*|valdes\s+\p{L}+|vadītāj\p{L}*|īpašniek\p{L}*|darbinie\p{L}*|korespondent\p{L}*|translēs|translēja|translē|rādīs|pārdeva|nopirka|atlaida|slēdz|slēdza)\b/iu,
      ),
    },
    {
      // "SKDS aptauja pēc LSM pasūtījuma", "LETA aprēķini"
      id: 'lv-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(/^[”"]?\s+(?:pasūtījumā|pasūtījuma|pasūtītā\s+aptauja|pasūtītajā\s+aptaujā)\b/iu),
    },
    {
      id: 'lv-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[”"]?\s+(?:aprēķini|aprēķinos|aprēķiniem|apkopotie\s+dati|analīze|analīzē|veiktā\s+analīze|apkopojums|apkopojumā)\b/iu,
      ),
    },
    {
      // "kā vēsta LETA", "pēc LSM datiem", "saskaņā ar LSM rīcībā esošo informāciju"
      id: 'lv-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:kā\\s+(?:${REPORTS})(?:\\s+(?:${ADVERBS})){0,2}|saskaņā\\s+ar|pēc|pamatojoties\\s+uz)\\s+$`,
          'i',
        ),
      ),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      id: 'lv-info',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(
        /^[”"]?\s+(?:rīcībā\s+esoš\p{L}*|datiem|informācijai|informācija|informāciju|ziņām|ziņas|apkopotajiem\s+datiem|avotiem|avoti)\b/iu,
      ),
    },
    {
      // "atsaucoties uz Reuters", "citējot LETA"
      id: 'lv-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:atsaucoties\s+uz|atsaucas\s+uz|atsaucās\s+uz|citējot|citē|citēja)\s+$/iu,
      ),
    },
    {
      // "pastāstīja LETA", "aģentūrai LETA sacīja", "LSM apliecināja ministrs"
      id: 'lv-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${SAID})(?:\\s+(?:\\p{L}+)){0,2}?\\s+$`, 'i'),
      ),
      after: /^(?![-‐]\p{L})(?!\s+(?:žurnālist|redaktor|vadītāj))/u,
    },
    {
      id: 'lv-told-after',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(new RegExp(`^[”"]?\\s+(?:${SAID})\\b`, 'i')),
    },
    {
      // "intervijā LSM", "LTV raidījumā "Rīta Panorāma"", "TV3 ziņās"
      id: 'lv-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        /^[”"]?\s+(?:raidījumā|raidījumam|ziņās|ziņu\s+raidījumā|ēterā|studijā|podkāstā|intervijā|diskusijā|debatēs)\b/iu,
      ),
    },
    {
      id: 'lv-interview-before',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(/(?<![\p{L}\p{N}\p{M}])(?:intervijā|sarunā\s+ar|intervijā\s+ar|viesojoties)\s+$/iu),
    },
    {
      id: 'lv-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      after: u(
        /^[”"]?\s+(?:publicētajā|publiskotajā|rādītajā|iegūtajā)\s+(?:video|videoierakstā|ierakstā|sižetā)\b/iu,
      ),
    },
    {
      id: 'lv-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:"”“–—-])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}$`, 'i'),
      ),
    },
    {
      id: 'lv-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      // A programme may stand between, with its title: "TV3 raidījums "Nekā personīga" atklāja".
      after: u(
        new RegExp(
          `^[”"]?,?\\s+(?:(?:raidījums|pētījums|sižets)\\s+["“„][^"”“\\n]{1,50}["”“]\\s+)?(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS})\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['un', 'vai', 'kā arī'],
    articles: [],
    sourceLabels: ['Avots', 'Avoti'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotogrāfija', 'Attēls', 'Video', 'Ekrānuzņēmums'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    LV: ['latvij'],
    LT: ['lietuv'],
    EE: ['igaun'],
    RU: ['krievij'],
    UA: ['ukrain'],
    US: ['amerik', 'asv'],
    GB: ['britu', 'lielbritān'],
    DE: ['vācij'],
    FR: ['francij'],
  },
  outletNouns: {
    'news-agency': ['ziņu aģentūra', 'aģentūra'],
    newspaper: ['laikraksts', 'dienas laikraksts'],
    broadcaster: ['televīzija', 'kanāls', 'radio', 'sabiedriskais medijs'],
    magazine: ['žurnāls'],
    online: ['portāls', 'ziņu portāls', 'izdevums'],
  },
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'TV'] },
  nameEndings: { newspaper: ['Avīze', 'Diena'], broadcaster: ['Radio', 'TV'] },
  notOutletWords: ['Ministrija', 'Universitāte', 'Saeima', 'Valdība', 'SIA', 'AS'],
  inflection: {
    endings: [],
    // "Neatkarīgā" → "Neatkarīgās", "Diena" → "Dienas", "Dienai"; a masculine noun in -s
    // declines too, as the word naming the kind does ("laikraksts Diena" → "laikrakstam Dienai").
    stems: { ā: ['ās', 'ajai'], a: ['as', 'ai', 'u'], s: ['a', 'am', 'ā', 'u'] },
  },
};
