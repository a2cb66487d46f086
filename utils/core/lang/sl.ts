import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';
import { forms, pastForms } from './slavic';

/*
 * Slovenian names decline: "po poročanju Reutersa" (genitive), "je povedal Reutersu" (dative),
 * "za Delo" (accusative), "v Delu", "na POP TV" (locative), "z Bloombergom" (instrumental).
 * Abbreviations mostly stay (STA, RTV, POP TV) or take a hyphen ("STA-ja"); a descriptor before
 * the name takes the case instead ("agencije Reuters", "časnika Delo").
 */

/** l-participle endings after the masculine form: poročal → poročala, -o, -i, -e. */
const PAST = ['a', 'o', 'i', 'e'];

/** Reporting verbs, past (every gender and number): "STA je poročala", "je objavil Delo". */
const REPORTED_PAST = `(?:${pastForms(
  `
  poročal
  pisal
  napisal
  zapisal
  objavil
  sporočil
  ugotovil
  razkril
  odkril
  opozoril
  poudaril
  dodal
  potrdil
  izračunal
  ocenil
  citiral
  posredoval
  obvestil
  povzemal
  navajal
  izvedel
  preveril
  analiziral
  spomnil
`,
  PAST,
)}|${forms(`
  navedel navedla navedlo navedli navedle
  povzel povzela povzelo povzeli povzele
`)})`;

/** Reporting verbs, present, singular and plural: "poroča STA", "piše Delo". */
const REPORTS_NOW = forms(`
  poroča poročajo
  piše pišejo
  navaja navajajo
  sporoča sporočajo
  ugotavlja ugotavljajo
  razkriva razkrivajo
  opozarja opozarjajo
  poudarja poudarjajo
  dodaja dodajajo
  trdi trdijo
  objavlja objavljajo
  ocenjuje ocenjujejo
  povzema povzemajo
  izračunava
  citira citirajo
  izve izvejo
`);

const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW})`;

/** Verbs of telling: "je povedal za STA", "je dejala Reutersu", "je za Delo izjavil". */
const SAID = `(?:${pastForms(
  `
  povedal
  dejal
  izjavil
  pojasnil
  potrdil
  zatrdil
  priznal
  poudaril
  dodal
  ocenil
  sporočil
  odgovoril
  razložil
  zagotovil
  napovedal
  opozoril
  komentiral
  zaupal
`,
  PAST,
)}|${forms(`
  pravi pravijo
  pove povejo
  pojasnjuje
  poudarja
  ocenjuje
  zatrjuje
  odgovarja
`)})`;

/** Small words between a verb and the name: "je v petek poročala STA", "so neuradno izvedeli". */
const CLITICS = phrases(`
  je
  so
  sta
  bo
  bi
  se
  to
  že
  tudi
  danes
  včeraj
  uradno
  ekskluzivno
  prva
  prvi
  v ponedeljek
  v torek
  v sredo
  v četrtek
  v petek
  v soboto
  v nedeljo
`);

/** Nouns of information after "po": "po poročanju", "po neuradnih informacijah". */
const INFO = phrases(`
  poročanju
  pisanju
  navedbah
  podatkih
  informacijah
  neuradnih informacijah
  neuradnih podatkih
  izračunih
  ocenah
  ugotovitvah
  besedah
