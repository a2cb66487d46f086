import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';
import { forms, pastForms } from './slavic';

/*
 * Slovak names decline as Czech ones do: "podľa agentúry TASR" (genitive), "povedal denníku
 * Pravda" / "pre denník" (dative, accusative), "Bloombergom" (instrumental). Abbreviations
 * (TASR, SITA, RTVS) stay as they are; a descriptor before the name takes the case instead.
 */

/** l-participle endings after the masculine form: informoval → informovala, -o, -i. */
const PAST = ['a', 'o', 'i'];

/** Reporting verbs, past (every gender and number): "TASR informovala", "napísal denník". */
const REPORTED_PAST = `(?:${pastForms(
  `
  informoval
  napísal
  písal
  oznámil
  upozornil
  dodal
  zistil
  zverejnil
  citoval
  potvrdil
  poznamenal
  referoval
  odhalil
  vypočítal
  overil
  opísal
  konštatoval
  tvrdil
  hodnotil
  zdôraznil
  varoval
  špekuloval
  komentoval
  vysvetlil
  priblížil
  doplnil
  prezradil
  zopakoval
  zaznamenal
  predpovedal
  analyzoval
  spresnil
  poukázal
  ohlásil
  vyhlásil
  uvádzal
`,
  PAST,
)}|${forms(`
  uviedol uviedla uviedlo uviedli
  priniesol priniesla prinieslo priniesli
  pripomenul pripomenula pripomenulo pripomenuli
  spomenul spomenula spomenulo spomenuli
  odhadol odhadla odhadlo odhadli
`)})`;

/** Reporting verbs, present, singular and plural: "píše Pravda", "uvádza TASR". */
const REPORTS_NOW = forms(`
  píše píšu
  uvádza uvádzajú
  informuje informujú
  upozorňuje upozorňujú
  pripomína pripomínajú
  hodnotí hodnotia
  tvrdí tvrdia
  konštatuje konštatujú
  cituje citujú
  dodáva dodávajú
  poznamenáva
  spomína spomínajú
  špekuluje špekulujú
  odhaduje odhadujú
  poukazuje poukazujú
  opisuje opisujú
  referuje referujú
  oznamuje oznamujú
  prináša prinášajú
  zisťuje zisťujú
  zverejňuje zverejňujú
  varuje varujú
  komentuje komentujú
  odhaľuje odhaľujú
  vysvetľuje vysvetľujú
  zdôrazňuje zdôrazňujú
  predpovedá
  analyzuje analyzujú
`);

const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW})`;

/** Who speaks between a verb of telling and its hearer: "povedal minister pre televíziu". */
const SPEAKERS = forms(`
  premiér premiérka
  minister ministerka
  prezident prezidentka
  starosta starostka
  primátor primátorka
  župan županka
  poslanec poslankyňa
  polícia
`);

/** Verbs of telling that take the hearer in the dative: "povedal TASR", "potvrdila denníku". */
const TOLD = `(?:${pastForms(
  `
  povedal
  potvrdil
  vysvetlil
  priznal
  prezradil
  opísal
  ubezpečil
  sľúbil
  naznačil
  pripustil
  zveril
  posťažoval
  poprel
  odkázal
  odpovedal
  priblížil
  tlmočil
  vyjadril
`,
  PAST,
)}|${forms(`
  hovorí hovoria
  vraví
  vysvetľuje
  potvrdzuje
  priznáva
  opisuje
  pripúšťa
  odpovedá
`)})`;

/** Verbs of saying before "pre": "uviedol pre TASR", "vyhlásila pre denník". */
const SAID = `(?:${TOLD}|${REPORTED_PAST}|${forms(`
  uvádza
  tvrdí
  dodáva
  zdôrazňuje
  myslí
  odhaduje
`)})`;

/** Small words between a verb and the name: "uviedla to TASR", "povedal mu už denník". */
const CLITICS = forms(`
  to
  tak
  sa
  si
  mu
  jej
  im
  o
  tom
  tiež
  takisto
  rovnako
  ešte
  už
  skôr
  predtým
  nedávno
  dnes
  včera
  ako
  prvý
  prvá
  napríklad
  v
  pondelok
  utorok
  stredu
  štvrtok
  piatok
  sobotu
  nedeľu
