import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { alternation, phrases, u } from './regex';

/** Before the name: "ifølge Ritzau", "ifølge tal fra DR". */
const ACCORDING = phrases(`
  ifølge
  iflg.
  ifølge tal fra
  ifølge tal, som
  ifølge tal som
  ifølge oplysninger fra
  ifølge oplysninger til
  ifølge en artikel i
  ifølge en opgørelse fra
  ifølge en opgørelse, som
  ifølge en opgørelse som
`);

/** Reporting verbs, present, past and participle: "oplyser Ritzau", "DR skrev", "har erfaret". */
const REPORTS = phrases(`
  skriver
  skrev
  skrevet
  oplyser
  oplyste
  oplyst
  rapporterer
  rapporterede
  rapporteret
  melder
  meldte
  meldt
  erfarer
  erfarede
  erfaret
  afslører
  afslørede
  afsløret
  afdækker
  afdækkede
  afdækket
  beretter
  berettede
  berettet
  citerer
  citerede
  citeret
  fortæller
  fortalte
  bringer
  bragte
  har fået aktindsigt i
  fået aktindsigt i
  har set
  har fået indsigt i
  afsløre
  fortælle
  berette
  oplyse
  beskriver
  beskrev
  beskrevet
  omtaler
  omtalte
  omtalt
  var først ude med
`);

/** Words between a verb and the name: "skriver også Politiken", "oplyser DR mandag". */
const ADVERBS = phrases(`
  også
  først
  tidligere
  nu
  i dag
  i går
  i aften
  mandag
  tirsdag
  onsdag
  torsdag
  fredag
  lørdag
  søndag
`);

/** Verbs of saying before "til"/"over for": "siger han til DR", "bekræfter over for TV 2". */
const SAID = phrases(`
  siger
  sagde
  sagt
  fortæller
  fortalte
  oplyser
  oplyste
  bekræfter
  bekræftede
  forklarer
  forklarede
  udtaler
  udtalte
  understreger
  understregede
  påpeger
  påpegede
  erkender
  erkendte
  indrømmer
  indrømmede
  afviser
  afviste
  svarer
  svarede
  skriver
  skrev
  tilføjer
  tilføjede
  vurderer
  vurderede
  bekræftes
  oplyses
`);

/** Media events before the name: "i et interview med Berlingske", "i udsendelsen på DR". */
const MEDIA = phrases(`
  interview
  interviewet
  samtale
  udsendelse
  udsendelsen
  nyhedsudsendelse
  nyhedsudsendelsen
  program
  programmet
  debat
  debatten
  podcast
  podcasten
  studie
  studiet
  tv-interview
  radiointerview
  dokumentar
  dokumentaren
`);

/** A descriptor before the name: "avisen Politiken", "det britiske nyhedsbureau Reuters". */
const DESCRIPTOR_TABLE = `
  avis
  avisen
  dagbladet
  nyhedsbureau
  nyhedsbureauet
  bureau
  bureauet
  tv-station
  tv-stationen
  tv-kanal
  tv-kanalen
  kanal
  kanalen
  station
  stationen
  medie
  mediet
  netavis
  netavisen
  magasin
  magasinet
  ugeavis
  ugeavisen
  ugebrevet
  nyhedsmediet
  fagbladet
`;
/** The descriptors in either case, for a sentence's start too ("Nyhetsbyrån TT har…"). */
const DESCRIPTOR_CASED = alternation(
  DESCRIPTOR_TABLE.split('\n').map((l) => l.trim()),
  true,
);

