import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';
import { forms, pastForms } from './slavic';

/*
 * Czech names decline: "podle agentury Reuters" (genitive), "řekl deníku Právo" / "pro deník"
 * (dative, accusative), "deníkem" (instrumental), "Guardianu", "Bloombergem". Abbreviations
 * (ČTK, ČT, BBC) stay as they are. A descriptor before the name takes the case instead
 * ("agentury", "serveru"): `descBefore` knows its forms, `inflection` the endings and stems.
 */

/** l-participle endings after the masculine form: uvedl → uvedla, uvedlo, uvedli, uvedly. */
const PAST = ['a', 'o', 'i', 'y'];

/** Reporting verbs, past (every gender and number): "ČTK uvedla", "napsal deník Právo". */
const REPORTED_PAST = pastForms(
  `
  uvedl
  informoval
  napsal
  psal
  oznámil
  sdělil
  upozornil
  připomněl
  dodal
  zjistil
  zveřejnil
  získal
  citoval
  přinesl
  otiskl
  potvrdil
  podotkl
  poznamenal
  zmínil
  referoval
  odhalil
  spočítal
  vypočítal
  ověřil
  popsal
  konstatoval
  tvrdil
  hodnotil
  uváděl
  zdůraznil
  varoval
  spekuloval
  odhadl
  komentoval
  zmapoval
  vysvětlil
  přiblížil
  doplnil
  prozradil
  zopakoval
  zaznamenal
  předpověděl
  analyzoval
  zaznamenal
  upřesnil
  poukázal
  ohlásil
`,
  PAST,
);

/** Reporting verbs, present, singular and plural: "píše Blesk", "deníky uvádějí". */
const REPORTS_NOW = forms(`
  píše píší píšou
  uvádí uvádějí
  informuje informují
  upozorňuje upozorňují
  připomíná připomínají
  hodnotí
  tvrdí
  konstatuje konstatují
  cituje citují
  dodává dodávají
  poznamenává
  podotýká
  zmiňuje zmiňují
  spekuluje spekulují
  odhaduje odhadují
  poukazuje poukazují
  popisuje popisují
  referuje referují
  oznamuje oznamují
  sděluje sdělují
  přináší přinášejí
  zjišťuje zjišťují
  zveřejňuje zveřejňují
  varuje varují
  shrnuje
  komentuje komentují
  líčí
  odhaluje odhalují
  vysvětluje vysvětlují
  zdůrazňuje zdůrazňují
  vypočítává
  analyzuje analyzují
  předpovídá
`);

const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW})`;

/** Verbs of telling that take the hearer in the dative: "řekl ČT", "sdělila deníku Právo". */
const TOLD = `(?:${pastForms(
  `
  řekl
  sdělil
  potvrdil
  vysvětlil
  přiznal
  prozradil
  popsal
  ujistil
  slíbil
  nastínil
  naznačil
  připustil
  svěřil
  postěžoval
  popřel
  vzkázal
  odpověděl
  přiblížil
  vyjádřil
`,
  PAST,
)}|${forms(`
  říká říkají
  sděluje
  vysvětluje
  potvrzuje
  přiznává
  popisuje
  připouští
  odpovídá
`)})`;

/** Verbs of saying before "pro": "uvedl pro ČTK", "napsala pro server". */
const SAID = `(?:${TOLD}|${pastForms(
  `
  uvedl
  dodal
  zdůraznil
  upřesnil
  konstatoval
  poznamenal
  podotkl
  zopakoval
  oznámil
  prohlásil
  komentoval
  odmítl
  zhodnotil
  napsal
  odhadl
`,
  PAST,
)}|${forms(`
  uvádí
  tvrdí
  dodává
  zdůrazňuje
  míní
  odhaduje
  prohlašuje
`)})`;

/** Small words between a verb and the name: "uvedla to ČTK", "řekl mu také deník". */
const CLITICS = forms(`
  to
  tak
  se
  si
  mu
  jí
  jim
  o
  tom
  také
  též
  rovněž
  ještě
  už
  již
  dříve
  předtím
  nedávno
  dnes
  včera
  letos
  loni
  minulý
  týden
  jako
  první
  například
  v
  pondělí
  úterý
  středu
  čtvrtek
  pátek
  sobotu
  neděli
