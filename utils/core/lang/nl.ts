import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/** An optional article before the name: "de NOS", "het ANP". */
const ART = '(?:de\\s+|het\\s+|een\\s+)?';

/** Reporting verbs, present, past and participle: "meldt de NOS", "NRC schreef", "heeft gemeld". */
const REPORTS = phrases(`
  meldt
  meldde
  melden
  meldden
  gemeld
  schrijft
  schreef
  schrijven
  geschreven
  bericht
  berichtte
  berichten
  berichtten
  rapporteert
  rapporteerde
  gerapporteerd
  onthult
  onthulde
  onthuld
  citeert
  citeerde
  publiceert
  publiceerde
  gepubliceerd
  weet
  wist
  heeft ingezien
  ingezien
  heeft in handen
  heeft gezien
  maakt bekend
  maakte bekend
  maakten bekend
  heeft bekendgemaakt
  bekendgemaakt
  brengt naar buiten
  bracht naar buiten
  naar buiten gebracht
`);

/** Words between a verb and the name: "meldt ook de NOS", "schreef eerder NRC". */
const ADVERBS = phrases(`
  ook
  eerder
  eerst
  vandaag
  gisteren
  vanavond
  vanochtend
  maandag
  dinsdag
  woensdag
  donderdag
  vrijdag
  zaterdag
  zondag
`);

/** Verbs of saying before "tegen"/"tegenover"/"aan": "zegt hij tegen de NOS". */
const SAID = phrases(`
  zegt
  zei
  zeiden
  zeggen
  gezegd
  vertelt
  vertelde
  verteld
  laat weten
  liet weten
  lieten weten
  bevestigt
  bevestigde
  bevestigd
  verklaart
  verklaarde
  benadrukt
  benadrukte
  reageert
  reageerde
  herhaalt
  herhaalde
  erkent
  erkende
  ontkent
  ontkende
  stelt
  stelde
  waarschuwt
  waarschuwde
  antwoordt
  antwoordde
  geeft aan
  gaf aan
  licht toe
  lichtte toe
  schrijft
  schreef
`);

/** Media events before the name: "in een interview met NRC", "in de uitzending van RTL Nieuws". */
const MEDIA = phrases(`
  interview
  gesprek
  vraaggesprek
  uitzending
  nieuwsuitzending
  programma
  radioprogramma
  tv-programma
  actualiteitenprogramma
  talkshow
  podcast
  debat
  reportage
  documentaire
  journaal
  studio
`);

/** Credits of an outlet's work: "een rondgang van de NOS", "in een analyse in De Morgen". */
const WORK_REPORT = phrases(`
  rondgang
  rondvraag
  reconstructie
  onderzoek
  inventarisatie
  reportage
  artikel
  publicatie
  onthulling
  bericht
  berichtgeving
`);
const WORK_ANALYSIS = phrases(`
  analyse
  berekening
  berekeningen
  peiling
  opiniepeiling
  enquête
  doorrekening
`);

/** A descriptor before the name: "persbureau ANP", "de Britse krant The Guardian". */
const DESCRIPTOR = phrases(`
  persbureau
  persagentschap
  nieuwsagentschap
  krant
  dagblad
  ochtendkrant
  zakenkrant
  zusterkrant
  omroep
  zender
  nieuwszender
  tv-zender
  radiozender
  tijdschrift
  weekblad
  nieuwssite
  nieuwswebsite
  website
  blad
  openbare omroep
  publieke omroep
  regionale omroep
  programma
  tv-programma
  televisieprogramma
  radioprogramma
  actualiteitenprogramma
  nieuwsprogramma
  praatprogramma
  talkshow
`);

