import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Lithuanian declines Lithuanian names ("Lietuvos rytas" → "Lietuvos ryto", "Kauno diena" →
 * "Kauno dienos", "ELTA" → "Eltai") and leaves foreign and abbreviated ones as they are ("BNS",
 * "LRT", "Delfi"); names often stand in quotes („Delfi“). The case a rule needs is in its words:
 * "pasak" takes the genitive, "sakė" the dative.
 */

/** Reporting verbs, present and past, and the "kaip …" form: "praneša BNS", "rašė „Delfi“". */
const REPORTS = phrases(`
  praneša
  pranešė
  rašo
  rašė
  skelbia
  paskelbė
  informuoja
  informavo
  teigia
  teigė
  tvirtina
  tvirtino
  atskleidė
  atskleidžia
  sužinojo
  išsiaiškino
  nurodo
  nurodė
  primena
  priminė
  cituoja
  citavo
  yra pranešusi
  yra pranešęs
  yra rašęs
  yra rašiusi
`);

/** Words between the verb and the name: "pranešė pirmadienį BNS". */
const ADVERBS = phrases(`
  pirmadienį
  antradienį
  trečiadienį
  ketvirtadienį
  penktadienį
  šeštadienį
  sekmadienį
  vakar
  šiandien
  anksčiau
  taip pat
  pirmasis
  pirmoji
  naujienų agentūra
  naujienų portalas
  dienraštis
  portalas
  agentūra
  televizija
  transliuotojas
  visuomeninis transliuotojas
`);

/** Verbs of saying before a dative outlet: "sakė BNS", "teigė Eltai", "patvirtino „Delfi“". */
const SAID = phrases(`
  sakė
  sako
  teigė
  teigia
  patvirtino
  patvirtina
  pareiškė
  komentavo
  pažymėjo
  pabrėžė
  aiškino
  paaiškino
  tvirtino
  pripažino
  pasakojo
  papasakojo
  atsakė
  prisipažino
  akcentavo
  kalbėjo
`);

