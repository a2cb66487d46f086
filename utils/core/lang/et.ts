import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Estonian credits hang on the case of the name, as in Finnish: "ERR-i teatel", "Postimehe
 * andmetel" (genitive), "ütles ERR-ile" (allative), "kirjutab Postimees" (nominative), "rääkis
 * ERR-iga" (comitative). Abbreviations take the ending after a hyphen ("BNS-i"); the stems of
 * Estonian names change ("Postimees" → "Postimehe", "Päevaleht" → "Päevalehe").
 */
const GENITIVE = ['', 'i', 'e', 'a'];
const ALLATIVE = ['le', 'ile', 'ele', 'ale'];
const COMITATIVE = ['ga', 'iga', 'ega'];
/** Where someone works: "töötas Postimehes", "ERR-is". */
const INESSIVE = ['s', 'is', 'es'];
const OTHER_CASES = 'l il st ist est sse isse d id t ni ks iks na ta';

/** Reporting verbs, present and past: "kirjutab", "teatas", "vahendab". */
const REPORTS = phrases(`
  kirjutab
  kirjutas
  kirjutasid
  on kirjutanud
  teatab
  teatas
  teatasid
  on teatanud
  vahendab
  vahendas
  raporteerib
  raporteeris
  avaldas
  avaldab
  edastas
  edastab
  kajastas
  kajastab
  sai teada
  on teada saanud
  selgitas välja
  uuris välja
  andis teada
  annab teada
  tõi välja
  toob välja
  paljastas
  paljastab
  on avaldanud
`);

/** Words between the verb and the name: "kirjutas esmaspäeval Postimees". */
const ADVERBS = phrases(`
  esmalt
  esimesena
  varem
  ka
  eile
  täna
  nüüd
  esmaspäeval
  teisipäeval
  kolmapäeval
  neljapäeval
  reedel
  laupäeval
  pühapäeval
  hommikul
  õhtul
`);

/** Verbs of saying with an allative outlet: "ütles ERR-ile", "kinnitas Postimehele". */
const SAID = phrases(`
  ütles
  ütleb
  ütlesid
  rääkis
  räägib
  kinnitas
  kinnitab
  märkis
  märgib
  lausus
  sõnas
  selgitas
  selgitab
  kommenteeris
  tunnistas
  nentis
  rõhutas
  lisas
  vastas
  avaldas
  teatas
  hoiatas
  lubas
  möönis
  kirjutas
`);

/** Information nouns after a genitive: "ERR-i teatel", "Postimehe andmetel". */
const INFO = phrases(`
  teatel
  andmetel
  info kohaselt
  infol
  hinnangul
  väitel
  allikate sõnul
  allikate teatel
  teatel kirjutas
  uudise kohaselt
  artikli kohaselt
  artiklis
  uudises
  loos
  reportaažis
  uurimuses
  uurimise kohaselt
`);

/** Media events after a genitive: "ERR-i saates", "ETV saates „Esimene stuudio“". */
const MEDIA = phrases(`
  saates
  saatele
  saatesse
  intervjuus
  usutluses
  podcastis
  taskuhäälingus
  uudistes
  otse-eetris
  eetris
  stuudios
  raadiosaates
  telesaates
  veebisaates
`);

