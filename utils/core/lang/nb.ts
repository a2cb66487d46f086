import { CONFIDENCE } from '../tuning';
import type { CueRule, LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Norwegian, both written standards: Bokmål here, Nynorsk (nn.ts) from the same tables. The
 * tables hold the forms of both ("forteller", "fortel"; "ifølge", "ifølgje"), since the two share
 * most words and a page in one often quotes the other.
 */

/** Reporting verbs, present, past and participle: "melder NRK", "VG skrev", "har omtalt". */
const REPORTS = phrases(`
  melder
  meldte
  meldt
  skriver
  skrev
  skrevet
  skriv
  skreiv
  rapporterer
  rapporterte
  rapportert
  opplyser
  opplyste
  opplyst
  erfarer
  erfarte
  erfart
  avslører
  avslørte
  avslørt
  avslører
  avslørar
  omtaler
  omtalte
  omtalt
  omtalar
  siterer
  siterte
  forteller
  fortalte
  fortel
  fortalde
  kjenner til
  kjenner til at
  har fått innsyn i
  fikk innsyn i
  har sett
  har fått se
  har fått tilgang til
  avsløre
  fortelle
  melde
  opplyse
  var først ute med
`);

/** Words between a verb and the name: "skriver også VG", "melder NRK fredag". */
const ADVERBS = phrases(`
  også
  òg
  først
  tidligere
  tidlegare
  nå
  no
  i dag
  i går
  i kveld
  mandag
  tirsdag
  onsdag
  torsdag
  fredag
  lørdag
  søndag
  i helgen
  i helga
  måndag
  tysdag
  laurdag
  sundag
`);

/** Verbs of saying before "til"/"overfor": "sier hun til NRK", "bekrefter overfor VG". */
const SAID = phrases(`
  sier
  seier
  sa
  sagt
  forteller
  fortalte
  fortel
  fortalde
  opplyser
  opplyste
  bekrefter
  bekreftet
  bekreftar
  stadfestar
  uttaler
  uttalte
  understreker
  understreket
  påpeker
  påpekte
  innrømmer
  innrømmet
  avviser
  avviste
  svarer
  svarte
  kommenterer
  kommenterte
  utdyper
  utdypet
  legger til
  la til
  skriver
  skrev
  varsler
  varslet
  bekreftes
  bekreftast
  stadfestes
  stadfesta
  opplyses
`);

/** Media events with "med"/"i"/"hos" before the name: "i et intervju med VG", "i sendingen på NRK". */
const MEDIA = phrases(`
  intervju
  intervjuet
  samtale
  sending
  sendingen
  sendinga
  direktesending
  direktesendingen
  nyhetssending
  nyhetssendingen
  program
  programmet
  debatt
  debatten
  podkast
  podkasten
  podcast
  podcasten
  studio
  studioet
  TV-intervju
  radiointervju
  dokumentar
  dokumentaren
`);

/** Nouns after a genitive ("NRKs måling") and the kind of credit each makes. */
const GENITIVE_NOUNS: [string, CueRule['kind']][] = [
  [
    'intervju|program|programmet|sending|sendingen|sendinga|podkast|podcast|debatt|dokumentar|nyhetssending|studio|direktesending',
    'interview',
  ],
  [
    'måling|målingen|målinga|meningsmåling|analyse|analysen|beregning|beregninger|prognose',
    'analysis',
  ],
  [
    'sak|saken|artikkel|artikkelen|reportasje|oppslag|avsløring|avsløringen|gjennomgang|kartlegging|oversikt|opplysninger|nyhetsmelding|dekning',
    'report',
  ],
];

/** The outlet as employer, venue or owner: "jobber i NRK", "sendes på TV 2", "eid av Schibsted". */
const ACTOR_BEFORE =
  '(?:(?:sendes|sendt|vises|vist|kringkastes|kringkastet|strømmes|strøymast)\\s+(?:på|i|av)|(?:eid|eies|kjøpt|kjøpes|solgt|drevet|saksøkt)\\s+av|(?:ansatt|jobber|jobbet|jobbar|arbeider|arbeidet|arbeidde|tilsett|journalist|reporter|redaktør|sjefredaktør|programleder|programleiar|fotograf)\\s+(?:tidligere\\s+|tidlegare\\s+|nå\\s+)?(?:i|på|for|hos))';

const ACTOR_AFTER =
  '(?:sender|sendte|eier|eies|kjøpte|kjøper|solgte|selger|kutter|kuttet|sparker|sparket|ansetter|ansatte|lanserer|lanserte|saksøker|saksøkte|ble\\s+saksøkt|la\\s+ned|legger\\s+ned)';

/** A descriptor before the name: "avisen VG", "det britiske nyhetsbyrået Reuters". */
export const NO_DESCRIPTOR =
  '(?:avisen|avisa|avis|nettavisen|nettavisa|lokalavisen|lokalavisa|riksavisen|dagsavisen|nyhetsbyrået|nyheitsbyrået|nyhetsbyrå|byrået|kanalen|tv-kanalen|TV-kanalen|nyhetskanalen|radiokanalen|kringkasteren|rikskringkasteren|statskanalen|mediet|nettstedet|nettstaden|magasinet|tidsskriftet|ukeavisen|ukeavisa|næringslivsavisen|finansavisen)';

/** The same at a sentence's start: "Avisen VG skriver…", "Nyhetsbyrået NTB melder…". */
const NO_DESCRIPTOR_START = NO_DESCRIPTOR.replace(
  /(^\(\?:|\|)(\p{Ll})/gu,
  (_m, lead: string, c: string) => `${lead}[${c}${c.toUpperCase()}]`,
);

/** The cue rules of Norwegian, with ids prefixed by the pack's code ("nb", "nn"). */
export function norwegianRules(code: string): CueRule[] {
  const rule = (id: string, r: Omit<CueRule, 'id'>): CueRule => ({ id: `${code}-${id}`, ...r });
  return [
    rule('actor', {
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(new RegExp(`\\b${ACTOR_BEFORE}\\s+$`, 'i')),
    }),
    rule('actor-verb', {
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(new RegExp(`^\\s+${ACTOR_AFTER}\\b`)),
      endings: [''],
    }),
    rule('poll', {
      // "en måling utført av Norstat for NRK", "undersøkelsen Opinion har gjort for Dagsavisen"
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:måling|målingen|målinga|meningsmåling|undersøkelse|undersøkelsen|spørreundersøkelse|partibarometer|partibarometeret)\b[^\n.]{0,60}?\b(?:for|på\s+oppdrag\s+fra|bestilt\s+av)\s+$/iu,
      ),
    }),
    ...GENITIVE_NOUNS.map(([nouns, kind]) =>
      rule(`genitive-${kind}`, {
        kind,
        confidence: CONFIDENCE.pattern,
        after: u(
          new RegExp(`^\\s+(?:(?:egen|egne|eigen|nye|ferske|siste|nyeste)\\s+)?(?:${nouns})\\b`),
        ),
        endings: ['s'],
      }),
    ),
    rule('ifolge', {
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /\b(?:ifølge|ifølgje|iflg\.)\s+(?:både\s+)?(?:(?:en|ei|et|eit)\s+)?(?:(?:sak|saken|artikkel|oppslag|reportasje|rapport|tall|tallene|opplysninger|opplysningar|dokumenter|nyhetsmelding|melding|oversikt)\s+(?:i|fra|frå|hos|som)\s+)?$/iu,
      ),
    }),
    rule('etter-det', {
      // "etter det VG erfarer", "etter det NRK kjenner til"
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(/\better\s+(?:det|hva|kva)\s+$/iu),
      after: u(
        /^\s+(?:erfarer|erfarar|kjenner\s+til|kjenner\s+til|får\s+opplyst|fikk\s+opplyst|forstår|har\s+fått\s+opplyst|har\s+fått\s+vite|har\s+fått\s+vete)\b/iu,
      ),
    }),
    rule('citing', {
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:med\s+henvisning\s+til|med\s+tilvising\s+til|under\s+henvisning\s+til|viser\s+til|viste\s+til|som\s+viser\s+til|siterer|siterte|som\s+siterer)\s+$/iu,
      ),
    }),
    rule('told', {
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}(?:\\s+(?!at\\b|som\\b|om\\b)[\\p{L}\\d-]+,?){0,8}?(?<!\\b(?:ja|nei|takk))\\s+(?:til|overfor|over\\s+for)|(?:kommentar|uttalelse|uttale|e-post|epost|SMS|sms|melding|svar)\\s+til)\\s+$`,
          'i',
        ),
      ),
      // "til NRK-journalisten" is still NRK; "til VG-redaktørens tilbud" is not a statement to VG.
      after: /^(?![-‐]\p{L}+s\b)/u,
    }),
    rule('told-front', {
      // "Til NRK sier hun at …", "Overfor VG bekrefter han …"
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»"”]\s+|\n)\s*(?:Til|Overfor|Over\s+for)\s+$/u,
      after: u(new RegExp(`^\\s*,?\\s+${SAID}\\b`)),
    }),
    rule('interview', {
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:i|under)\\s+(?:et\\s+|eit\\s+|en\\s+|ei\\s+)?(?:[\\p{L}-]+\\s+)?${MEDIA}\\s+(?:med|hos|på|i|til)|intervjuet\\s+av|intervjua\\s+av|gjest\\s+(?:i|hos|på))\\s+$`,
          'i',
        ),
      ),
    }),
    rule('genitive', {
      // "i NRKs Dagsnytt 18", "i Aftenpostens podkast Forklart"
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:i|på)\s+$/iu),
      after: u(
        /^\s+(?:[\p{Lu}\d]|\p{L}*(?:program|programmet|sending|sendingen|sendinga|podkast|podkasten|podcast|debatt|debatten|intervju|intervjuet)\b)/u,
      ),
      endings: ['s'],
    }),
    rule('compound', {
      // "i NRK-programmet", "VG-saken", "TV 2-målingen"
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^-(?:programmet|podkasten|podcasten|sendingen|sendinga|dokumentaren|serien|intervjuet|saken|artikkelen|reportasjen|avsløringen|målingen|målinga|undersøkelsen)\b/u,
      ),
    }),
    rule('published-by', {
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:publisert|omtalt|avslørt|meldt|rapportert|referert|sitert|gjengitt|skrevet|først\s+omtalt|først\s+meldt)\s+(?:\p{L}+\s+)?(?:av|hos)\s+$/iu,
      ),
    }),
    rule('work-by', {
      // "en gjennomgang som NRK har gjort", "en opptelling VG har gjort": the outlet's own work.
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:gjennomgang|gjennomgong|opptelling|kartlegging|undersøkelse|undersøking|analyse|beregning|spørreundersøkelse)(?:en|a|ar|er)?,?\s+(?:som\s+)?$/iu,
      ),
      after: u(/^\s+(?:har\s+|hadde\s+)?(?:gjort|gjennomført|laget|fått\s+gjort|foretatt)\b/iu),
    }),
    rule('seen-by', {
      // "dokumenter som NRK har fått innsyn i", "tall VG har innhentet"
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:som|dokumenter|dokumentene|tall|tallene|e-poster|rapporten|brevet|notatet)\s+$/iu,
      ),
      after: u(
        /^\s+(?:har\s+|hadde\s+|fikk\s+)?(?:sett|fått\s+innsyn|fått\s+tilgang|fått\s+se|innhentet|henta\s+inn|hentet\s+inn|gjennomgått|fått\s+tak\s+i|kartlagt)\b/iu,
      ),
    }),
    rule('footage', {
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        /\b(?:video|videoen|opptak|opptaket|opptak|bilder|bildene|klipp|klippet|TV-bilder|videoklipp|filmet|filma)\s+(?:fra|frå|publisert\s+av|sendt\s+av|delt\s+av|tatt\s+av|av)\s+$/iu,
      ),
    }),
    rule('byline-av', {
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:[Aa]v|AV)\s+(?:[^\n,]{1,60},\s*)?$/u,
    }),
    rule('inverted', {
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"”»])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}$`, 'i')),
      endings: [''],
    }),
    rule('contacted', {
      // The newsroom's own legwork: "Vårt Land har snakket med flere prester", "VG har vært i
      // kontakt med", "NRK har forsøkt å nå statsråden".
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:som\s+)?(?:har|hadde)\s+(?:(?:snakket|snakka|pratet|prata|vært\s+i\s+kontakt|vore\s+i\s+kontakt)\s+med|(?:forsøkt|prøvd|freista)\s+å\s+(?:nå|få\s+(?:kontakt|svar|tak))|intervjuet|intervjua)\b/iu,
      ),
      endings: [''],
    }),
    rule('piece-in', {
      // "Det kommer fram i en reportasje i Aftenposten", "i en ny sak fra NRK"
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:i|fra|frå)\s+(?:en|ei|et|eit)\s+(?:ny\s+|fersk\s+)?(?:sak|artikkel|reportasje|nyhetssak|oppslag|rapport|dokumentar)\s+(?:i|hos|fra|frå)\s+$/iu,
      ),
    }),
    rule('reported', {
      // "VG skriver", "Det var Nettavisen som først omtalte saken" (a cleft keeps "som")
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^\\s+(?:som\\s+)?(?:har\\s+|hadde\\s+|kan\\s+|kunne\\s+)?(?:${ADVERBS}\\s+){0,2}${REPORTS}\\b`,
        ),
      ),
      endings: [''],
    }),
  ];
}

/** Norwegian Bokmål: its cue rules (shared with Nynorsk), descriptors and words. */
export const NB: LanguagePack = {
  code: 'nb',
  name: 'Norwegian Bokmål',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ikke', 'aldri'],
  // Pages that only say "Norwegian" are nearly all in Bokmål.
  otherCodes: ['no'],
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?:[Dd]en|[Dd]et|[Dd]ei|[Dd]e)\\s+)?(?:[\\p{Ll}-]+e\\s+){0,2}${NO_DESCRIPTOR_START}\\s+$`,
    ),
  ),
  rules: norwegianRules('nb'),
  words: {
    and: ['og', 'eller'],
    articles: [],
    sourceLabels: ['Kilde', 'Kilder', 'Kjelde', 'Kjelder'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Bilde', 'Video', 'Illustrasjon', 'Grafikk'],
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
    NO: ['norsk'],
    SE: ['svensk'],
    DK: ['dansk'],
    DE: ['tysk'],
    FR: ['fransk'],
    RU: ['russisk'],
    FI: ['finsk'],
    ES: ['spansk'],
    IT: ['italiensk'],
    CN: ['kinesisk'],
    UA: ['ukrainsk'],
  },
  outletNouns: {
    'news-agency': ['nyhetsbyrå', 'nyhetsbyrået', 'nyheitsbyrå', 'byrå', 'byrået'],
    newspaper: [
      'avis',
      'avisen',
      'avisa',
      'lokalavis',
      'lokalavisen',
      'lokalavisa',
      'riksavis',
      'dagsavis',
      'ukeavis',
    ],
    broadcaster: ['kanal', 'kanalen', 'tv-kanal', 'radiokanal', 'kringkaster', 'statskanal'],
    magazine: ['magasin', 'magasinet', 'tidsskrift'],
    online: ['nettavis', 'nettavisen', 'nettsted', 'nettstad', 'medie', 'mediet'],
  },
  // Suffixed articles and the genitive ("nettavisen", "lokalradioen", "avisas").
  outletNounEndings: ['en', 'a', 'et', 'n', 'ene', 'ne', 's', 'ens', 'ets'],
  compoundOutletNouns: ['avis', 'radio'],
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Departement',
    'Regjeringen',
    'Universitet',
    'Direktorat',
    'Direktoratet',
    'Kommune',
    'Politi',
    'Politiet',
    'Tingrett',
    'Institutt',
    'Bank',
    'Stiftelse',
    'Forening',
    'Parti',
    'Stortinget',
    'AS',
    'ASA',
    'Vegvesen',
  ],
  ownerWords: ['sin', 'sitt', 'sine', 'egen', 'eget'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: [
      '-posten',
      'Posten',
      '-avisen',
      'Avisen',
      'Avis',
      'Tidende',
      '-bladet',
      'Blad',
      'Dagblad',
    ],
    broadcaster: ['Radio', 'TV', 'Kringkasting'],
  },
  // The genitive: "NRKs Dagsnytt 18", "Aftenpostens podkast", "TV 2s" (and "NRK's", often seen).
  inflection: { endings: ['s'], joiners: ["'", '’'] },
};