/** Danish: its cue rules, descriptors and words. */
export const DA: LanguagePack = {
  code: 'da',
  name: 'Danish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ikke', 'aldrig'],
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?:[Dd]en|[Dd]et|[Dd]e)\\s+)?(?:[\\p{Ll}-]+e\\s+){0,2}${DESCRIPTOR_CASED}\\s+$`,
    ),
  ),
  rules: [
    {
      // "har arbejdet på Politiken", "sendes på DR1", "ejet af JP/Politikens Hus"
      id: 'da-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:sendes|sendt|vises|vist|streames)\s+(?:på|i|af)|(?:ejet|ejes|købt|købes|solgt|drevet|sagsøgt)\s+af|(?:ansat|arbejder|arbejdede|arbejdet|journalist|reporter|redaktør|chefredaktør|vært|fotograf|skribent)\s+(?:tidligere\s+|nu\s+)?(?:på|ved|i|for|hos)|en\s+del\s+af|indlæg\s+i|debatindlæg\s+i|kronik\s+i)\s+$/iu,
      ),
    },
    {
      id: 'da-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:sender|sendte|ejer|ejes|købte|køber|solgte|sælger|fyrer|fyrede|ansætter|ansatte|lancerer|lancerede|sagsøger|sagsøgte|lukker|lukkede|er\s+en\s+del\s+af)\b/u,
      ),
      endings: [''],
    },
    {
      // "en måling, som Epinion har lavet for DR", "en undersøgelse foretaget af Voxmeter for Ritzau"
      id: 'da-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:måling|målingen|meningsmåling|meningsmålingen|undersøgelse|undersøgelsen|rundspørge|rundspørgen)\b[^\n.]{0,60}?\b(?:for|på\s+vegne\s+af|bestilt\s+af)\s+$/iu,
      ),
    },
    {
      id: 'da-genitive',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:egen\s+|egne\s+|nye\s+|seneste\s+)?(?:afdækning|artikel|historie|opgørelse|gennemgang|kortlægning|afsløring|dækning|oplysninger|research)\b/u,
      ),
      endings: ['s'],
    },
    {
      id: 'da-genitive-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:egen\s+|egne\s+|nye\s+|seneste\s+)?(?:måling|meningsmåling|undersøgelse|rundspørge|analyse|beregning|beregninger|prognose)\b/u,
      ),
      endings: ['s'],
    },
    {
      id: 'da-ifolge',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(new RegExp(`(?:^|[^\\p{L}])${ACCORDING}\\s+(?:både\\s+)?$`, 'iu')),
    },
    {
      id: 'da-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:med\s+henvisning\s+til|under\s+henvisning\s+til|henviser\s+til|henviste\s+til|som\s+henviser\s+til|som\s+citerer|citerer|citerede)\s+$/iu,
      ),
    },
    {
      id: 'da-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}(?:\\s+(?!at\\b|som\\b|om\\b)[\\p{L}\\d-]+,?){0,8}?(?<!\\b(?:ja|nej|tak))\\s+(?:til|over\\s+for|overfor)|(?:kommentar|mail|e-mail|sms|svar|udtalelse)\\s+til)\\s+$`,
          'i',
        ),
      ),
      // "til DR-journalisten" is still DR; "nej til DR-chefens forslag" is not a statement to DR.
      after: /^(?![-‐]\p{L}+s\b)/u,
    },
    {
      // "Over for TV 2 Fyn siger han …", "Til DR fortæller hun …"
      id: 'da-told-front',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»"”]\s+|\n)\s*(?:Til|Over\s+for|Overfor)\s+$/u,
      after: u(new RegExp(`^\\s*,?\\s+${SAID}\\b`)),
    },
    {
      id: 'da-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:i|under)\\s+(?:et\\s+|en\\s+)?(?:[\\p{L}-]+\\s+)?${MEDIA}\\s+(?:med|hos|på|i)|interviewet\\s+af|gæst\\s+(?:i|hos|på))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "i DR's Deadline", "i TV 2's nyhedsudsendelse"
      id: 'da-programme',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:i|på)\s+$/iu),
      after: u(
        /^\s+(?:[\p{Lu}\d]|\p{L}*(?:program|programmet|udsendelse|udsendelsen|podcast|podcasten|debat|debatten|interview)\b)/u,
      ),
      endings: ['s'],
    },
    {
      // "i DR-podcasten »Genstart«", "TV 2-målingen"
      id: 'da-compound',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^-(?:programmet|podcasten|udsendelsen|dokumentaren|serien|interviewet|dokumentarserien)\b/u,
      ),
    },
    {
      id: 'da-compound-report',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(/^-(?:artiklen|afsløringen|historien|målingen|undersøgelsen|opgørelsen)\b/u),
    },
    {
      id: 'da-published-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:offentliggjort|omtalt|afsløret|beskrevet|citeret|bragt|først\s+omtalt|først\s+beskrevet)\s+(?:\p{L}+\s+)?(?:af|i)\s+$/iu,
      ),
    },
    {
      // "en opgørelse, som DR har lavet", "en gennemgang Politiken har foretaget": own work.
      id: 'da-work-by',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:gennemgang|opgørelse|kortlægning|undersøgelse|analyse|beregning|rundspørge|optælling)(?:en|er|erne)?,?\s+(?:som\s+)?$/iu,
      ),
      after: u(
        /^\s+(?:har\s+|havde\s+)?(?:lavet|foretaget|gennemført|udarbejdet|fået\s+lavet)\b/iu,
      ),
    },
    {
      // "tal, som DR Nyheder har indhentet", "dokumenter, som Politiken har fået aktindsigt i"
      id: 'da-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:som|dokumenter|tal|mails|rapporten|brevet|notatet)\s+$/iu),
      after: u(
        /^\s+(?:har\s+|havde\s+)?(?:set|indhentet|fået\s+aktindsigt|fået\s+indsigt|fået\s+adgang|gennemgået|kortlagt|opgjort)\b/iu,
      ),
    },
    {
      // "kan Ekstra Bladet afsløre", "kan DR Nyheder fortælle"
      id: 'da-can-reveal',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/\bkan\s+$/iu),
      after: u(/^\s+(?:nu\s+|i\s+dag\s+)?(?:afsløre|fortælle|berette|oplyse|bekræfte)\b/iu),
    },
    {
      id: 'da-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        /\b(?:video|videoen|optagelser|optagelserne|billeder|billederne|klip|klippet|tv-billeder|videoklip|filmet)\s+(?:fra|offentliggjort\s+af|bragt\s+af|af)\s+$/iu,
      ),
    },
    {
      id: 'da-byline-af',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:[Aa]f|AF)\s+(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'da-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"”»])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}$`, 'i')),
      endings: [''],
    },
    {
      // The newsroom's own legwork: "Ekstra Bladet har været i kontakt med", "Kristeligt Dagblad
      // har talt med flere præster", "DR har forsøgt at få fat i ministeren".
      id: 'da-contacted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:,\s*)?(?:der\s+|som\s+)?(?:har|havde)\s+(?:(?:talt|snakket|været\s+i\s+kontakt)\s+med|(?:forsøgt|prøvet)\s+at\s+(?:få\s+fat\s+i|få\s+(?:en\s+)?kommentar|nå)|interviewet)\b/iu,
      ),
      endings: [''],
    },
    {
      // "Politiken skriver", "Det var Politiken, der først skrev" (a cleft keeps "der"/"som")
      id: 'da-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^\\s*(?:,\\s*)?(?:(?:der|som)\\s+)?(?:har\\s+|havde\\s+|kan\\s+|kunne\\s+)?(?:${ADVERBS}\\s+){0,2}${REPORTS}\\b`,
        ),
      ),
      endings: [''],
    },
  ],
  words: {
    and: ['og', 'eller'],
    articles: [],
    sourceLabels: ['Kilde', 'Kilder'],
    creditLabels: ['Kredit'],
    creditLeads: [],
    photoLabels: ['Foto', 'Kredit', 'Video', 'Grafik', 'Illustration'],
    photoMarks: [],
    with: ['med'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    US: ['amerikansk', 'usa'],
    GB: ['britisk', 'engelsk'],
    DK: ['dansk'],
    SE: ['svensk'],
    NO: ['norsk'],
    DE: ['tysk'],
    FR: ['fransk'],
    RU: ['russisk'],
    FI: ['finsk'],
    ES: ['spansk'],
    IT: ['italiensk'],
    CN: ['kinesisk'],
    UA: ['ukrainsk'],
    TR: ['tyrkisk'],
  },
  outletNouns: {
    'news-agency': ['nyhedsbureau', 'nyhedsbureauet', 'bureau', 'bureauet'],
    newspaper: [
      'avis',
      'avisen',
      'dagblad',
      'dagbladet',
      'ugeavis',
      'ugeavisen',
      'lokalavis',
      'lokalavisen',
      'fagblad',
    ],
    broadcaster: [
      'tv-station',
      'tv-kanal',
      'kanal',
      'station',
      'radiokanal',
      'public service-station',
    ],
    magazine: ['magasin', 'magasinet', 'tidsskrift'],
    online: ['medie', 'mediet', 'netavis', 'netmedie', 'nyhedsmedie', 'nyhedssite', 'site'],
  },
  // Suffixed articles and the genitive ("nyhedssitet", "lokalradioen", "avisens").
  outletNounEndings: ['en', 'et', 'n', 't', 'ne', 'erne', 's', 'ens', 'ets'],
  compoundOutletNouns: ['avis', 'radio', 'site'],
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministerium',
    'Regeringen',
    'Universitet',
    'Styrelse',
    'Styrelsen',
    'Kommune',
    'Politi',
    'Domstol',
    'Institut',
    'Bank',
    'Fond',
    'Forening',
    'Parti',
    'Folketinget',
  ],
  ownerWords: ['sin', 'sit', 'sine', 'egen', 'eget'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: [
      'Avis',
      'Tidende',
      '-Posten',
      'Posten',
      'Bladet',
      '-bladet',
      'Stiftstidende',
      'Dagblad',
    ],
    broadcaster: ['Radio', 'TV'],
  },
  // The genitive: "Politikens", "DR's", "TV 2's".
  inflection: { endings: ['s'], joiners: ["'", '’'] },
};