`);

/** Nouns of information after "podle": "podle informací ČTK", "podle zjištění deníku". */
const INFO = forms(`
  informací
  zjištění
  údajů
  zpráv zprávy
  zpravodajství
  dat
  dokumentů
  odhadů
  výpočtů propočtů
  článku článků
  reportáže
  textu
  zdrojů
  vyjádření
  záznamů
  materiálů
  dokumentace
  přepisu
`);

/** Media events where a guest speaks: "v rozhovoru pro", "ve vysílání", "v pořadu … ČT". */
const ON_AIR = phrases(`
  v rozhovoru pro
  v rozhovoru s
  v exkluzivním rozhovoru pro
  v interview pro
  v interview s
  rozhovoru pro
  rozhovor pro
  ve vysílání
  v živém vysílání
  v přímém přenosu
  na vlnách
  v debatě
  v diskusi
  v podcastu
  v relaci
  v pořadu
  v diskusním pořadu
  v publicistickém pořadu
  hostem pořadu
  hostem
  v televizním duelu
`);

/** Who speaks between a verb of telling and its dative hearer: "řekl premiér České televizi". */
const SPEAKERS = forms(`
  premiér premiérka
  ministr ministryně
  prezident prezidentka
  starosta starostka
  hejtman hejtmanka
  policie
  poslanec poslankyně
  senátor senátorka
