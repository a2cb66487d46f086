import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { alternation, phrases, u } from './regex';

/** Before the name: "enligt TT", "uppger SVT", "skriver Aftonbladet". */
const ACCORDING = phrases(`
  enligt
  enligt uppgifter till
  enligt uppgifter i
  enligt uppgifter från
  enligt en rapport i
  enligt en artikel i
  enligt ett reportage i
  enligt siffror från
  enligt uppgift till
  enligt uppgift i
`);

/** Reporting verbs, present, past and supine: "uppger SVT", "TT skrev", "har rapporterat". */
const REPORTS = phrases(`
  uppger
  uppgav
  uppgett
  skriver
  skrev
  skrivit
  rapporterar
  rapporterade
  rapporterat
  meddelar
  meddelade
  meddelat
  erfar
  erfor
  berättar
  berättade
  berättat
  avslöjar
  avslöjade
  avslöjat
  citerar
  citerade
  citerat
  har tagit del av
  tagit del av
  har granskat
  granskade
  avslöja
  berätta
  rapportera
  meddela
  var först med att berätta
  var först med att avslöja
  var först med
`);

/** Words between a verb and the name: "skriver även DN", "uppger SVT på onsdagen". */
const ADVERBS = phrases(`
  även
  också
  först
  tidigare
  nu
  i dag
  idag
  i går
  igår
  i kväll
`);

/** Verbs of saying before "till"/"för": "säger hon till SVT", "berättar han för Expressen". */
const SAID = phrases(`
  säger
  sade
  sa
  sagt
  berättar
  berättade
  uppger
  uppgav
  bekräftar
  bekräftade
  förklarar
  förklarade
  kommenterar
  kommenterade
  skriver
  skrev
  understryker
  underströk
  medger
  medgav
  tillägger
  tillade
  poängterar
  poängterade
  svarar
  svarade
  konstaterar
  konstaterade
`);

/** Media events before the name: "i en intervju med Expressen", "i sändningen hos SVT". */
const MEDIA = phrases(`
  intervju
  intervjun
  samtal
  sändning
  sändningen
  direktsändning
  direktsändningen
  nyhetssändning
  program
  programmet
  debatt
  debatten
  podd
  podden
  podcast
  podcasten
  studio
  studion
  tv-intervju
  radiointervju
  dokumentär
  dokumentären
  lördagsintervju
`);

/** A descriptor before the name: "tidningen DN", "den brittiska nyhetsbyrån Reuters". */
const DESCRIPTOR_TABLE = `
  tidningen
  nyhetsbyrån
  kanalen
  tv-kanalen
  radiokanalen
  nyhetskanalen
  kvällstidningen
  morgontidningen
  dagstidningen
  lokaltidningen
  affärstidningen
  nättidningen
  sajten
  nyhetssajten
  magasinet
  public service-bolaget
  mediehuset
  radion
  tv-bolaget
`;
/** The descriptors in either case, for a sentence's start too ("Nyhetsbyrån TT har…"). */
const DESCRIPTOR_CASED = alternation(
  DESCRIPTOR_TABLE.split('\n').map((l) => l.trim()),
  true,
);

