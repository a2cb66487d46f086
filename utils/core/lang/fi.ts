import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Finnish credits hang on the case of the outlet's name: "Ylen mukaan" (genitive), "sanoi
 * Ylelle" (allative), "kertoo Yle" (nominative), "Reutersiin viitaten" (illative). The endings
 * are read by `inflection` below; each rule says which case it needs (`endings`).
 */
const GENITIVE = ['n', 'en', 'in', 'den', 'ten', 'tten', 'iden'];
const ALLATIVE = ['lle', 'ille'];
const ABLATIVE = ['lta', 'ltä', 'ilta', 'iltä'];
const ILLATIVE = ['hin', 'hen', 'hon', 'han', 'hän', 'hyn', 'iin', 'seen', 'en', 'an', 'än', 'aan'];
/** Adessive, inessive, elative, essive and translative: "Ylellä", "HS:ssä", "STT:stä". */
const OTHER_CASES = 'lla llä illa illä ssa ssä issa issä sta stä ista istä na nä ina inä ksi iksi';
const PARTITIVE = ['a', 'ä', 'ta', 'tä', 'ia', 'iä', 'tta', 'ttä'];

/** Reporting verbs, present, past and perfect, singular and plural: "kertoo", "uutisoi". */
const REPORTS = phrases(`
  kertoo
  kertoi
  kertovat
  kertoivat
  on kertonut
  ovat kertoneet
  oli kertonut
  uutisoi
  uutisoivat
  on uutisoinut
  oli uutisoinut
  raportoi
  raportoivat
  on raportoinut
  kirjoittaa
  kirjoitti
  kirjoittavat
  kirjoittivat
  on kirjoittanut
  tiedottaa
  tiedotti
  paljastaa
  paljasti
  on paljastanut
  tietää
  tiesi
  selvitti
  on selvittänyt
  vahvistaa
  vahvisti
  arvioi
  arvioivat
`);

/** Words between the verb and the name: "kertoi ensimmäisenä Iltalehti", "uutisoi torstaina Yle". */
const ADVERBS = phrases(`
  ensimmäisenä
  aiemmin
  aikaisemmin
  myös
  jo
  nyt
  eilen
  tänään
  viime viikolla
  aamulla
  illalla
  maanantaina
  tiistaina
  keskiviikkona
  torstaina
  perjantaina
  lauantaina
  sunnuntaina
  verkkosivuillaan
  omien tietojensa mukaan
`);

/** Verbs of saying before "Ylelle" (allative): "sanoi Ylelle", "kommentoi STT:lle". */
const SAID = phrases(`
  sanoi
  sanoo
  sanoivat
  sanovat
  on sanonut
  kertoi
  kertoo
  kertoivat
  kertovat
  on kertonut
  kommentoi
  kommentoivat
  totesi
  toteaa
  vahvisti
  vahvistaa
  arvioi
  arvioivat
  painotti
  painottaa
  korosti
  korostaa
  muistutti
  myönsi
  myöntää
  huomautti
  kiisti
  kiistää
  lupasi
  paljasti
  perusteli
  selitti
  selittää
  tarkensi
  kuvaili
  vakuutti
  kertoo
  kertomassa
`);

/** Nouns of information after a genitive and before "mukaan": "Ylen tietojen mukaan". */
const INFO = phrases(`
  tietojen
  omien tietojen
  saamien tietojen
  lähteiden
  uutisen
  uutisten
  raportin
  selvityksen
  jutun
  artikkelin
  tiedon
  arvion
  laskelmien
  kertoman
  uutisoiman
  julkaiseman
  haastattelun
`);

/** Polls for or by an outlet, any case: "Ylen kyselyn mukaan", "HS-gallupissa". */
const POLL =
  '(?:kysely|gallup|mielipidemittau|kannatusmittau|puoluekannatusmittau|vaaligallup|selvity)\\p{L}*';

/**
 * Media events after a genitive: "Ylen haastattelussa", "MTV Uutisten lähetyksessä", "Ylen
 * haastattelema asiantuntija".
 */
const MEDIA = phrases(`
  haastattelussa
  haastattelu
  haastattelemana
  haastattelema
  haastattelemat
  haastattelemien
  haastattelemia
  haastattelemalle
  tavoittama
  tavoittamat
  tv-haastattelussa
  radiohaastattelussa
  ohjelmassa
  tv-ohjelmassa
  radio-ohjelmassa
  keskusteluohjelmassa
  lähetyksessä
  suorassa lähetyksessä
  uutislähetyksessä
  uutisissa
  podcastissa
  podcast-jaksossa
  dokumentissa
  vaalitentissä
  tentissä
  aamu-tv:ssä
  A-studiossa
  A-talkissa
`);