/** Estonian: its cue rules, descriptors, words and the case endings of names. */
export const ET: LanguagePack = {
  code: 'et',
  name: 'Estonian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ei', 'pole'],
  descBefore: u(
    /((?:^|\s))(?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]*(?:uudisteagentuur|uudisteagentuuri|ajaleht|ajalehe|leht|lehe|päevaleht|päevalehe|telekanal|telekanali|kanal|kanali|raadiojaam|raadiojaama|portaal|portaali|uudisteportaal|uudisteportaali|väljaanne|väljaande|ringhääling|ringhäälingu|meediaväljaanne|meediaväljaande|nädalaleht|nädalalehe))\s+$/u,
  ),
  rules: [
    {
      // "töötas varem Postimehes", "ERR-is töötav ajakirjanik"
      id: 'et-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:töötas|töötab|töötanud|töötav|oli|on)\s+(?:varem\s+|aastaid\s+|kaua\s+|nüüd\s+)?(?:\p{L}+\s+)?$/iu,
      ),
      endings: INESSIVE,
    },
    {
      // "ERR-i ajakirjanik", "Postimehe peatoimetaja", "ERR näitab mängu otse"
      id: 'et-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:ajakirjanik|ajakirjanikud|peatoimetaja|toimetaja|reporter|saatejuht|juht|juhatuse\s+esimees|omanik|omanikud|töötajad|töötaja|kolumnist|fotograaf|näitab|näitas|kannab\s+üle|kandis\s+üle|koondab|koondas|ostis|müüs|lõpetab|lõpetas|alustab|alustas|kaebas|kaevati)\b/iu,
      ),
      endings: ['', 'i', 'e', 'a'],
    },
    {
      // "Norstati küsitlus ERR-i tellimusel", "Postimehe tellitud uuring"
      id: 'et-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:tellimusel|tellitud\s+(?:\p{L}+\s+)?(?:küsitlus|uuring|küsitluse|uuringu)\p{L}*|(?:värske\s+)?(?:küsitlus|küsitluse|reitinguküsitlus|uuring)\p{L}*\s+(?:järgi|kohaselt))/u,
      ),
      endings: GENITIVE,
    },
    {
      id: 'et-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:värske\s+)?(?:analüüs|analüüsi|arvutused|arvutuste|arvutuse|kokkuvõte|kokkuvõtte|edetabel)\p{L}*/u,
      ),
      endings: GENITIVE,
    },
    {
      id: 'et-teatel',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(new RegExp(`^\\s+(?:${INFO})\\b`)),
      endings: GENITIVE,
    },
    {
      // "vahendusel": relayed through the outlet; "viidates Reutersile"
      id: 'et-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(/(?<![\p{L}\p{N}\p{M}])(?:viidates|viitas|viitab|tsiteerides|tsiteeris)\s+$/iu),
      endings: [...ALLATIVE, 'd', 'i', 't'],
    },
    {
      id: 'et-via',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(/^\s+(?:vahendusel|vahendatud|kaudu)\b/u),
      endings: GENITIVE,
    },
    {
      id: 'et-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${SAID})\\s+(?:\\p{L}+\\s+){0,2}$`, 'i')),
      endings: ALLATIVE,
    },
    {
      // "ERR-ile antud intervjuus", "Postimehele ütles minister"
      id: 'et-told-after',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(`^\\s+(?:(?:${SAID})\\b|antud\\s+(?:intervjuus|kommentaaris|usutluses))`),
      ),
      endings: ALLATIVE,
    },
    {
      // "ERR-i uudisteportaalile ütles", "Postimehe ajakirjanikule kinnitas": the outlet's
      // portal, programme or reporter as the hearer (the name in the genitive).
      id: 'et-told-desc',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^\\s+[\\p{Ll}-]*(?:portaali|lehe|kanali|saate|toimetuse|ajakirjaniku|reporteri|korrespondendi)le\\s+(?:(?:${SAID})\\b|antud\\s+(?:intervjuus|kommentaaris|usutluses))`,
        ),
      ),
      endings: GENITIVE,
    },
    {
      // "ERR-i saates", "Vikerraadio saates „Reporteritund“", "rääkis ERR-iga"
      id: 'et-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(new RegExp(`^\\s+(?:[„"][^“"\\n]{1,60}[“"]\\s+)?(?:${MEDIA})\\b`)),
      endings: GENITIVE,
    },
    {
      id: 'et-talked-with',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?<![\p{L}\p{N}\p{M}])(?:rääkis|vestles|vestlas|rääkides|vesteldes|intervjuus)\s+(?:\p{L}+\s+)?$/iu,
      ),
      endings: COMITATIVE,
    },
    {
      id: 'et-video',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      after: u(
        /^\s+(?:avaldatud\s+|jagatud\s+)?(?:video|videol|videost|kaadrid|kaadritel|kaadritelt|videoklipp|videoklipil)\b/u,
      ),
      endings: GENITIVE,
    },
    {
      id: 'et-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:"”»–—-])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}$`, 'i'),
      ),
      endings: [''],
    },
    {
      id: 'et-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^,?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS})\\b`)),
      endings: [''],
    },
  ],
  words: {
    and: ['ja', 'ning', 'või'],
    articles: [],
    sourceLabels: ['Allikas', 'Allikad'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotod', 'Pilt', 'Video', 'Kaader'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    EE: ['eesti'],
    FI: ['soome'],
    LV: ['läti'],
    LT: ['leedu'],
    RU: ['vene'],
    US: ['ameerika', 'usa'],
    GB: ['briti', 'inglise'],
    DE: ['saksa'],
    FR: ['prantsuse'],
    SE: ['rootsi'],
    UA: ['ukraina'],
  },
  outletNouns: {
    'news-agency': ['uudisteagentuur'],
    newspaper: ['ajaleht', 'leht', 'päevaleht', 'nädalaleht', 'maakonnaleht'],
    broadcaster: ['telekanal', 'kanal', 'raadiojaam', 'ringhääling', 'rahvusringhääling'],
    magazine: ['ajakiri'],
    online: ['portaal', 'uudisteportaal', 'väljaanne', 'meediaväljaanne'],
  },
  compoundOutletNouns: ['leht', 'raadio'],
  // A case ending glued to an outlet noun makes it follow its name ("Karar gazetesinden Elif
  // Çakır"): only the bare noun stands before a name.
  outletNounEndings: [],
  nameEndings: {
    newspaper: ['-leht', 'Leht', 'Päevaleht', 'Postimees', 'Elu', 'Hääl'],
    broadcaster: ['Raadio', 'TV'],
  },
  nameStarts: { broadcaster: ['Raadio'] },
  notOutletWords: ['Ministeerium', 'Ülikool', 'Valitsus', 'Riigikogu', 'AS', 'OÜ'],
  inflection: {
    endings: [
      ...GENITIVE.filter(Boolean),
      ...ALLATIVE,
      ...COMITATIVE,
      ...INESSIVE,
      ...OTHER_CASES.split(' '),
    ],
    joiners: ['-'],
    stems: {
      mees: ['mehe', 'meest'],
      leht: ['lehe', 'lehte'],
      päev: ['päeva'],
    },
  },
};
