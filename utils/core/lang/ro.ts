import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { alternation, phrases, u } from './regex';

/**
 * Romanian glues its article to the noun and declines it: "ziarul Adevărul", "potrivit
 * Adevărului" (genitive-dative -ului), "potrivit Libertății", "agenției Reuters". Names change
 * through `inflection.stems` below; descriptors ("agenția", "postului") take the adjectives that
 * follow them ("publicația americană Politico"). Web pages often drop the diacritics or write ş
 * and ţ with a cedilla: `dia` lets every pattern read all three spellings.
 */
function dia(source: string): string {
  return source
    .replace(/ă/g, '[ăa]')
    .replace(/â/g, '[âa]')
    .replace(/î/g, '[îi]')
    .replace(/ș/g, '[șşs]')
    .replace(/ț/g, '[țţt]');
}

/** A Romanian pattern: diacritics optional, Unicode word boundaries, case-insensitive. */
function ro(source: string): RegExp {
  return u(new RegExp(dia(source), 'i'));
}

/** Reporting verbs: present, compound past (sing. and plural), imperfect: "relatează", "a scris". */
const REPORTS = phrases(`
  relatează
  a relatat
  au relatat
  relata
  scrie
  a scris
  au scris
  scria
  informează
  a informat
  au informat
  informa
  transmite
  a transmis
  au transmis
  transmitea
  anunță
  a anunțat
  au anunțat
  anunța
  notează
  a notat
  precizează
  a precizat
  arată
  a arătat
  dezvăluie
  a dezvăluit
  au dezvăluit
  a aflat
  află
  au aflat
  susține
  a susținut
  menționează
  a menționat
  citează
  a citat
  publică
  a publicat
  au publicat
  semnalează
  a semnalat
  confirmă
  a confirmat
  mai scrie
  mai notează
  mai relatează
  mai precizează
  mai arată
  mai informează
`);

/** Words between a verb and the name: "a relatat joi Reuters", "scrie și Adevărul". */
const ADVERBS = phrases(`
  și
  joi
  luni
  marți
  miercuri
  vineri
  sâmbătă
  duminică
  ieri
  azi
  astăzi
  aseară
  recent
  anterior
  deja
  primul
  prima
  în exclusivitate
  vineri seara
  luni dimineață
`);

/** Verbs of saying before "pentru" (told): "a declarat pentru Digi24". */
const SAID = phrases(`
  a declarat
  au declarat
  declară
  a spus
  au spus
  spune
  a precizat
  precizează
  a explicat
  explică
  a afirmat
  afirmă
  a transmis
  a confirmat
  confirmă
  a mărturisit
  a subliniat
  subliniază
  a adăugat
  a răspuns
  a comentat
  a povestit
  povestește
  a dezvăluit
  a arătat
  a menționat
  a susținut
  a recunoscut
  recunoaște
  a avertizat
  a negat
  a admis
  a completat
  a insistat
  a apreciat
  a estimat
  a dat asigurări
  a declarat în exclusivitate
  a spus în exclusivitate
  au precizat
  au explicat
  au confirmat
  au transmis
  au afirmat
  au dezvăluit
  au menționat
  a fost confirmat
  a fost confirmată
  au fost confirmate
  a fost precizat
`);

/** Descriptors before a name: "agenția", "publicației", "postul de televiziune", "site-ul". */
const DESCRIPTOR = alternation(
  `
  agenția
  agenției
  agenția de presă
  agenției de presă
  agenția de știri
  agenției de știri
  ziarul
  ziarului
  cotidianul
  cotidianului
  publicația
  publicației
  săptămânalul
  săptămânalului
  revista
  revistei
  postul
  postului
  postul de televiziune
  postului de televiziune
  postul de radio
  postului de radio
  televiziunea
  televiziunii
  radioul
  radioului
  site-ul
  site-ului
  portalul
  portalului
  platforma
  platformei
  televiziunea publică
  televiziunii publice
  radioul public
  radioului public
`
    .split('\n')
    .map((l) => l.trim()),
  true,
);