/** Participles of an outlet's own work after its genitive: "HS:n näkemä asiakirja". */
const BY_OUTLET = phrases(`
  julkaisema
  julkaisemassa
  julkaisemat
  julkaisemien
  näkemä
  näkemät
  näkemän
  näkemien
  hankkima
  hankkimat
  selvittämä
  selvittämät
  lainaama
  kokoama
  kokoamat
  keräämä
  keräämät
  laatima
  uutisoima
  haltuunsa saama
  haltuunsa saamat
`);

/**
 * A descriptor before the name, nominative or agreeing genitive: "uutistoimisto Reutersin",
 * "brittilehti Guardian", "brittiläisen yleisradioyhtiön BBC:n".
 */
const DESCRIPTOR =
  '(?:[\\p{Ll}-]*(?:lehti|lehden|toimisto|toimiston|kanava|kanavan|media|median|sivusto|sivuston|radioasema|radioaseman|yleisradioyhtiö|yleisradioyhtiön|televisioyhtiö|televisioyhtiön|mediayhtiö|mediayhtiön|uutispalvelu|uutispalvelun)|radio|radion|televisio|television)';

/** Finnish: its cue rules, descriptors, words and the case endings of names. */
export const FI: LanguagePack = {
  code: 'fi',
  name: 'Finnish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ei', 'eikä', 'eivät', 'ole'],
  descBefore: u(new RegExp(`((?:^|\\s))(?:[\\p{Ll}-]+(?:inen|isen)\\s+){0,2}${DESCRIPTOR}\\s+$`)),
  rules: [
    {
      // "työskenteli aiemmin Ylellä", "Yle lähettää ottelun": the outlet as employer or actor.
      id: 'fi-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:työskenteli|työskentelee|työskennellyt|toimi|toiminut|työskentelevä|nähtävissä|katsottavissa|kuunneltavissa)\s+(?:aiemmin\s+|myös\s+|nykyään\s+)?$/iu,
      ),
      endings: ['lla', 'llä', 'ssa', 'ssä', 'issa', 'issä', 'illa', 'illä'],
    },
    {
      id: 'fi-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:lähettää|lähetti|näyttää|näytti|esittää|esitti|omistaa|osti|myi|irtisanoo|irtisanoi|palkkasi|lopettaa|lopetti|aloittaa|aloitti|haastoi|joutui|tuomittiin)\b/iu,
      ),
      endings: [''],
    },
    {
      id: 'fi-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        new RegExp(
          `^(?:-|\\s+(?:teettämä\\p{L}*\\s+|tilaama\\p{L}*\\s+|tuore\\p{L}*\\s+)?)${POLL}`,
        ),
      ),
      endings: [...GENITIVE, ''],
    },
    {
      // "Taloustutkimuksen Ylelle tekemä kysely": a poll made for the outlet.
      id: 'fi-poll-for',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(new RegExp(`^\\s+(?:tekemä|teettämä|laatima|toteuttama)\\p{L}*\\s+${POLL}`)),
      endings: ALLATIVE,
    },
    {
      id: 'fi-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:tekemä\p{L}*\s+|tuore\p{L}*\s+)?(?:analyysi|laskelm|mallinnu|vertailu)\p{L}*/u,
      ),
      endings: GENITIVE,
    },
    {
      id: 'fi-mukaan',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(new RegExp(`^\\s+(?:${INFO}\\s+)?mukaan\\b`)),
      endings: GENITIVE,
    },
    {
      id: 'fi-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b${SAID}\\s+(?:\\p{L}+\\s+){0,2}$`, 'i')),
      endings: ALLATIVE,
    },
    {
      // "Ylelle kertoi johtaja…", "STT:lle antamassaan haastattelussa"
      id: 'fi-told-after',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(new RegExp(`^\\s+(?:${SAID}|antama\\p{L}*\\s+(?:haastattelu|lausun)\\p{L}*)\\b`)),
      endings: ALLATIVE,
    },
    {
      id: 'fi-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^\\s+(?:(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*(?:ssa|ssä)|${MEDIA})\\b`,
        ),
      ),
      endings: GENITIVE,
    },
    {
      // "sanoi Yle Radio Suomen Ykkösaamussa": a channel and programme after the bare name.
      id: 'fi-said-on',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b${SAID}\\s+$`, 'i')),
      after: u(/^(?:\s+\p{Lu}[\p{L}-]*){1,3}(?:ssa|ssä|lla|llä)\b/u),
      endings: [''],
    },
    {
      // "sanoi Yle Tampereelle": a regional channel or programme named after the bare name.
      id: 'fi-told-channel',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b${SAID}\\s+$`, 'i')),
      after: u(/^(?:\s+\p{Lu}[\p{L}-]*){1,2}(?:lle)\b/u),
      endings: [''],
    },
    {
      id: 'fi-by-outlet',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(new RegExp(`^\\s+(?:\\p{L}+\\s+)?${BY_OUTLET}\\b`)),
      endings: GENITIVE,
    },
    {
      id: 'fi-video',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:\p{L}+m(?:alla|ällä|assa|ässä|illa|illä|issa|issä)\s+)?(?:videolla|videossa|videoissa|videokuvissa|videomateriaalissa|videokuvaa|kuvaamalla)\b/u,
      ),
      endings: GENITIVE,
    },
    {
      // "Reutersiin viitaten", "STT:hen viitaten"
      id: 'fi-referring',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(/^\s+viitaten\b/u),
      endings: ILLATIVE,
    },
    {
      // "AFP, lainaten Reutersia," / "siteeraa Ylen uutista"
      id: 'fi-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(/\b(?:lainaten|lainaa|lainasi|siteeraten|siteeraa|siteerasi)\s+$/iu),
      endings: PARTITIVE,
    },
    {
      // "Artikkeliin on haettu tietoja myös STT:ltä."
      id: 'fi-info-from',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:tietoja|tiedot|tietoa|lisätietoja|materiaalia|tietoja\s+on\s+haettu)\s+(?:on\s+)?(?:haettu\s+|saatu\s+|käytetty\s+)?(?:myös\s+)?$/iu,
      ),
      endings: ABLATIVE,
    },
    {
      id: 'fi-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,;:"”])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}$`, 'i')),
      endings: [''],
    },
    {
      id: 'fi-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^\\s+(?:${ADVERBS}\\s+){0,2}${REPORTS}\\b`)),
      endings: [''],
    },
  ],
  words: {
    and: ['ja', 'sekä', 'tai'],
    articles: [],
    sourceLabels: ['Lähde', 'Lähteet'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Kuva', 'Kuvat', 'Valokuva', 'Kuvaaja', 'Video'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    US: ['yhdysvalt', 'amerikkalai'],
    GB: ['britannia', 'brittilä', 'britti', 'englantilai'],
    FI: ['suomalai'],
    SE: ['ruotsalai', 'ruotsin'],
    NO: ['norjalai', 'norjan'],
    DK: ['tanskalai', 'tanskan'],
    DE: ['saksalai', 'saksan'],
    FR: ['ranskalai', 'ranskan'],
    RU: ['venäläi', 'venäjän'],
    EE: ['virolai', 'viron'],
    ES: ['espanjalai'],
    IT: ['italialai'],
    CN: ['kiinalai'],
    JP: ['japanilai'],
    UA: ['ukrainalai'],
  },
  outletNouns: {
    'news-agency': ['uutistoimisto', 'tietotoimisto'],
    newspaper: [
      'lehti',
      'sanomalehti',
      'päivälehti',
      'iltapäivälehti',
      'paikallislehti',
      'maakuntalehti',
      'talouslehti',
    ],
    broadcaster: [
      'yleisradioyhtiö',
      'televisioyhtiö',
      'televisiokanava',
      'tv-kanava',
      'uutiskanava',
      'kanava',
      'radiokanava',
      'radioasema',
    ],
    magazine: ['aikakauslehti', 'viikkolehti'],
    online: ['verkkolehti', 'uutissivusto', 'sivusto', 'uutispalvelu', 'verkkomedia'],
  },
  compoundOutletNouns: ['lehti', 'radio'],
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministeriö',
    'Hallitus',
    'Yliopisto',
    'Virasto',
    'Kaupunki',
    'Poliisi',
    'Oikeus',
    'Instituutti',
    'Pankki',
    'Säätiö',
    'Yhdistys',
    'Puolue',
    'Eduskunta',
    'Oy',
    'Oyj',
  ],
  // A case ending glued to an outlet noun makes it follow its name ("Karar gazetesinden Elif
  // Çakır"): only the bare noun stands before a name.
  outletNounEndings: [],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: ['-lehti', 'Sanomat', 'Uutiset', 'Kansa', 'Lehti'],
    broadcaster: ['Radio', 'TV'],
  },
  inflection: {
    endings: [
      ...GENITIVE,
      ...ALLATIVE,
      ...ABLATIVE,
      ...ILLATIVE,
      ...PARTITIVE,
      ...OTHER_CASES.split(' '),
    ],
    joiners: [':'],
    stems: {
      lehti: ['lehde', 'lehte'],
      sanomat: ['sanomi'],
      uutiset: ['uutis', 'uutisi'],
      nen: ['se', 's'],
      uus: ['uude', 'uut'],
      tti: ['ti'],
    },
  },
};