`);

/** Descriptors in every case: "agencija", "agencije", "časniku", "televiziji", "portalu". */
const DESC = `(?:[\\p{Ll}-]+(?:ski|ska|sko|skega|skemu|skem|ske|ški|ška|ško|ni|na|no|nega|nem|ne)\\s+){0,2}(?:agencij[aeio]|tiskovn\\p{L}*\\s+agencij[aeio]|časnik(?:a|u|om)?|dnevnik(?:a|u|om)?|tednik(?:a|u|om)?|revij[aeio]|časopis(?:a|u|om)?|televizij[aeio]|radi[aeuo]|radiem|postaj[aeio]|portal(?:a|u|om)?|spletn\\p{L}*\\s+portal\\p{L}*|medij(?:a|u|em)?|oddaj[aeio])`;

/** Slovenian: its cue rules, descriptors, words and the case endings of names. */
export const SL: LanguagePack = {
  code: 'sl',
  name: 'Slovenian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'ni', 'nikoli'],
  descBefore: u(new RegExp(`((?:^|\\s))${DESC}\\s+[„"“»«]?$`, 'i')),
  rules: [
    {
      // "je delal na POP TV", "odgovorni urednik Dela", "lastnik Nove24TV": employer, owner.
      id: 'sl-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:delal[aoie]?|dela|delajo|zaposlen[aioe]?|prešel|prešla|odšel|odšla)\s+(?:(?:je|so|prej|nekoč|dolgo|tudi)\s+){0,2}(?:na|v|pri|za|iz)|(?:urednik\p{L}*|urednic\p{L}*|odgovorn\p{L}*\s+urednik\p{L}*|lastnik\p{L}*|lastnic\p{L}*|direktor\p{L}*|voditelj\p{L}*|novinar\p{L}*|dopisnik\p{L}*|nekdanj\p{L}*\s+novinar\p{L}*)(?:\s+(?:na|v|pri))?|(?:kupil|prodal|tožil|kaznoval|ukinil)[aoie]?|(?:predvajan|prikazan|oddajan)\p{L}*\s+(?:na|v))\s+$/iu,
      ),
    },
    {
      // "POP TV bo prenašala tekmo", "RTV je kupila pravice"
      id: 'sl-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^(?:-\p{L}{1,3})?\s+(?:(?:je|bo|so|bodo)\s+)?(?:(?:prenašal[aoie]?|prenaša|predvajal[aoie]?|predvaja|bo\s+prenašala)\s+(?:v\s+živo\s+)?(?:tekm|finale|koncert|prenos|serij|film|slovesnost)|kupil[aoie]?|prodal[aoie]?|zaposlil[aoie]?|odpustil[aoie]?|ukinil[aoie]?|kaznovan\p{L}*|praznuje|praznoval[aoie]?)/iu,
      ),
    },
    {
      // "raziskava Ninamedie za POP TV", "anketa, opravljena po naročilu Dela"
      id: 'sl-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:raziskav\p{L}*|anket\p{L}*|javnomnenjsk\p{L}*)\b[^\n.]{0,60}?\s(?:za|po\s+naročilu|naročil\p{L}*)\s+$/iu,
      ),
    },
    {
      // "po izračunih Financ", "analiza Bloomberga"
      id: 'sl-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(/\b(?:(?:po|iz)\s+)?(?:analiz[aeio]|analizi|izračun(?:a|u|ih|i)?)\s+$/iu),
    },
    {
      id: 'sl-po-porocanju',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:po\\s+(?:${INFO})|(?:kot|kakor)\\s+(?:(?:${CLITICS})\\s+){0,2}(?:${REPORTS})(?:\\s+(?:${CLITICS})){0,2}|kot\\s+so\\s+(?:neuradno\\s+)?izvedeli\\s+(?:na|v|pri)|kot\\s+je\\s+(?:neuradno\\s+)?izvedel[aoie]?|(?:so|je)\\s+(?:neuradno\\s+)?izvedeli\\s+(?:na|v|pri)|(?:kot\\s+)?(?:je\\s+)?(?:zapisano|navedeno)\\s+v\\s+(?:članku|prispevku|poročilu))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "AFP, ki se sklicuje na Reuters", "povzema po Reutersu", "citira STA"
      id: 'sl-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:(?:ki\s+)?(?:se\s+)?sklicuj(?:e|ejo|oč)\s+(?:se\s+)?na|sklicujoč\s+se\s+na|povzema(?:jo)?\s+po|povzel[aoie]?\s+po|povzeto\s+po|citirajoč|po\s+navedbah)\s+$/iu,
      ),
    },
    {
      // "v intervjuju za Delo", "v oddaji Odmevi na TV Slovenija", "gost oddaje na POP TV"
      id: 'sl-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b(?:v\\s+(?:ekskluzivnem\\s+)?intervjuju\\s+za|v\\s+pogovoru\\s+za|v\\s+pogovoru\\s+z|v\\s+oddaji|v\\s+studiu|v\\s+podkastu|v\\s+dnevniku|gost(?:ja)?\\s+oddaje|gostoval[aoie]?\\s+v\\s+oddaji|gostoval[aoie]?\\s+na|gostoval[aoie]?\\s+v)(?:\\s+[^\\n.;]{1,50}?\\s+(?:na|v|za))?|\\b(?:${SAID})(?:\\s+(?:${CLITICS})){0,2}\\s+(?:v\\s+oddaji(?:\\s+[^\\n.;]{1,40}?)?\\s+)?na)\\s+[„"“»«]?$`,
          'i',
        ),
      ),
    },
    {
      // "je povedal za STA", "je za Delo izjavila", "v izjavi za 24ur"
      id: 'sl-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b(?:${SAID})(?:\\s+(?:${CLITICS})){0,2}(?:\\s+[\\p{L}.-]+){0,2}\\s+(?:za|${DESC})|\\bv\\s+(?:pisni\\s+|kratki\\s+)?izjavi\\s+za|\\bizjav[aoi]\\s+za)\\s+[„"“»«]?$`,
          'i',
        ),
      ),
      after: u(/^(?:-\p{L}{1,3})?(?:\s*(?:[.,;:!?)“”"»«–-]|$)|\s+(?:da|kako|je|so|sem|ki)\b)/iu),
    },
    {
      // "je dejal Reutersu", "je povedala Bloombergu": the hearer in the dative.
      id: 'sl-told-dative',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b(?:${SAID})(?:\\s+(?:${CLITICS})){0,2}\\s+$`, 'i')),
      after: u(/^(?:\s*(?:[.,;:!?)“”"»«–-]|$)|\s+(?:da|kako)\b)/iu),
      endings: ['u', 'ju', 'i'],
    },
    {
      // "Za STA je povedal, da…", "Za Delo je minister dejal…"
      id: 'sl-told-za',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(/\b[Zz]a\s+$/u),
      after: u(
        new RegExp(
          `^(?:-\\p{L}{1,3})?\\s+(?:(?:${CLITICS})\\s+){0,3}(?:(?!(?:in|ali|pa)\\s)[\\p{L}.-]+\\s+){0,2}(?:${SAID})\\b`,
          'i',
        ),
      ),
    },
    {
      // "posnetek STA", "video, ki ga je objavil Reuters"
      id: 'sl-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:posnet(?:ek|ka|ku|ki|kih|ke)|video(?:posnet\p{L}*)?|prenos(?:u|a)?\s+v\s+živo)(?:,?\s+ki\s+(?:ga|jih|so|je)\s+(?:je|so)?\s*(?:objavil|predvajal|posnel)[aoie]?)?\s+$/iu,
      ),
      kindInCaption: 'video',
    },
    {
      // "v članku Dela", "v prispevku na 24ur.com", "objavljeno v Mladini"
      id: 'sl-published',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:v|iz)\s+(?:(?:današnjem|najnovejšem|sobotnem|nedeljskem|obsežnem|svojem)\s+)?(?:članku|prispevku|poročilu|reportaži|raziskavi|izdaji|številki)(?:\s+(?:na|v))?|na\s+(?:portalu|spletni\s+strani|straneh)|(?:objavljen|predvajan|povzet)\p{L}*\s+(?:v|na))\s+[„"“»«]?$/iu,
      ),
    },
    {
      // "dokumenti, ki jih je pridobila STA", "v katere je imel vpogled Delo"
      id: 'sl-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:ki\s+(?:jih|ga|jo)\s+(?:je|so|ima|imajo)\s*(?:pridobil[aoie]?|videl[aoie]?|prejel[aoie]?|v\s+posesti)?|v\s+(?:katere|katerega|katero)\s+je\s+(?:imel[aoie]?\s+vpogled|vpogled\s+imel[aoie]?)|s\s+katerimi\s+razpolaga)\s+$/iu,
      ),
    },
    {
      id: 'sl-byline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:Avtor|Avtorica|Avtorji|AVTOR|Piše)\s*:\s*(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      // "…, poroča STA", "je poročal Reuters", "piše Delo"
      id: 'sl-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:"“”»«(–-])(?:${REPORTS})(?:\\s+(?:${CLITICS})){0,3}\\s+(?:${DESC}\\s+)?[„"“»«]?$`,
          'i',
        ),
      ),
    },
    {
      // "STA poroča", "Delo je razkrilo", "POP TV je neuradno izvedela"
      id: 'sl-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^[“”"»«]?(?:-\\p{L}{1,3})?(?:,\\s[^,\\n]{1,60},)?(?:\\s+(?:${CLITICS})){0,3}\\s+(?:${REPORTS})\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['in', 'ali', 'ter'],
    articles: [],
    sourceLabels: ['Vir', 'Viri'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Fotografija', 'Fotografije', 'Posnetek', 'Video', 'Vir fotografije'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    SI: ['sloven'],
    HR: ['hrvaš', 'hrvat'],
    AT: ['avstrij'],
    IT: ['italij'],
    HU: ['madžar'],
    DE: ['nemš', 'nemč'],
    GB: ['britan'],
    US: ['ameriš', 'zda'],
    FR: ['franco', 'francij'],
    RU: ['rusk', 'rusij'],
    RS: ['srbsk', 'srbij'],
  },
  outletNouns: {
    'news-agency': ['agencija', 'tiskovna agencija', 'novinska agencija'],
    newspaper: ['časnik', 'dnevnik', 'časopis'],
    broadcaster: ['televizija', 'radio', 'postaja', 'televizijska postaja'],
    magazine: ['tednik', 'revija', 'mesečnik'],
    online: ['portal', 'spletni portal', 'novičarski portal'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministrstvo',
    'Vlada',
    'Univerza',
    'Urad',
    'Sodišče',
    'Policija',
    'Inštitut',
    'Banka',
    'Fundacija',
    'Društvo',
    'Stranka',
    'Zbor',
    'Uprava',
    'Direkcija',
    'Zavod',
    'Občina',
  ],
  ownerWords: ['svojem', 'svoj', 'svoji', 'svojo'],
  nameEndings: {
    newspaper: ['novice'],
    broadcaster: ['TV', 'Radio'],
  },
  nameStarts: {
    broadcaster: ['TV', 'Radio'],
  },
  inflection: {
    // Endings on a name of any language: "Reutersa", "Reutersu", "Bloombergom", "STA-ja".
    endings: ['a', 'u', 'om', 'em', 'e', 'i', 'ja', 'ju', 'jem'],
    joiners: ['-'],
    stems: {
      // Slovenian names in the other cases: "Dela, Delu", "Mladine, Mladini", "Financ".
      o: ['a', 'u', 'om'],
      a: ['e', 'i', 'o'],
      ce: ['c', 'cah', 'cam'],
      ik: ['ika', 'iku', 'ikom'],
    },
  },
};