/** Swedish: its cue rules, descriptors and words. */
export const SV: LanguagePack = {
  code: 'sv',
  name: 'Swedish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['inte', 'aldrig', 'ej'],
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?:[Dd]en|[Dd]et|[Dd]e)\\s+)?(?:[\\p{Ll}-]+a\\s+){0,2}${DESCRIPTOR_CASED}\\s+$`,
    ),
  ),
  rules: [
    {
      // "har tidigare arbetat på Sydsvenskan", "sänds i SVT", "ägs av Bonnier"
      id: 'sv-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:sänds|sändes|sänt|visas|visades|streamas)\s+(?:i|på|av)|(?:ägs|ägd|ägt|köpt|köptes|såld|såldes|driven|drivs|stämd|stämdes)\s+av|(?:anställd|arbetar|arbetade|arbetat|jobbar|jobbade|jobbat|reporter|programledare|chefredaktör|redaktör|krönikör|fotograf)\s+(?:tidigare\s+|nu\s+)?(?:på|vid|i|för|hos))\s+$/iu,
      ),
    },
    {
      id: 'sv-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:sänder|sände|äger|köpte|köper|sålde|säljer|varslar|varslade|sparkar|sparkade|anställer|anställde|lanserar|lanserade|stämmer|stämde|lägger\s+ner|lade\s+ner)\b/u,
      ),
      endings: [''],
    },
    {
      // "en undersökning som Novus gjort för SVT", "en mätning av Demoskop för Aftonbladet"
      id: 'sv-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:undersökning|undersökningen|mätning|mätningen|opinionsmätning|opinionsmätningen|väljarbarometer|väljarbarometern|enkät|enkäten)\b[^\n.]{0,60}?\b(?:för|på\s+uppdrag\s+av|beställd\s+av)\s+$/iu,
      ),
    },
    {
      // "SVT:s mätning", "DN:s granskning", "Ekots lördagsintervju"
      id: 'sv-genitive',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:egen\s+|egna\s+|nya\s+|senaste\s+)?(?:granskning|granskningen|uppgifter|artikel|reportage|kartläggning|genomgång|avslöjande|rapportering|sammanställning)\b/u,
      ),
      endings: ['s'],
    },
    {
      id: 'sv-genitive-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:egen\s+|egna\s+|nya\s+|senaste\s+)?(?:mätning|opinionsmätning|undersökning|analys|beräkning|beräkningar|väljarbarometer|enkät)\b/u,
      ),
      endings: ['s'],
    },
    {
      id: 'sv-enligt',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(new RegExp(`\\b${ACCORDING}\\s+(?:både\\s+)?$`, 'i')),
    },
    {
      id: 'sv-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:med\s+hänvisning\s+till|hänvisar\s+till|hänvisade\s+till|som\s+hänvisar\s+till|som\s+citerar|citerar|citerade)\s+$/iu,
      ),
    },
    {
      id: 'sv-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:${SAID}(?:\\s+(?!att\\b|som\\b|om\\b)[\\p{L}\\d-]+,?){0,8}?(?<!\\b(?:ja|nej|tack))\\s+(?:till|för)|(?:kommentar|mejl|sms|svar|uttalande)\\s+till)\\s+$`,
          'i',
        ),
      ),
      // "till SVT-reportern" is still SVT; "nej till DN-chefens förslag" is not a statement to DN.
      after: /^(?![-‐]\p{L}+s\b)/u,
    },
    {
      // "Till SVT säger hon …", "För Expressen berättar han …"
      id: 'sv-told-front',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?»"”]\s+|\n)\s*(?:Till|För)\s+$/u,
      after: u(new RegExp(`^\\s*,?\\s+${SAID}\\b`)),
    },
    {
      id: 'sv-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:i|under)\\s+(?:en\\s+|ett\\s+)?(?:[\\p{L}-]+\\s+)?${MEDIA}\\s+(?:med|hos|i|på)|intervjuad\\s+av|intervjuades\\s+av|gäst\\s+(?:i|hos|på))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "i SVT:s Aktuellt", "i Sveriges Radios P1-morgon"
      id: 'sv-programme',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:i|på)\s+$/iu),
      after: u(
        /^\s+(?:[\p{Lu}\d]|\p{L}*(?:program|programmet|sändning|sändningen|podd|podden|podcast|debatt|debatten|intervju|intervjun)\b)/u,
      ),
      endings: ['s'],
    },
    {
      // "i SVT-programmet", "DN-granskningen", "Aftonbladet-mätningen"
      id: 'sv-compound',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^-(?:programmet|podden|sändningen|dokumentären|serien|intervjun|granskningen|artikeln|reportaget|avslöjandet|mätningen|undersökningen)\b/u,
      ),
    },
    {
      id: 'sv-published-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:publicerad|publicerades|publicerat|rapporterad|rapporterades|avslöjad|avslöjades|uppmärksammad|uppmärksammades|först\s+rapporterat|citerad|citerades|bekräftad|bekräftas|bekräftades)\s+(?:\p{L}+\s+)?(?:av|hos)\s+$/iu,
      ),
    },
    {
      // "en granskning som DN har gjort", "en kartläggning SVT har gjort": the outlet's own work.
      id: 'sv-work-by',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:granskning|genomgång|kartläggning|undersökning|analys|sammanställning|beräkning|enkät|rundringning)(?:en|ar|arna)?,?\s+(?:som\s+)?$/iu,
      ),
      after: u(
        /^\s+(?:har\s+|hade\s+)?(?:gjort|genomfört|låtit\s+göra|tagit\s+fram|gjort\s+en)\b/iu,
      ),
    },
    {
      // "handlingar som SVT tagit del av", "uppgifter som DN har fått"
      id: 'sv-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:som|handlingar|dokument|siffror|mejl|rapporten|brevet)\s+$/iu),
      after: u(
        /^\s+(?:har\s+|hade\s+)?(?:tagit\s+del\s+av|sett|fått\s+ta\s+del\s+av|fått\s+tillgång\s+till|begärt\s+ut|granskat|sammanställt|kartlagt)\b/iu,
      ),
    },
    {
      // "kan Aftonbladet avslöja", "kan SVT Nyheter berätta"
      id: 'sv-can-reveal',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/\bkan\s+$/iu),
      after: u(/^\s+(?:nu\s+|i\s+dag\s+)?(?:avslöja|berätta|rapportera|uppge|bekräfta)\b/iu),
    },
    {
      id: 'sv-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      before: u(
        /\b(?:video|videon|film|filmen|filmklipp|bilder|bilderna|klipp|klippet|tv-bilder|videoklipp|filmat|filmade)\s+(?:från|publicerad\s+av|publicerade\s+av|av)\s+$/iu,
      ),
    },
    {
      id: 'sv-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"”»])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}$`, 'i')),
      endings: [''],
    },
    {
      // The newsroom's own legwork: "Expressen har varit i kontakt med", "TT har sökt ministern".
      id: 'sv-contacted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        /^\s+(?:som\s+)?(?:har|hade)\s+(?:(?:pratat|talat|varit\s+i\s+kontakt)\s+med|(?:sökt|försökt\s+nå|försökt\s+få\s+(?:kontakt|svar))|intervjuat)\b/iu,
      ),
      endings: [''],
    },
    {
      // "Aftonbladet skriver", "Det var Expressen som först rapporterade" (a cleft keeps "som")
      id: 'sv-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^\\s+(?:som\\s+)?(?:har\\s+|hade\\s+|kan\\s+|kunde\\s+)?(?:${ADVERBS}\\s+){0,2}${REPORTS}\\b`,
        ),
      ),
      endings: [''],
    },
  ],
  words: {
    and: ['och', 'eller'],
    articles: [],
    sourceLabels: ['Källa', 'Källor'],
    creditLabels: ['Kredit'],
    creditLeads: [],
    photoLabels: ['Foto', 'Bild', 'Kredit', 'Video', 'Grafik', 'Illustration'],
    photoMarks: [],
    with: ['med'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    US: ['amerikansk', 'usa'],
    GB: ['brittisk', 'engelsk'],
    SE: ['svensk'],
    NO: ['norsk'],
    DK: ['dansk'],
    FI: ['finländsk', 'finsk'],
    DE: ['tysk'],
    FR: ['fransk'],
    RU: ['rysk'],
    ES: ['spansk'],
    IT: ['italiensk'],
    CN: ['kinesisk'],
    UA: ['ukrainsk'],
  },
  outletNouns: {
    'news-agency': ['nyhetsbyrå', 'nyhetsbyrån'],
    newspaper: [
      'tidning',
      'tidningen',
      'dagstidning',
      'kvällstidning',
      'morgontidning',
      'lokaltidning',
      'lokaltidningen',
      'dagstidningen',
      'kvällstidningen',
      'morgontidningen',
      'affärstidning',
    ],
    broadcaster: [
      'kanal',
      'kanalen',
      'tv-kanal',
      'radiokanal',
      'nyhetskanal',
      'public service-bolag',
    ],
    magazine: ['magasin', 'tidskrift'],
    online: ['sajt', 'nyhetssajt', 'nättidning'],
  },
  // Suffixed articles and the genitive ("nyhetssajten", "lokalradion", "tidningens").
  outletNounEndings: ['en', 'et', 'n', 't', 'na', 'erna', 'arna', 's', 'ens', 'ets'],
  compoundOutletNouns: ['tidning', 'radio', 'sajt'],
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Departement',
    'Regeringen',
    'Universitet',
    'Myndighet',
    'Myndigheten',
    'Kommun',
    'Polis',
    'Polisen',
    'Domstol',
    'Institut',
    'Bank',
    'Stiftelse',
    'Förening',
    'Parti',
    'Riksdagen',
    'AB',
  ],
  ownerWords: ['sin', 'sitt', 'sina', 'egen', 'eget'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: [
      'Tidning',
      'Tidningen',
      'Posten',
      '-Posten',
      '-bladet',
      'Bladet',
      'Dagblad',
      'Kuriren',
      'Allehanda',
    ],
    broadcaster: ['Radio', 'TV', 'Ekot'],
  },
  // The genitive: "Aftonbladets", and after an abbreviation a colon, "SVT:s", "DN:s".
  inflection: { endings: ['s'], joiners: [':'] },
};