`);

/** Czech: its cue rules, descriptors, words and the case endings of names. */
export const CS: LanguagePack = {
  code: 'cs',
  name: 'Czech',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nikdy'],
  // An adjective may stand before the noun ("regionální deník"); a verb ending like one
  // ("uvádí server", "píše deník") is not one.
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?!(?:${REPORTS}|${SAID})\\s)[\\p{Ll}-]+(?:ý|á|é|ého|ému|ém|ým|ou|í|ího|ímu|ím)\\s+){0,2}(?:agentura|redakce|redakci|redakcí|agentury|agentuře|agenturu|agenturou|deník|deníku|deníkem|list|listu|listem|server|serveru|serverem|web|webu|webem|portál|portálu|portálem|televize|televizi|televizí|stanice|stanici|stanicí|rozhlas|rozhlasu|rozhlasem|rádio|rádia|rádiu|rádiem|týdeník|týdeníku|týdeníkem|časopis|časopisu|časopisem|magazín|magazínu|magazínem|měsíčník|měsíčníku|večerník|večerníku|bulvár|bulváru|noviny|novin|novinám|novinách|kanál|kanálu|kanálem|médium|média|médiu)\\s+$`,
      'iu',
    ),
  ),
  rules: [
    {
      // "pracoval v ČT", "majitel deníku Právo", "šéfredaktor Blesku": the outlet as employer or property.
      id: 'cs-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:pracoval[aoiy]?|pracuje|pracují|působil[aoiy]?|působí|nastoupil[aoiy]?|odešel|odešla|odchází|zaměstnan[ecý]\p{L}*|majitel\p{L}*|vlastník\p{L}*|vydavatel\p{L}*|šéfredaktor\p{L}*|ředitel\p{L}*|moderátor\p{L}*|redaktor\p{L}*|(?:koupil|prodal|založil|zažaloval|pokutoval)[aoiy]?|vysíláno|vysílán[aoy]?|odvysílán[aoy]?|uváděn[aoy]?)\s+(?:(?:dříve|dnes|nyní|také|už)\s+)?(?:v|ve|na|do|z|ze|pro|u)?\s*$/iu,
      ),
    },
    {
      // "ČT odvysílá dokument", "Blesk koupil…", "Nova propustila": the outlet as actor.
      id: 'cs-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        new RegExp(
          `^\\s+(?:${pastForms('koupil\nprodal\npropustil\nzaměstnal\nnajal\nzrušil\nspustil\nodvysílal\nvysílal\nzažaloval\nsloučil\noslavil', PAST)}|získal[aoiy]?\\s+(?:cenu|ocenění)|vysílá|odvysílá|vlastní|propouští|zaměstnává|čelí|slaví|byl[aoiy]?\\s+(?:pokutován|zažalován|prodán|koupen|zrušen)\\p{L}*)\\b`,
          'i',
        ),
      ),
    },
    {
      // "průzkum agentury Median pro ČT", "model, který pro Seznam Zprávy připravil STEM"
      id: 'cs-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:průzkum\p{L}*|výzkum\p{L}*|šetření|ankety?|anketu|anketě|volební\p{L}*\s+model\p{L}*|model\p{L}*|sondáž\p{L}*)\b[^\n.]{0,60}?\b(?:pro|na\s+objednávku|na\s+zakázku|objednan\p{L}*|zadan\p{L}*)\s+$/iu,
      ),
    },
    {
      // "podle analýzy serveru X", "propočty deníku E15", "z analýzy ČTK"
      id: 'cs-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:analýz[auyeě]|analýzou|propočt[yůechům]*|výpočt[yůechům]*|srovnání|modelac\p{L}*|simulac\p{L}*)\s+$/iu,
      ),
    },
    {
      id: 'cs-podle',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:(?:podle|dle)(?:\\s+(?:posledních|nejnovějších|dostupných|vlastních|neoficiálních|dosavadních|předběžných|dřívějších)\\s+|\\s+)(?:${INFO}\\s+)?|(?:podle|dle)\\s+toho,?\\s+co\\s+(?:${REPORTS}|${SAID})\\s+|jak\\s+(?:už\\s+|již\\s+|dříve\\s+|také\\s+)?(?:${REPORTS})\\s+(?:(?:${CLITICS})\\s+){0,2}|jak\\s+(?:se\\s+)?dozvěděl[aoiy]?\\s+(?:se\\s+)?|jak\\s+vyplývá\\s+(?:z|ze)\\s+(?:${INFO}\\s+)?)$`,
          'i',
        ),
      ),
    },
    {
      // "AFP s odvoláním na Reuters", "citovaný agenturou Reuters"
      id: 'cs-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:s\s+odvoláním\s+na|s\s+odkazem\s+na|odvolávaj(?:ící|íc|e)\s+se\s+na|odvolává\s+se\s+na|odkazuje\s+na|cituje|citují|citoval[aoiy]?|citovan\p{L}*|citován[aoiy]?)\s+$/iu,
      ),
    },
    {
      // "Pro ČTK to potvrdil mluvčí", "pro server iDNES.cz uvedl"
      id: 'cs-told-for',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[\s(])(?:pro|Pro|PRO)\s+$/u,
      after: u(new RegExp(`^\\s+(?:(?:${CLITICS})\\s+){0,3}${SAID}\\b`, 'i')),
    },
    {
      // "Serveru iDNES.cz řekl mluvčí", "ČTK to potvrdil": a dative opening the sentence.
      id: 'cs-told-dative',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»“"]\s+|\n)\s*$/u,
      after: u(
        new RegExp(
          `^\\s+(?:(?:${CLITICS})\\s+){0,3}${TOLD}(?:\\s+(?!se\\b)\\p{L}|,\\s+že\\b)`,
          'i',
        ),
      ),
    },
    {
      id: 'cs-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b${ON_AIR}(?:\\s+[^\\n.;]{1,50}?)?|\\b${SAID}\\s+(?:(?:${CLITICS})\\s+){0,2}(?:v|ve|na))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "řekl pro ČTK", "sdělila deníku Právo", "potvrdil to serveru iROZHLAS.cz"
      id: 'cs-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}\\s+(?:(?:${CLITICS})\\s+){0,3}pro|${TOLD}(?:\\s+(?:${CLITICS})){0,3}(?:\\s+(?:${SPEAKERS}))?)\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "záběry ČT", "video agentury Reuters", "na snímku agentury AP"
      id: 'cs-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:záběr\p{L}*|video|videa|videu|videem|videozáznam\p{L}*|nahrávk\p{L}*|živý\s+přenos|přenosu)\s+(?:(?:zveřejněn|pořízen|odvysílan|natočen|publikovan|sdílen)\p{L}*\s+)?$/iu,
      ),
      kindInCaption: 'video',
    },
    {
      // "ve zprávě ČTK", "v článku deníku", "ze zjištění serveru", "zveřejněné na webu"
      id: 'cs-published',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:v|ve|z|ze)\s+(?:(?:své|svém|svých|nejnovější|nejnovějším|dnešní|dnešním|aktuální|aktuálním|sobotní|nedělní|páteční|víkendové|víkendovém)\s+)?(?:zprávě|zprávy|článku|reportáži|reportáže|textu|zjištění|informací|zpravodajství|dokumentu|investigativní\s+reportáži)|(?:zveřejněn|publikovan|otištěn|uveřejněn|odvysílán)\p{L}*\s+(?:v|ve|na))\s+$/iu,
      ),
    },
    {
      // "dokument, který má k dispozici ČTK", "materiály, které získal server"
      id: 'cs-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:který|která|které|kterou|jež|jenž)\s+(?:(?:má|mají|měl[aoiy]?|získal[aoiy]?|viděl[aoiy]?|obdržel[aoiy]?)\s+(?:k\s+dispozici\s+|v\s+držení\s+)?)$/iu,
      ),
    },
    {
      // "(ČTK, Reuters) – Autor: ČTK", "Autor: Jan Novák, ČTK"
      id: 'cs-byline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:Autor|Autoři|Autorka|AUTOR)\s*:\s*(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'cs-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"“”»(–-])${REPORTS}\\s+(?:(?:${CLITICS})\\s+){0,3}$`, 'i')),
    },
    {
      id: 'cs-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^(?:,\\s[^,\\n]{1,60},|\\s+s\\s+(?:odvoláním|odkazem)\\s+na\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?\\s+(?:(?:${CLITICS})\\s+){0,3}(?:${REPORTS}|(?:se\\s+)?dozvěděl[aoiy]?|má\\s+k\\s+dispozici|měl[aoiy]?\\s+k\\s+dispozici)\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['a', 'i', 'nebo'],
    articles: [],
    sourceLabels: ['Zdroj', 'Zdroje'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotografie', 'Snímek', 'Ilustrační foto', 'Repro', 'Kredit', 'Video'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    CZ: ['česk', 'čech'],
    SK: ['slovensk'],
    PL: ['polsk'],
    DE: ['němec', 'německ'],
    AT: ['rakous'],
    GB: ['britsk', 'británi'],
    US: ['americk', 'spojené státy'],
    FR: ['francouz'],
    RU: ['rusk'],
    UA: ['ukrajin'],
    IT: ['italsk'],
    ES: ['španěl'],
    JP: ['japonsk'],
    CN: ['čínsk'],
  },
  outletNouns: {
    'news-agency': ['agentura', 'tisková agentura', 'zpravodajská agentura'],
    newspaper: ['deník', 'deníky', 'list', 'noviny', 'večerník', 'bulvár', 'bulvární deník'],
    broadcaster: ['televize', 'stanice', 'rozhlas', 'rádio', 'kanál', 'televizní stanice'],
    magazine: ['týdeník', 'časopis', 'magazín', 'měsíčník'],
    online: ['server', 'zpravodajský server', 'web', 'portál'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministerstvo',
    'Vláda',
    'Univerzita',
    'Úřad',
    'Soud',
    'Policie',
    'Ústav',
    'Banka',
    'Nadace',
    'Sdružení',
    'Strana',
    'Sněmovna',
    'Senát',
    'Správa',
    'Ředitelství',
  ],
  ownerWords: ['svém', 'svůj', 'svého', 'svou', 'své', 'svým', 'jeho', 'její'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Deník'], broadcaster: ['Rádio', 'Radio', 'TV', 'Televize'] },
  nameEndings: {
    newspaper: ['noviny', 'Deník', 'Listy'],
    broadcaster: ['Televize', 'Rádio', 'Rozhlas', 'TV'],
  },
  inflection: {
    // Endings on a name of any language: "Guardianu", "Bloombergem", "Spiegelu", "Reutersovi".
    endings: ['u', 'em', 'e', 'ě', 'a', 'ovi', 'y', 'ou'],
    stems: {
      // A name's words of the Czech press, in the other cases: "Mladé fronty", "Českou
      // televizi", "Lidových novin", "deníku Právo", "Práva".
      a: ['y', 'e', 'ě', 'u', 'ou'],
      ize: ['izi', 'izí'],
      ice: ['ici', 'icí'],
      ské: ['ských', 'ským', 'skými', 'ského', 'skému', 'ském'],
      ové: ['ových', 'ovým', 'ovými', 'ového', 'ovému', 'ovém'],
      ý: ['ého', 'ému', 'ém', 'ým'],
      iny: ['in', 'inám', 'inách', 'inami'],
      o: ['a', 'u', 'em', 'ě'],
      ník: ['níku', 'níkem'],
      // Plural names: "Seznam Zpráv", "Novinek", "Jihlavských listů".
      vy: ['v', 'vám', 'vách', 'vami'],
      ky: ['ek', 'kám', 'kách', 'kami'],
      sty: ['stů', 'stům', 'stech'],
    },
  },
};