/** Dutch (the Netherlands and Flanders): its cue rules, descriptors and words. */
export const NL: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['niet', 'nooit', 'geen'],
  descBefore: u(
    new RegExp(`((?:^|\\s)(?:de\\s+|het\\s+|een\\s+)?)(?:[\\p{Ll}-]+e\\s+){0,2}${DESCRIPTOR}\\s+$`),
  ),
  rules: [
    {
      // "Hij werkte eerder voor het Nieuwsblad", "schrijft voor DvhN", "uitgezonden door de NOS"
      id: 'nl-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `\\b(?:(?:uitgezonden|uitgezonden\\s+door|te\\s+zien|te\\s+horen|gepresenteerd)\\s+(?:op|bij|door)|(?:in\\s+handen|eigendom)\\s+van|(?:overgenomen|gekocht|aangeklaagd)\\s+door|(?:werkt|werkte|werkten|gewerkt|schrijft|schreef|verslaggever|correspondent|presentator|presentatrice|hoofdredacteur|redacteur|journalist|columnist|fotograaf)\\s+(?:eerder\\s+|nu\\s+|jarenlang\\s+)?(?:bij|voor|van))\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'nl-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:zendt|zond|neemt\s+over|nam\s+over|ontslaat|ontsloeg|bezuinigt|bezuinigde|lanceert|lanceerde|stopt|stopte|verhuist|verhuisde|is\s+eigendom)\b/iu,
      ),
      endings: [''],
    },
    {
      // "een peiling van Ipsos in opdracht van de NOS", "een enquête voor RTL Nieuws"
      id: 'nl-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `\\b(?:peiling|opiniepeiling|enquête|onderzoek|rondvraag)\\b[^\\n.]{0,60}?\\b(?:in\\s+opdracht\\s+van|voor)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'nl-work-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(new RegExp(`\\b${WORK_ANALYSIS}\\s+(?:van|door|in|uit)\\s+${ART}$`, 'i')),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      id: 'nl-volgens',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:volgens|aldus|zo\\s+meldt|zo\\s+schrijft|zo\\s+bericht|zo\\s+meldde|zo\\s+schreef|naar\\s+verluidt\\s+volgens)\\s+(?:(?:cijfers|gegevens|informatie|berichten|bronnen|documenten|ingewijden|een\\s+rapport|een\\s+artikel)\\s+(?:van|die|in|uit|bij|tegenover)\\s+)?${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'nl-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `\\b(?:onder\\s+verwijzing\\s+naar|met\\s+verwijzing\\s+naar|verwijzend\\s+naar|op\\s+basis\\s+van\\s+berichten\\s+(?:van|in)|citeert|citeerde|citerend)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'nl-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}(?:\\s+(?!dat\\b|die\\b|of\\b|om\\b)[\\p{L}\\d-]+,?){0,8}?\\s+(?:tegen|tegenover|aan)|(?:reactie|verklaring|mail|e-mail|toelichting)\\s+(?:aan|tegen|tegenover))\\s+${ART}$`,
          'i',
        ),
      ),
      // "tegen de NOS-verslaggever" is still the NOS; "aan de NOS-directeur" is not a statement to it.
      after: /^(?![-‐]\p{L}+(?:directeur|baas|top|leiding)\b)/u,
    },
    {
      // "Tegen de NOS zegt hij …", "Tegenover NRC bevestigt …"
      id: 'nl-told-front',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»"”]\s+|\n)\s*(?:Tegen|Tegenover)\s+(?:de\s+|het\s+)?$/u,
      after: u(new RegExp(`^\\s*,?\\s+${SAID}\\b`)),
    },
    {
      id: 'nl-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:in|tijdens)\\s+(?:een\\s+|het\\s+|de\\s+)?(?:[\\p{L}-]+\\s+)?${MEDIA}\\s+(?:met|van|bij|op|voor|in)|in\\s+gesprek\\s+met|te\\s+gast\\s+(?:bij|in)|aan\\s+tafel\\s+bij|geïnterviewd\\s+door|ondervraagd\\s+door)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "zei hij in NRC", "reageerde in De ochtend op Radio 1": said in a paper or on a channel.
      id: 'nl-said-in',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b${SAID}(?:\\s+(?!dat\\b|die\\b|of\\b|om\\b)[\\p{L}\\d-]+,?){0,6}?\\s+(?:in|op)(?<!reageer(?:t|de|den)\\s{1,3}op)\\s+${ART}$`,
          'i',
        ),
      ),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      // "in het NOS Journaal", "op NPO Radio 1", "in de VRT-uitzending"
      id: 'nl-programme',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:in|op|bij)\s+(?:het\s+|de\s+)?$/iu),
      after: u(
        /^(?:\s+|-)(?:Journaal|journaal|Jeugdjournaal|uitzending|nieuwsuitzending|programma|podcast|talkshow|radioprogramma|tv-programma)\b/u,
      ),
    },
    {
      id: 'nl-work-report',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(new RegExp(`\\b${WORK_REPORT}\\s+(?:van|door|in|uit)\\s+${ART}$`, 'i')),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      // "documenten die NRC heeft ingezien", "stukken die RTL Nieuws in handen heeft"
      id: 'nl-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:die|dat|welke)\s+(?:de\s+|het\s+)?$/iu),
      after: u(
        /^\s+(?:heeft\s+|hebben\s+|had\s+)?(?:ingezien|in\s+handen\s+(?:heeft|kreeg|heeft\s+gekregen)|opvroeg|opgevraagd|verzamelde|verzameld|analyseerde|geanalyseerd|publiceerde|gepubliceerd)\b/iu,
      ),
    },
    {
      id: 'nl-published-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:gepubliceerd|onthuld|gemeld|bericht|naar\\s+buiten\\s+gebracht|geciteerd|eerder\\s+gemeld|als\\s+eerste\\s+gemeld)\\s+(?:\\p{L}+\\s+)?(?:door|in|bij)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      id: 'nl-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        new RegExp(
          `\\b(?:beelden|videobeelden|camerabeelden|video|filmpje|opnames|tv-beelden)\\s+(?:van|die|gemaakt\\s+door|gedeeld\\s+door|uitgezonden\\s+door|verkregen\\s+door)\\s+${ART}$`,
          'i',
        ),
      ),
    },
    {
      // "Foto ANP / Robin Utrecht", "Beeld ANP": a caption credit without a colon.
      id: 'nl-photo',
      kind: 'photo',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n|[.!?]\s)\s*(?:Foto|FOTO|Beeld|BEELD)\s+(?:[^\n.:]{0,40}[/|,]\s*)?$/u,
    },
    {
      id: 'nl-byline-door',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:[Dd]oor|DOOR)\s+(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'nl-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"”»])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}${ART}$`, 'i')),
      endings: [''],
    },
    {
      id: 'nl-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(`^\\s+(?:heeft\\s+|had\\s+|hebben\\s+)?(?:${ADVERBS}\\s+){0,2}${REPORTS}\\b`),
      ),
      endings: [''],
    },
  ],
  words: {
    and: ['en', 'of'],
    articles: ['de', 'het', 'een', "'t"],
    sourceLabels: ['Bron', 'Bronnen'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Beeld', 'Video', 'Illustratie', 'Grafiek'],
    photoMarks: [],
    with: ['met'],
    material: [],
    from: [],
    nameParticles: ['van', 'voor'],
    publishedBy: ['van', 'door'],
  },
  countries: {
    NL: ['nederlands', 'hollands'],
    BE: ['belgisch', 'vlaams', 'waals'],
    US: ['amerikaans'],
    GB: ['brits', 'engels'],
    DE: ['duits'],
    FR: ['frans'],
    ES: ['spaans'],
    IT: ['italiaans'],
    RU: ['russisch'],
    UA: ['oekraïens'],
    CN: ['chinees'],
    TR: ['turks'],
  },
  outletNouns: {
    'news-agency': ['persbureau', 'persagentschap', 'nieuwsagentschap', 'persbureaus'],
    newspaper: [
      'krant',
      'kranten',
      'dagblad',
      'dagbladen',
      'ochtendkrant',
      'zakenkrant',
      'weekblad',
    ],
    broadcaster: [
      'omroep',
      'omroepen',
      'zender',
      'zenders',
      'nieuwszender',
      'tv-zender',
      'radiozender',
    ],
    magazine: ['tijdschrift', 'magazine', 'blad'],
    online: ['nieuwssite', 'nieuwswebsite', 'website', 'site'],
  },
  // Plurals and the genitive; compounds close with the nouns ("nieuwssite", "regiokrant").
  outletNounEndings: ['en', 's'],
  compoundOutletNouns: ['krant', 'omroep', 'zender'],
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministerie',
    'Regering',
    'Universiteit',
    'Gemeente',
    'Politie',
    'Rechtbank',
    'Instituut',
    'Bank',
    'Stichting',
    'Vereniging',
    'Partij',
    'Kamer',
    'Dienst',
  ],
  ownerWords: ['zijn', 'haar', 'hun', 'eigen'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'Omroep', 'RTV', 'TV'] },
  nameEndings: {
    newspaper: [
      'Dagblad',
      'Courant',
      'Krant',
      '-krant',
      'Nieuwsblad',
      'Telegraaf',
      'Volkskrant',
      'Standaard',
      'Tijd',
      'Morgen',
      'Gazet',
    ],
    broadcaster: ['Radio', 'TV', 'Omroep', 'FM'],
  },
  // The genitive, rare for outlets: "NRC's", "ANP's".
  inflection: { endings: ['s'], joiners: ["'", '’'] },
};
