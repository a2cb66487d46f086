import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/*
 * Tagalog marks the agent of an object-focus verb with "ng" and the recipient with "sa": the
 * outlet follows its cue ("Iniulat ng GMA News", "ayon sa ulat ng PNA", "sinabi niya sa DZBB").
 * Aspect and focus are affixes and infixes on one root: ulat → iniulat, nag-ulat, mag-uulat;
 * balita → ibinalita, nagbalita; lathala → inilathala. Adverbs ("din", "naman") may come between.
 */

/** Enclitic adverbs that may stand before "ng"/"sa": "Iniulat din ng", "ayon naman sa". */
const ADV = '(?:(?:din|rin|naman|pa|na|lamang|lang|kamakailan)\\s+){0,2}';

/** What an outlet produced, before "ng": "ayon sa ulat ng PNA", "sa datos ng Rappler". */
const PRODUCT = phrases(`
  ulat
  balita
  report
  datos
  tala
  artikulo
  survey
  sarbey
  pagsusuri
  imbestigasyon
  eksklusibong ulat
`);

/** Object-focus reporting verbs; the outlet follows "ng": "Iniulat ng GMA News na …". */
const REPORTED = phrases(`
  iniulat
  inulat
  inireport
  ni-report
  nireport
  ibinalita
  binalita
  inilathala
  inilabas
  ipinahayag
  isinulat
  isiniwalat
  ibinunyag
  kinumpirma
  iniere
  ipinalabas
  isinahimpapawid
  nakuha
  nakalap
  ayon sa ulat
`);

/** Actor-focus reporting verbs before "ang": "Nag-ulat ang Rappler na …". */
const REPORTED_AF = phrases(`
  nag-ulat
  nag-report
  nagbalita
  naglathala
  nagpalabas
  nag-ere
  nagsiwalat
`);

/** Saying to someone, before "sa" and the outlet: "sinabi niya sa DZBB". */
const SAID = phrases(`
  sinabi
  sabi
  ani
  giit
  iginiit
  dagdag
  idinagdag
  paliwanag
  ipinaliwanag
  pahayag
  inamin
  ibinahagi
  ikinuwento
  kuwento
  tugon
  sagot
  pagtiyak
  tiniyak
  kinumpirma
  inihayag
  ibinunyag
`);