/** Lithuanian: its cue rules, descriptors, words and the stems of names. */
export const LT: LanguagePack = {
  code: 'lt',
  name: 'Lithuanian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nėra', 'niekada'],
  descBefore: u(
    /((?:^|\s))(?:[\p{Ll}-]+(?:ė|is|os|ės|ų|oji|asis|ioji|iosios)\s+)?(?:naujienų\s+agentūr(?:a|os|ai|ą|oje)|agentūr(?:a|os|ai|ą|oje)|dienrašt(?:is|io|iui|į|yje)|laikrašt(?:is|io|iui|į|yje)|savaitrašt(?:is|io)|portal(?:as|o|ui|ą|e)|naujienų\s+portal(?:as|o|ui|ą|e)|televizij(?:a|os|ai|ą|oje)|transliuotoj(?:as|o|ui|ą|e)|visuomeninis\s+transliuotojas|visuomeninio\s+transliuotojo|radij(?:as|o|ui|ą|uje)|kanal(?:as|o|ui|ą|e)|leidin(?:ys|io|iui|į|yje)|žurnal(?:as|o|ui|ą|e))\s+$/iu,
  ),
  rules: [
    {
      // "dirbo LRT žurnaliste", "anksčiau dirbęs „Lietuvos ryte“"
      id: 'lt-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:dirbo|dirba|dirbęs|dirbusi|dirbantis|dirbanti|bendradarbiavo|bendradarbiauja|vadovavo|vadovauja)\s+(?:anksčiau\s+|ilgai\s+|daugiau\s+nei\s+\S+\s+metų\s+)?(?:(?:naujienų\s+)?(?:portale|televizijoje|agentūroje|dienraštyje|radijuje)\s+)?$/iu,
      ),
    },
    {
      // "LRT žurnalistė", "BNS vadovas", "LRT transliuos rungtynes"
      id: 'lt-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^[“"]?\s+(?:žurnalist\p{L}*|vadov\p{L}*|redaktor\p{L}*|vyriausiasis\s+redaktorius|vyriausioji\s+redaktorė|laidų\s+vedėj\p{L}*|savinink\p{L}*|darbuotoj\p{L}*|korespondent\p{L}*|transliuos|transliavo|transliuoja|rodys|rodė\s+rungtynes|nupirko|pardavė|atleido|įsigijo|uždaro|uždarė|paskelbė\s+konkursą)\b/iu,
      ),
    },
    {
      // "„Vilmorus“ apklausa, atlikta „Lietuvos ryto“ užsakymu", "LRT užsakymu atlikta apklausa"
      id: 'lt-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[“"]?\s+(?:užsakymu|užsakyta\s+(?:apklausa|tyrimas)|užsakytos\s+apklausos|užsakyto\s+tyrimo)\b/iu,
      ),
    },
    {
      id: 'lt-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[“"]?\s+(?:atlikta\s+|atliktos\s+)?(?:analizė|analizės|analize|skaičiavimai|skaičiavimais|skaičiavimų|apklausa|apklausos|tyrimas|tyrimo|tyrimu)\b/iu,
      ),
    },
    {
      // "pasak BNS", "BNS duomenimis", "LRT žiniomis", "kaip praneša BNS"
      id: 'lt-pasak',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:pasak|kaip\\s+(?:${REPORTS})(?:\\s+(?:${ADVERBS})){0,2}|parengta\\s+pagal|pagal)\\s+$`,
          'i',
        ),
      ),
    },
    {
      id: 'lt-duomenimis',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(
        /^[“"]?\s+(?:duomenimis|žiniomis|teigimu|informacija|pranešimu|turimais\s+duomenimis|turimomis\s+žiniomis|šaltinių\s+teigimu|skelbiamais\s+duomenimis|skaičiavimais)\b/iu,
      ),
    },
    {
      // "remdamasi Reuters", "remiantis BNS informacija", "cituoja „Reuters“"
      id: 'lt-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:remdamasi|remdamasis|remdamiesi|remiantis|cituodama|cituodamas|cituoja|citavo|nurodydama|nurodydamas)\s+$/iu,
      ),
    },
    {
      // "sakė BNS", "teigė Eltai", "„Delfi“ sakė ministras"
      id: 'lt-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${SAID})(?:\\s+(?:\\p{L}+)){0,2}?\\s+$`, 'i'),
      ),
      after: /^(?![-‐]\p{L})(?!\s+(?:žurnalist|vadov|redaktor|darbuotoj))/u,
    },
    {
      id: 'lt-told-after',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(new RegExp(`^[“"]?\\s+(?:${SAID})\\b`, 'i')),
    },
    {
      // "LRT radijo laidoje „Lietuvos diena“", "interviu LRT", "LNK žinių laidoje", "BNS kalbinti
      // ekspertai" (interviewed by)
      id: 'lt-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        /^[“"]?\s+(?:(?:(?:radijo|televizijos|RADIJO|TELEVIZIJOS|žinių|naujienų|tinklalaidės|eterio)\s+)?(?:laidoje|laidai|eteryje|tinklalaidėje|studijoje|interviu|pokalbyje|žiniose|reportaže|debatuose)|(?:kalbint|kalbinam|apklaust)(?:as|a|i|os|ų|iems|ai)?)\b/u,
      ),
    },
    {
      id: 'lt-interview-before',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:interviu|interviu\s+naujienų\s+portalui|pokalbyje\s+su|kalbėdamas|kalbėdama|kalbėjo)\s+$/iu,
      ),
    },
    {
      // "BNS nuotr.", "Tomo Petrausko / BNS nuotr."
      id: 'lt-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      after:
        /^[“"]?\s*(?:nuotr\.|nuotrauka|nuotraukos|NUOTR\.|vaizdo\s+įrašo\s+stop\s+kadras|stop\s+kadras)/u,
    },
    {
      // "LRT paskelbtame vaizdo įraše", "„Delfi“ publikuotame vaizdo įraše"
      id: 'lt-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[“"]?\s+(?:paskelbtame|publikuotame|parodytame|nufilmuotame|transliuotame)\s+(?:vaizdo\s+įraše|vaizdo\s+medžiagoje|video|reportaže)\b/iu,
      ),
    },
    {
      id: 'lt-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:"”“–—-])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}$`, 'i'),
      ),
    },
    {
      id: 'lt-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(`^[“"]?,?\\s+(?:(?:${ADVERBS}|jau|taip\\s+pat)\\s+){0,2}(?:${REPORTS})\\b`, 'i'),
      ),
    },
  ],
  words: {
    and: ['ir', 'bei', 'ar'],
    articles: [],
    sourceLabels: ['Šaltinis', 'Šaltiniai'],
    creditLabels: [],
    creditLeads: ['Parengta pagal'],
    photoLabels: ['Nuotrauka', 'Nuotr.', 'Foto', 'Vaizdo įrašas'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    LT: ['lietuv'],
    LV: ['latvij'],
    EE: ['estij'],
    PL: ['lenk'],
    RU: ['rusij'],
    BY: ['baltarus'],
    UA: ['ukrain'],
    US: ['amerik', 'jav'],
    GB: ['britan', 'didžiosios britanijos'],
    DE: ['vokiet'],
    FR: ['prancūz'],
  },
  outletNouns: {
    'news-agency': ['naujienų agentūra', 'agentūra'],
    newspaper: ['dienraštis', 'laikraštis', 'savaitraštis'],
    broadcaster: ['televizija', 'transliuotojas', 'radijas', 'kanalas'],
    magazine: ['žurnalas'],
    online: ['portalas', 'naujienų portalas', 'leidinys'],
  },
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radijas', 'TV'] },
  nameEndings: {
    newspaper: ['diena', 'rytas', 'žinios', 'Diena', 'Rytas', 'Žinios'],
    broadcaster: ['TV', 'Radijas'],
  },
  notOutletWords: ['Ministerija', 'Universitetas', 'Vyriausybė', 'Seimas', 'UAB', 'AB'],
  // Lithuanian names decline: "Lietuvos rytas" → "Lietuvos ryto", "Kauno diena" → "Kauno dienos",
  // "Verslo žinios" → "Verslo žinių", "ELTA" → "Eltos", "Eltai".
  inflection: {
    endings: [],
    stems: {
      as: ['o', 'ui', 'ą', 'e'],
      a: ['os', 'ai', 'ą', 'oje'],
      ios: ['ių', 'ioms', 'ias', 'iose'],
    },
  },
};