`);

/** Nouns of information after "podľa": "podľa informácií TASR", "podľa zistení denníka". */
const INFO = forms(`
  informácií
  zistení
  údajov
  správ správy
  spravodajstva
  dát
  dokumentov
  odhadov
  výpočtov prepočtov
  článku článkov
  reportáže
  textu
  zdrojov
  vyjadrenia
  záznamov
  materiálov
`);

/** Media events where a guest speaks: "v rozhovore pre", "vo vysielaní", "v relácii … RTVS". */
const ON_AIR = phrases(`
  v rozhovore pre
  v rozhovore s
  v exkluzívnom rozhovore pre
  v interview pre
  rozhovoru pre
  rozhovor pre
  vo vysielaní
  v živom vysielaní
  v priamom prenose
  na vlnách
  v debate
  v diskusii
  v podcaste
  v relácii
  v diskusnej relácii
  v programe
  hosť relácie
  hosťom relácie
  hosťom
  v televíznej debate
`);

/** Slovak: its cue rules, descriptors, words and the case endings of names. */
export const SK: LanguagePack = {
  code: 'sk',
  name: 'Slovak',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['nie', 'nikdy'],
  // An adjective may stand before the noun ("regionálny denník"); a verb ending like one
  // ("uvádza denník", "píše agentúra") is not one.
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?!(?:${REPORTS}|${SAID})\\s)[\\p{Ll}-]+(?:ý|á|é|ého|ému|om|ým|ou|í|ieho|iemu|ích|ých|ými)\\s+){0,2}(?:agentúra|redakcia|redakcie|redakcii|redakciou|agentúry|agentúre|agentúru|agentúrou|denník|denníka|denníku|denníkom|noviny|novín|novinám|novinách|týždenník|týždenníka|týždenníku|server|servera|serveru|serverom|web|webu|webom|portál|portálu|portálom|televízia|televízie|televízii|televíziu|televíziou|stanica|stanice|stanici|stanicu|stanicou|rozhlas|rozhlasu|rozhlasom|rádio|rádia|rádiu|rádiom|časopis|časopisu|časopisom|magazín|magazínu|magazínom|mesačník|mesačníka|bulvár|bulváru|kanál|kanála|kanálu|médium|média)\\s+$`,
      'iu',
    ),
  ),
  rules: [
    {
      // "pracoval v RTVS", "majiteľ denníka Pravda": the outlet as employer or property.
      id: 'sk-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:pracoval[aoi]?|pracuje|pracujú|pôsobil[aoi]?|pôsobí|nastúpil[aoi]?|odišiel|odišla|odchádza|zamestnan[ecý]\p{L}*|majiteľ\p{L}*|vlastník\p{L}*|vydavateľ\p{L}*|šéfredaktor\p{L}*|riaditeľ\p{L}*|moderátor\p{L}*|redaktor\p{L}*|(?:kúpil|predal|založil|zažaloval|pokutoval)[aoi]?|vysielan[éýá]|odvysielan[éýá])\s+(?:(?:predtým|dnes|teraz|tiež|už)\s+)?(?:v|vo|na|do|z|zo|pre|u)?\s*$/iu,
      ),
    },
    {
      // "Markíza odvysiela zápas", "JOJ kúpila…", "TA3 prepustila": the outlet as actor.
      id: 'sk-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        new RegExp(
          `^\\s+(?:${pastForms('kúpil\npredal\nprepustil\nzamestnal\nnajal\nzrušil\nspustil\nodvysielal\nvysielal\nzažaloval\noslávil', PAST)}|získal[aoi]?\\s+(?:cenu|ocenenie)|vysiela|odvysiela|vlastní|prepúšťa|zamestnáva|čelí|oslavuje|bol[aoi]?\\s+(?:pokutovan|zažalovan|predan|kúpen|zrušen)\\p{L}*)\\b`,
          'i',
        ),
      ),
    },
    {
      // "prieskum agentúry Focus pre TV Markíza", "model, ktorý pre Denník N pripravil AKO"
      id: 'sk-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:prieskum\p{L}*|výskum\p{L}*|ankety?|anketu|ankete|volebn\p{L}*\s+model\p{L}*|model\p{L}*)\b[^\n.]{0,60}?\b(?:pre|na\s+objednávku|objednan\p{L}*|zadan\p{L}*)\s+$/iu,
      ),
    },
    {
      id: 'sk-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:analýz[auyeě]|analýzou|prepočt\p{L}*|výpočt\p{L}*|porovnani\p{L}*|modelovani\p{L}*|simuláci\p{L}*)\s+$/iu,
      ),
    },
    {
      id: 'sk-podla',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:podľa(?:\\s+(?:posledných|najnovších|dostupných|vlastných|neoficiálnych|doterajších|predbežných|skorších)\\s+|\\s+)(?:${INFO}\\s+)?|podľa\\s+toho,?\\s+čo\\s+(?:${REPORTS}|${SAID})\\s+|ako\\s+(?:už\\s+|skôr\\s+|tiež\\s+)?(?:${REPORTS})\\s+(?:(?:${CLITICS})\\s+){0,2}|ako\\s+sa\\s+dozvedel[aoi]?\\s+|ako\\s+vyplýva\\s+(?:z|zo)\\s+(?:${INFO}\\s+)?)$`,
          'i',
        ),
      ),
    },
    {
      // "AFP s odvolaním sa na Reuters", "citovaný agentúrou Reuters"
      id: 'sk-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:s\s+odvolaním\s+(?:sa\s+)?na|s\s+odkazom\s+na|odvolávajúc\s+sa\s+na|odvoláva\s+sa\s+na|odkazuje\s+na|cituje|citujú|citoval[aoi]?|citovan\p{L}*)\s+$/iu,
      ),
    },
    {
      // "Pre TASR to potvrdil hovorca", "pre televíziu TVN24 uviedol"
      id: 'sk-told-for',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[\s(])(?:pre|Pre|PRE)\s+$/u,
      after: u(new RegExp(`^\\s+(?:(?:${CLITICS})\\s+){0,3}${SAID}\\b`, 'i')),
    },
    {
      // "Denníku N povedal hovorca": a dative opening the sentence.
      id: 'sk-told-dative',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»“"]\s+|\n)\s*$/u,
      after: u(new RegExp(`^\\s+(?:(?:${CLITICS})\\s+){0,3}${TOLD}\\s+(?!sa\\b)\\p{L}`, 'i')),
    },
    {
      id: 'sk-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b${ON_AIR}(?:\\s+[^\\n.;]{1,50}?)?|\\b${SAID}\\s+(?:(?:${CLITICS})\\s+){0,2}(?:v|vo|na))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "povedal pre TASR", "potvrdila denníku Pravda"
      id: 'sk-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}\\s+(?:(?:${CLITICS})\\s+){0,3}(?:(?:${SPEAKERS})\\s+)?pre|${TOLD}(?:\\s+(?:${CLITICS})){0,3}(?:\\s+(?:${SPEAKERS}))?)\\s+$`,
          'i',
        ),
      ),
    },
    {
      id: 'sk-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:zábe?r\p{L}*|video|videa|videu|videom|videozáznam\p{L}*|nahrávk\p{L}*|priamy\s+prenos|prenosu)\s+(?:(?:zverejnen|nakrúten|odvysielan|publikovan|zdieľan)\p{L}*\s+)?$/iu,
      ),
      kindInCaption: 'video',
    },
    {
      // "v správe agentúry TASR", "v článku denníka", "zo zistení servera"
      id: 'sk-published',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:v|vo|z|zo)\s+(?:(?:svojej|svojom|svojich|najnovšej|najnovšom|dnešnej|dnešnom|aktuálnej|aktuálnom|sobotňajšom|nedeľnom|piatkovom|víkendovom)\s+)?(?:správe|správy|článku|reportáži|reportáže|texte|zistení|informácií|spravodajstve|dokumente)|(?:zverejnen|publikovan|uverejnen|odvysielan)\p{L}*\s+(?:v|vo|na))\s+$/iu,
      ),
    },
    {
      // "dokument, ktorý má k dispozícii TASR"
      id: 'sk-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:ktorý|ktorá|ktoré|ktorú|ktorí)\s+(?:(?:má|majú|mal[aoi]?|získal[aoi]?|videl[aoi]?|dostal[aoi]?)\s+(?:k\s+dispozícii\s+)?)$/iu,
      ),
    },
    {
      id: 'sk-byline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:Autor|Autori|Autorka|AUTOR)\s*:\s*(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'sk-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"“”»(–-])${REPORTS}\\s+(?:(?:${CLITICS})\\s+){0,3}$`, 'i')),
    },
    {
      id: 'sk-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^(?:,\\s[^,\\n]{1,60},|\\s+s\\s+(?:odvolaním(?:\\s+sa)?|odkazom)\\s+na\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?\\s+(?:(?:${CLITICS})\\s+){0,3}(?:${REPORTS}|sa\\s+dozvedel[aoi]?|má\\s+k\\s+dispozícii|mal[aoi]?\\s+k\\s+dispozícii)\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['a', 'i', 'aj', 'alebo'],
    articles: [],
    sourceLabels: ['Zdroj', 'Zdroje'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotografia', 'Snímka', 'Ilustračné foto', 'Ilustračná snímka', 'Video'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    SK: ['slovensk'],
    CZ: ['česk'],
    PL: ['poľsk'],
    HU: ['maďar'],
    AT: ['rakúsk'],
    DE: ['nemeck'],
    GB: ['britsk'],
    US: ['americk'],
    FR: ['francúz'],
    RU: ['rusk'],
    UA: ['ukrajin'],
  },
  outletNouns: {
    'news-agency': ['agentúra', 'tlačová agentúra', 'spravodajská agentúra'],
    newspaper: ['denník', 'noviny', 'bulvár', 'bulvárny denník'],
    broadcaster: ['televízia', 'stanica', 'rozhlas', 'rádio', 'kanál'],
    magazine: ['týždenník', 'časopis', 'magazín', 'mesačník'],
    online: ['server', 'spravodajský server', 'web', 'portál'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministerstvo',
    'Vláda',
    'Univerzita',
    'Úrad',
    'Súd',
    'Polícia',
    'Ústav',
    'Banka',
    'Nadácia',
    'Združenie',
    'Strana',
    'Parlament',
    'Správa',
    'Riaditeľstvo',
  ],
  ownerWords: ['svojom', 'svoj', 'svojho', 'svoju', 'svojej', 'svoje', 'jeho', 'jej'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Denník'], broadcaster: ['Rádio', 'Radio', 'TV', 'Televízia'] },
  nameEndings: {
    newspaper: ['noviny', 'Denník'],
    broadcaster: ['Televízia', 'Rádio', 'TV'],
  },
  inflection: {
    // Endings on a name of any language: "Guardianu", "Bloombergom", "Reutersu".
    endings: ['u', 'om', 'e', 'a', 'ovi', 'y', 'ou'],
    stems: {
      // Slovak names in the other cases: "Denníka N", "televíziou Markíza", "Nového Času".
      ia: ['ie', 'ii', 'iu', 'iou'],
      a: ['y', 'e', 'u', 'ou'],
      ské: ['ských', 'ským', 'skými', 'ského', 'skému', 'skom'],
      ý: ['ého', 'ému', 'om', 'ým'],
      o: ['a', 'u', 'om'],
      ník: ['níka', 'níku', 'níkom'],
    },
  },
};