/** Tagalog (Filipino): its cue rules, descriptors and words. */
export const TL: LanguagePack = {
  code: 'tl',
  // Pages in Filipino, the standard form of Tagalog, declare "fil".
  otherCodes: ['fil'],
  name: 'Tagalog',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['hindi', 'di'],
  descBefore: u(
    /(?:^|\s)(?:(?:lokal|pribado|kilala|sikat|malaking|maliit)\s+na\s+|pambansang\s+|isang\s+)?(?:pahayagang|himpilang|istasyong|estasyong|ahensiyang|ahensyang|dyaryong|diyaryong|tabloid\s+na|network\s+na|website\s+na|news\s+site\s+na|news\s+outlet\s+na|news\s+agency\s+na|state\s+media\s+na|wire\s+agency\s+na|radyong|telebisyong)(?:\s+(?:Amerikano|Hapones|Tsino|Britanya|British|Pranses|Aleman|Australyano|pang-\p{L}+|pambansang|lokal\s+na))?\s+$/u,
  ),
  rules: [
    {
      // A teaser line for another story ("Basahin: … - Abante") names where it runs.
      id: 'tl-read-also',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: /(?:^|\n)\s*(?:Basahin|BASAHIN)(?:\s+(?:din|rin|DIN|RIN))?\s*:[^\n]*$/u,
    },
    {
      // The outlet as venue, property or subject: "mapapanood sa TV5", "prangkisa ng ABS-CBN".
      id: 'tl-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:mapapanood\s+sa|napanood\s+sa|panoorin\s+sa|pinanood\s+sa|may-ari\s+ng|prangkisa\s+ng|pagsasara\s+ng|empleyado\s+ng|mga\s+empleyado\s+ng|kinasuhan\s+ang|idinemanda\s+ang)\s+$/iu,
      ),
    },
    {
      id: 'tl-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?:^|[\s(|–—-])(?:(?:[Ll]arawan|LARAWAN|[Ll]itrato|LITRATO)\s+(?:mula\s+sa|galing\s+sa|kuha\s+ng|ng)|[Kk]uha\s+ng|KUHA\s+NG)\s+$/u,
      ),
    },
    {
      id: 'tl-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:na\s+)?(?:sumipi|sinipi|bumanggit|kumuha\s+ng\s+ulat)\s+(?:sa|mula\s+sa|ng)\s+$/iu,
      ),
    },
    {
      // An outlet's analysis or survey: "ayon sa pagsusuri ng Rappler", "sa survey ng GMA".
      id: 'tl-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `(?:\\b(?:[Aa]yon|AYON|[Bb]atay|[Bb]ase|[Ss]ang-ayon)\\s+${ADV}sa|(?:^|[\\s,])[Ss]a)\\s+(?:pagsusuri|pag-aaral|analisis|survey|sarbey|poll)\\s+(?:na\\s+ginawa\\s+)?(?:ng|mula\\s+sa)\\s+$`,
        ),
      ),
    },
    {
      id: 'tl-ayon-sa',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `(?:\\b(?:[Aa]yon|AYON|[Bb]atay|[Bb]ase|[Ss]ang-ayon)\\s+${ADV}sa\\s+(?:${PRODUCT}\\s+(?:ng|mula\\s+sa)\\s+)?|(?:^|[\\s,])(?:[Ss]a|[Ss]a\\s+isang|[Ss]a\\s+hiwalay\\s+na)\\s+${PRODUCT}\\s+(?:ng|mula\\s+sa)\\s+)$`,
        ),
      ),
    },
    {
      id: 'tl-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b(?:sa\\s+)?(?:isang\\s+|eksklusibong\\s+|hiwalay\\s+na\\s+)?(?:panayam|pakikipanayam|interview|pakikipag-usap)\\s+(?:ng|sa|mula\\s+sa)|\\bnang\\s+(?:kapanayamin|makapanayam|tanungin|makausap)\\s+ng|\\b${SAID}\\s+(?:(?:ito|iyon|ito\\s+mismo)\\s+)?(?:niya|nila|ni\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?|ng\\s+(?:[^\\s,.]+\\s+){1,4}?)?\\s*${ADV}sa|\\bsa\\s+(?:programang|palabas\\s+na|programa\\s+ng|radyo\\s+ng))\\s+$`,
          'i',
        ),
      ),
    },
    {
      id: 'tl-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${REPORTED}\\s+${ADV}ng|${REPORTED_AF}\\s+${ADV}(?:ang|ang\\s+mga))\\s+$`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: [],
    articles: [],
    sourceLabels: ['Pinagmulan', 'Pinagkunan', 'Sanggunian'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Larawan', 'Litrato', 'Kuha'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    PH: ['pilipin', 'philippin'],
    US: ['amerikan'],
    JP: ['hapon'],
    CN: ['tsino', 'tsina'],
  },
  outletNouns: {
    'news-agency': ['ahensiya', 'ahensya', 'news agency'],
    // With the linker glued ("ang pahayagang Abante", "istasyong Radyo Bandera").
    newspaper: ['pahayagan', 'dyaryo', 'diyaryo', 'tabloid', 'pahayagang', 'dyaryong', 'diyaryong'],
    broadcaster: [
      'himpilan',
      'istasyon',
      'estasyon',
      'network',
      'radyo',
      'telebisyon',
      'himpilang',
      'istasyong',
      'estasyong',
    ],
    online: ['website', 'news site'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Department',
    'Kagawaran',
    'Pamahalaan',
    'Unibersidad',
    'University',
    'Lungsod',
    'Pulisya',
    'Korte',
    'Bangko',
    'Partido',
    'Senado',
    'Kongreso',
    'Corporation',
  ],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radyo', 'Radio', 'TV'] },
  // Function words inside names ("Sauti ya Pwani", "Tinig ng Bikol").
  nameJoiners: ['ng'],
  nameEndings: {
    newspaper: ['Inquirer', 'Bulletin', 'Star', 'Times'],
    broadcaster: ['News', 'TV', 'Radyo'],
  },
};