/** Romanian (Romania and Moldova): its cue rules, descriptors, words and the case of names. */
export const RO: LanguagePack = {
  code: 'ro',
  otherCodes: ['mo'],
  name: 'Romanian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['nu', 'niciodată'],
  // Adjectives follow the descriptor: "publicația americană", "agenția rusă de presă".
  descBefore: u(
    new RegExp(dia(`((?:^|\\s))${DESCRIPTOR}(?:\\s+(?:de\\s+)?[\\p{Ll}-]+){0,2}\\s+$`)),
  ),
  rules: [
    {
      // A study in a journal ('un studiu publicat în revista Nature') cites a journal, no outlet.
      id: 'ro-journal',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:studiu(?:l)?|studii(?:le)?|cercetare(?:a)?|lucrare(?:a)?)\\s+(?:științific[ăe]?\\s+)?(?:publicat[ăe]?|apărut[ăe]?)\\s+(?:\\p{Ll}+\\s+)?(?:în|pe)\\s+(?:revista(?:\\s+științifică)?\\s+)?$`,
          'iu',
        ),
      ),
    },
    {
      // "a lucrat la Adevărul", "redactor-șef al Evenimentului Zilei", "deținut de Antena 3"
      id: 'ro-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:a\\s+lucrat|lucrează|lucra|a\\s+fost\\s+angajat|a\\s+fost\\s+angajată|angajat|angajată|a\\s+debutat|scrie|scria|a\\s+scris|semnează)(?:\\s+(?:timp\\s+de\\s+\\S+\\s+ani|mai\\s+întâi|anterior|ulterior|ani\\s+de\\s+zile))?\\s+(?:la|pentru|în)|(?:jurnalist|jurnalistă|jurnaliștii|reporter|reporteră|redactor|redactoră|redactor-șef|redactorul-șef|editor|editorialist|editorialistă|realizator|realizatoare|moderator|moderatoare|prezentator|prezentatoare|corespondent|corespondentă|colaborator|colaboratoare|director|directoare|directorul|fondator|fondatorul|patron|patronul|proprietar|proprietarul|acționar|acționarul|angajat|angajații|fost\\s+angajat)\\s+(?:al|a|ai|ale|la|de\\s+la|în\\s+cadrul)?|(?:deținut|deținută|deținute|controlat|controlată|cumpărat|cumpărată|preluat|preluată|amendat|amendată|sancționat|sancționată)\\s+de|(?:transmis|transmisă|transmise|difuzat|difuzată|difuzate|va\\s+fi\\s+transmis|va\\s+fi\\s+transmisă|va\\s+fi\\s+difuzat|va\\s+fi\\s+difuzată)\\s+(?:în\\s+direct\\s+|live\\s+)(?:de|pe|la)|CNA\\s+a\\s+amendat|a\\s+amendat|a\\s+sancționat|a\\s+dat\\s+în\\s+judecată)\\s+$`,
      ),
    },
    {
      id: 'ro-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: ro(
        `^\\s+(?:va\\s+transmite|va\\s+difuza|transmite\\s+în\\s+direct|transmite\\s+live|difuzează|a\\s+difuzat\\s+(?:meciul|filmul|serialul|emisiunea)|a\\s+concediat|concediază|a\\s+angajat|angajează|a\\s+fost\\s+amendat|a\\s+fost\\s+amendată|a\\s+fost\\s+sancționat|a\\s+fost\\s+sancționată|a\\s+fost\\s+vândut|a\\s+fost\\s+vândută|a\\s+fost\\s+cumpărat|a\\s+fost\\s+cumpărată|și-a\\s+închis|se\\s+închide|a\\s+lansat|lansează|a\\s+dat\\s+în\\s+judecată|a\\s+câștigat\\s+procesul|aniversează|împlinește|are\\s+un\\s+nou)\\b`,
      ),
    },
    {
      // "sondajul INSCOP realizat la comanda News.ro", "un sondaj CURS pentru Antena 3"
      id: 'ro-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:sondaj|sondajul|sondajului|barometrul|cercetarea|un\\s+studiu)\\b[^\\n.]{0,60}?\\b(?:la\\s+comanda|la\\s+cererea|comandat\\s+de|comandat\\s+de\\s+către|realizat\\s+pentru|pentru)\\s+$`,
      ),
    },
    {
      // "o analiză a Ziarului Financiar", "calculele HotNews.ro", "potrivit unei analize Digi24"
      id: 'ro-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:analiza|analiză|analizei|analizele|calculele|calculul|calcule|estimările|o\\s+analiză|un\\s+calcul|o\\s+simulare|simularea|clasamentul|topul)\\s+(?:realizat(?:ă|e)?\\s+de|făcut(?:ă|e)?\\s+de|a|al|ale|din)?\\s*$`,
      ),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      id: 'ro-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:potrivit|conform|citat|citată|citați|citate|citat\\s+de\\s+către|după\\s+cum\\s+(?:${REPORTS}|a\\s+anunțat)(?:\\s+(?:${ADVERBS}))?|cum\\s+(?:${REPORTS}))\\s+(?:(?:unor|unei|unui|datelor|informațiilor|surselor|calculelor|estimărilor|documentelor|înregistrărilor)\\s+(?:informații|surse|date|articol|anchete|investigații|materiale|documente)?\\s*(?:obținute|obținut|publicate|publicat|citate|citat|consultate|consultat|ale|al|a|din|de\\s+la|de)\\s+(?:de\\s+)?|de\\s+)?$`,
      ),
    },
    {
      // "Reuters, citând surse", relays: "care citează Bloomberg", "cu referire la un articol din"
      id: 'ro-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:citând|care\\s+citează|care\\s+a\\s+citat|cu\\s+referire\\s+la|făcând\\s+referire\\s+la|preluând|preluat\\s+de|preluată\\s+de|preluate\\s+de|care\\s+preia|care\\s+a\\s+preluat)\\s+(?:(?:informații|date|un\\s+articol|articolul|un\\s+material|materialul)\\s+(?:din|de\\s+la|publicat\\s+de|al|a)\\s+)?$`,
      ),
    },
    {
      // "a declarat pentru Digi24", "a spus, pentru Adevărul,"
      id: 'ro-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:${SAID})(?:\\s+(?!că\\b|ca\\b|despre\\b)[\\p{L}\\d-]+,?){0,3}?,?\\s+pentru\\s+$`,
      ),
    },
    {
      // "Pentru Digi24, ministrul a explicat că …"
      id: 'ro-told-front',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»"”]\s+|\n)\s*(?:Pentru|PENTRU)\s+$/u,
      after: ro(`^\\s*,\\s+[^\\n.]{0,60}?\\b(?:${SAID})\\b`),
    },
    {
      // "într-un interviu acordat Adevărului", "invitat la Digi24", "în emisiunea … de la Antena 3"
      id: 'ro-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:într-un|într-o|în|în\\s+cadrul|la)\\s+(?:un\\s+|o\\s+)?(?:interviu|interviul|dialog|emisiune|emisiunea|emisiunii|talk-show|talk-show-ul|podcast|podcastul|jurnal|jurnalul|știrile|intervenție|intervenția|intervenție\\s+telefonică|direct|ediție|ediția|dezbatere|dezbaterea)(?:\\s+«[^»\\n]{1,60}»|\\s+„[^”\\n]{1,60}”|\\s+"[^"\\n]{1,60}")?(?:\\s+(?:acordat|acordată|exclusiv|exclusivă|televizat|radio|live))?\\s+(?:pentru|la|de\\s+la|de\\s+pe|cu|al|a|din)?|interviu\\s+acordat|interviul\\s+acordat|(?:invitat|invitată|invitații|invitatul|invitata)\\s+(?:în\\s+emisiunea\\s+[^\\n,.]{1,60}?\\s+de\\s+)?(?:la|în\\s+studioul|în\\s+platoul|pe)|prezent\\s+în\\s+studioul|prezentă\\s+în\\s+studioul|în\\s+studioul|în\\s+platoul|în\\s+direct\\s+(?:la|pe))\\s+$`,
      ),
    },
    {
      // "a declarat la Digi24", "a spus, la Antena 3, că": said on a channel.
      id: 'ro-said-at',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:${SAID})(?:\\s+(?!că\\b|ca\\b)[\\p{L}\\d-]+,?){0,3}?,?\\s+(?:la|pe|în\\s+direct\\s+la)\\s+$`,
      ),
    },
    {
      // "o anchetă a Recorder", "un articol publicat de HotNews.ro", "dezvăluirile Libertății"
      id: 'ro-work',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:(?:o\\s+|un\\s+)?(?:anchetă|ancheta|anchetei|investigație|investigația|investigației|articol|articolul|articolului|material|materialul|reportaj|reportajul|dezvăluire|dezvăluirea|dezvăluirile|informație|informația|informațiile|știrea|știre|documentar|documentarul|serial|serialul)\\s+(?:publicat(?:ă|e)?\\s+(?:de|în|pe)|apărut(?:ă|e)?\\s+(?:în|pe)|semnat(?:ă|e)?\\s+de|difuzat(?:ă|e)?\\s+de|realizat(?:ă|e)?\\s+de|exclusiv(?:ă|e)?\\s+(?:a|al)|a|al|ale|din|de\\s+la|de\\s+pe)?)\\s+$`,
      ),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      // "documente consultate de Recorder", "informații obținute de G4Media"
      id: 'ro-obtained-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:documente|documentele|date|datele|informații|informațiile|înregistrări|înregistrările|surse|sursele|acte|actele|mesaje|mesajele|e-mailuri)\\s+(?:\\p{L}+\\s+)?(?:consultat(?:ă|e)?|obținut(?:ă|e)?|studiat(?:ă|e)?|analizat(?:ă|e)?|citat(?:ă|e)?|văzut(?:ă|e)?|accesat(?:ă|e)?|consultați|obținuți|citați)\\s+(?:în\\s+exclusivitate\\s+)?(?:de|de\\s+către)\\s+$`,
      ),
    },
    {
      // "informația a fost confirmată de Mediafax", "dezvăluit de Recorder", "publicat în Adevărul"
      id: 'ro-published-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:publicat|publicată|publicate|relatat|relatată|dezvăluit|dezvăluită|dezvăluite|anunțat|anunțată|confirmat|confirmată|confirmate|semnalat|semnalată|scris|scrisă|apărut|apărută|difuzat|difuzată|prezentat|prezentată)(?:\\s+(?:pentru\\s+prima\\s+dată|prima\\s+dată|inițial|ieri|recent|anterior))?\\s+(?:de|de\\s+către|în|pe)\\s+$`,
      ),
      after: /^(?![-‐]\p{L})/u,
    },
    {
      // "imagini difuzate de Digi24", "un video publicat de Libertatea"
      id: 'ro-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: ro(
        `(?<![\\p{L}\\p{N}\\p{M}])(?:imagini|imaginile|imaginilor|video|videoclip|videoclipul|înregistrarea|înregistrare|filmare|filmarea|filmările|clip|clipul|fotografii|fotografiile)\\s+(?:\\p{L}+\\s+)?(?:difuzat(?:ă|e)?|transmis(?:ă|e)?|publicat(?:ă|e)?|obținut(?:ă|e)?|surprins(?:ă|e)?|prezentat(?:ă|e)?|postat(?:ă|e)?|realizat(?:ă|e)?)\\s+(?:de|de\\s+către|pe|la)\\s+$`,
      ),
    },
    {
      id: 'ro-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: ro(`(?:^|[\\s,;:"”»–—-])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}$`),
    },
    {
      id: 'ro-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: ro(`^,?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS})\\b`),
    },
  ],
  words: {
    and: ['și', 'sau'],
    articles: [],
    sourceLabels: ['Sursa', 'Sursă', 'Surse', 'Sursele'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [
      'Foto',
      'Fotografie',
      'Fotografii',
      'Imagine',
      'Video',
      'Captură video',
      'Grafică',
      'Sursa foto',
      'Sursă foto',
      'Credit foto',
      'Sursa video',
    ],
    photoMarks: [],
    with: ['cu'],
    material: [],
    from: [],
    nameParticles: ['de', 'din'],
    publishedBy: [],
  },
  countries: {
    RO: ['român', 'romîn', 'romania'],
    MD: ['moldov', 'basarab'],
    US: ['american', 'sua'],
    GB: ['britanic', 'englez', 'marea britanie'],
    DE: ['german'],
    FR: ['francez', 'franța'],
    RU: ['rus', 'rusia'],
    UA: ['ucrain'],
    IT: ['italian'],
    ES: ['spaniol'],
    HU: ['maghiar', 'ungar'],
  },
  outletNouns: {
    'news-agency': ['agenție', 'agenția', 'agenție de presă', 'agenție de știri'],
    newspaper: ['ziar', 'ziarul', 'cotidian', 'cotidianul', 'săptămânal', 'gazetă'],
    broadcaster: [
      'post',
      'post de televiziune',
      'post de radio',
      'televiziune',
      'televiziunea',
      'radio',
      'canal',
    ],
    magazine: ['revistă', 'revista'],
    online: ['site', 'site-ul', 'portal', 'publicație online', 'publicația'],
  },
  nameEndings: {
    newspaper: ['Gazeta', 'Ziarul', 'Cotidianul', 'Adevărul'],
    broadcaster: ['TV', 'FM', 'Radio'],
  },
  nameStarts: { broadcaster: ['Radio', 'TVR'], newspaper: ['Ziarul', 'Gazeta'] },
  nameJoiners: ['de', 'din'],
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").

    'Ministerul',
    'Universitatea',
    'Guvernul',
    'Primăria',
    'Consiliul',
    'Oficial',
    'Oficială',
    'SRL',
    'SA',
  ],
  // Articled names decline: "Adevărul" → "Adevărului", "Libertatea" → "Libertății", "Gazeta
  // Sporturilor" → "Gazetei Sporturilor"; foreign names take the article after a hyphen
  // ("CNN-ului", "BBC-ul").
  inflection: {
    endings: ['ul', 'ului'],
    joiners: ['-'],
    stems: {
      ul: ['ului'],
      atea: ['ății'],
      a: ['ei', 'e'],
    },
  },
};
