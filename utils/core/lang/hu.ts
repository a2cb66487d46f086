import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/**
 * Hungarian credits hang on the suffix glued to the outlet's name: "a Telex szerint" (bare),
 * "nyilatkozta a Telexnek" (dative -nak/-nek), "a Reutersre hivatkozva" (-ra/-re), "az
 * MTI-től" (-tól/-től), "az ATV-n", "a Kossuth Rádióban" (where it was said). Abbreviations take
 * the suffix after a hyphen ("MTI-nek"). The article is "a", before a vowel "az".
 */
const DATIVE = ['nak', 'nek'];
const SUBLATIVE = ['ra', 're'];
const ABLATIVE = ['tól', 'től', 'ból', 'ből'];
/** Where something was said or shown: "az ATV-n", "az M1-en", "a Kossuth Rádióban". */
const LOCATIVE = ['n', 'on', 'en', 'ön', 'ban', 'ben'];
/** Where someone works: "a Telexnél", "az Indexnél". */
const ADESSIVE = ['nál', 'nél'];
/** Every other ending a name takes: accusative, instrumental, illative, allative, delative… */
const OTHER_CASES = 't ot et öt at val vel szal szel al el ba be hoz hez höz ról ről ért ig ként é';

/** An optional article: "a Telex", "az MTI". */
const ART = '(?:(?:a|az)\\s+)?[„"]?';

/** Reporting verbs, present and past, singular and plural: "írja", "közölte", "számolt be". */
const REPORTS = phrases(`
  írja
  írta
  írják
  írták
  megírta
  megírja
  írta meg
  írja meg
  jelenti
  jelentette
  jelentik
  jelentették
  közli
  közölte
  közlik
  közölték
  számol be
  számolt be
  számolnak be
  számoltak be
  beszámolt
  beszámol
  beszámoltak
  tudósít
  tudósított
  tudósítja
  tudósította
  adta hírül
  adja hírül
  adták hírül
  értesült
  értesülése szerint
  tudja
  úgy tudja
  tudta meg
  tudja meg
  úgy értesült
  hozta nyilvánosságra
  hozta nyilvánosságra
  kiderítette
  derítette ki
  tárta fel
  tárja fel
  feltárta
  feltárja
  leplezte le
  lerántotta a leplet
  hozta le
  hozza le
  derítette fel
  idézi
  idézte
  tájékoztat
  tájékoztatott
  emlékeztet
  emlékeztetett
  mutatott rá
  mutat rá
  teszi hozzá
  tette hozzá
  azt írta
  azt írja
  arról írt
  arról ír
  arról számolt be
`);

/** Words between the name and its verb: "a Telex pénteken azt írta", "az MTI korábban közölte". */
const ADVERBS = phrases(`
  azt
  arról
  erről
  korábban
  már
  is
  elsőként
  szerdán
  hétfőn
  kedden
  csütörtökön
  pénteken
  szombaton
  vasárnap
  tegnap
  ma
  múlt héten
  nemrég
  akkor
  most
  értesülése szerint
`);

/** Verbs of saying with a dative outlet: "nyilatkozta a Telexnek", "az RTL-nek elmondta". */
const SAID = phrases(`
  nyilatkozta
  nyilatkozott
  nyilatkozták
  nyilatkozva
  nyilatkozó
  nyilatkozók
  mondta
  mondták
  mondta el
  elmondta
  elmondták
  közölte
  közölték
  válaszolta
  felelte
  fogalmazott
  hangsúlyozta
  erősítette meg
  megerősítette
  jelezte
  jelentette ki
  árulta el
  elárulta
  reagált
  reagálva
  írta
  nyilatkozatában
  adott interjújában
  adott interjúban
  adott nyilatkozatában
`);

/** Nouns of an outlet's work after its bare name: "a Telex cikke", "az Index értesülései". */
const WORK = phrases(`
  cikke
  cikkében
  cikkei
  írása
  írásában
  riportja
  riportjában
  tudósítása
  tudósításában
  értesülése
  értesülései
  információi
  információja
  oknyomozása
  birtokába jutott
  oknyomozó cikke
  anyaga
  anyagában
  beszámolója
  beszámolójában
  jelentése
  jelentésében
  összeállítása
  összeállításában
  hírei
  híre
`);

/** Analyses and polls after the bare name: "a Portfolio számításai", "a HVG megbízásából". */
const ANALYSIS = phrases(`
  számításai
  számítása
  számításai szerint
  elemzése
  elemzései
  elemzésében
  kimutatása
  összesítése
  felmérése
  kutatása
  becslése
`);

/** Programmes and broadcasts: "a Kossuth Rádió Jó reggelt, Magyarország! című műsorában". */
const MEDIA = phrases(`
  műsorában
  műsorának
  adásában
  adásának
  interjújában
  podcastjában
  podcastjának
  híradójában
  híradójának
  stúdiójában
  vendégeként
  reggeli műsorában
  esti műsorában
  élő adásában
  közvetítésében
`);

/** Descriptors after a name: "a Reuters hírügynökség szerint", "a Handelsblatt német gazdasági lap". */
const DESCRIPTOR = phrases(`
  hírügynökség
  hírügynökségnek
  lap
  napilap
  hetilap
  bulvárlap
  sportnapilap
  hírmagazin
  hetilap
  közmédia
  hírtévé
  újság
  portál
  hírportál
  hírportálnak
  oldal
  híroldal
  televízió
  tévé
  tévécsatorna
  csatorna
  hírcsatorna
  hírtelevízió
  rádió
  magazin
  folyóirat
`);

/** Hungarian: its cue rules, descriptors, words and the suffixes of names. */
export const HU: LanguagePack = {
  code: 'hu',
  name: 'Hungarian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['nem', 'sem', 'soha'],
  descAfter: u(new RegExp(`^\\s+(?:című\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${DESCRIPTOR}\\b`)),
  rules: [
    {
      // "korábban a Telexnél dolgozott", "az Indexnél volt újságíró"
      id: 'hu-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:is\s+|korábban\s+|évekig\s+|sokáig\s+)?(?:dolgozott|dolgozik|dolgozó|dolgoztak|volt\s+(?:újságíró|riporter|szerkesztő|munkatárs|főszerkesztő|műsorvezető)|kezdte\s+pályáját|helyezkedett\s+el)\b/iu,
      ),
      endings: ADESSIVE,
    },
    {
      // "a Telex munkatársa", "a TV2 közvetíti a meccset", "az Index tulajdonosa"
      id: 'hu-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:munkatársa|munkatársai|újságírója|újságírói|főszerkesztője|szerkesztője|riportere|műsorvezetője|tudósítója|tulajdonosa|vezérigazgatója|kiadója|alapítója|közvetíti|közvetítette|élőben\s+közvetíti|sugározza|sugározta|megvásárolta|felvásárolta|elbocsátott|elbocsátja|beperelte|pert\s+nyert|megszűnik|megszűnt|bezár|elindította|indította)\b/iu,
      ),
      endings: [''],
    },
    {
      // "az M1-en látható", "a TV2-n követhető": the outlet as the channel showing something.
      id: 'hu-actor-channel',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        /^\s+(?:is\s+)?(?:látható|követhető|nézhető|hallgatható|közvetítik|sugározzák|élőben)\b/iu,
      ),
      endings: LOCATIVE,
    },
    {
      // "a Medián a HVG megbízásából", "a Nézőpont Intézet a Magyar Nemzetnek készített felmérése"
      id: 'hu-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^\s+(?:megbízásából|számára\s+(?:készített|készült|végzett)|(?:készített|készült|végzett)\s+(?:\p{L}+\s+)?(?:felmérés|kutatás|közvélemény-kutatás)\p{L}*)/u,
      ),
      endings: ['', ...DATIVE],
    },
    {
      id: 'hu-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      after: u(new RegExp(`^\\s+(?:friss\\s+|legújabb\\s+|saját\\s+)?${ANALYSIS}\\b`)),
      endings: [''],
    },
    {
      // "az MTI szerint", "a Telex értesülései szerint", "a HVG információi alapján"
      id: 'hu-szerint',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(
        new RegExp(
          `^\\s+(?:(?:${WORK}|forrásai|forrása|adatai|úgy\\s+tudja)\\s+)?(?:szerint|alapján)\\b`,
        ),
      ),
      endings: [''],
    },
    {
      // "a Reutersre hivatkozva", "az AFP-re hivatkozó", "a Bloomberg nyomán"
      id: 'hu-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      after: u(
        /^\s+(?:hivatkozva|hivatkozó|hivatkozott|hivatkozik|hivatkoznak|hivatkozott\s+cikke)\b/u,
      ),
      endings: SUBLATIVE,
    },
    {
      id: 'hu-citing-after',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      after: u(/^\s+(?:nyomán|értesülései\s+nyomán|cikke\s+nyomán|idézve)\b/u),
      endings: ['', 't', 'et', 'ot'],
    },
    {
      // "a Magyar Nemzetnek adott interjújában", "a Kossuth Rádióban adott pénteki interjújában":
      // an interview given to (dative) or on (inessive) the outlet.
      id: 'hu-interview-given',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+adott\s+(?:[\p{L}-]+\s+){0,2}?(?:interjú|nyilatkozat|exkluzív\s+interjú)\p{L}*/u,
      ),
      endings: [...DATIVE, 'ban', 'ben'],
    },
    {
      // "az MTI-vel közölte a szóvivő", "a Telexszel tudatta": told with (instrumental) the outlet.
      id: 'hu-told-with',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+(?:(?:azt|ezt|is|pénteken|kedden)\s+)?(?:közölte|közölték|tudatta|tudatták|osztotta\s+meg|osztották\s+meg)\b/u,
      ),
      endings: ['val', 'vel', 'al', 'el', 'szal', 'szel', 'xal', 'xel'],
    },
    {
      // "nyilatkozta a Telexnek", "mondta az RTL-nek"
      id: 'hu-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,–—-])${SAID}(?:\\s+(?:is|el|meg|ezt|azt|most|pénteken|kedden))?\\s+${ART}$`,
          'i',
        ),
      ),
      endings: DATIVE,
    },
    {
      // "a Telexnek azt mondta", "az Indexnek nyilatkozva", "a HVG-nek nyilatkozó szakértő";
      // the speaker may stand between: "az RTL-nek a rendőrség megerősítette".
      id: 'hu-told-after',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^\\s+(?:(?:a|az)\\s+[\\p{L}-]+\\s+)?(?:(?:azt|ezt|is|már|korábban|pénteken|kedden)\\s+){0,2}${SAID}\\b`,
        ),
      ),
      endings: DATIVE,
    },
    {
      // "a Telex kérdésére", "az Index megkeresésére" (answering the outlet)
      id: 'hu-question',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+(?:kérdésére|kérdéseire|megkeresésére|érdeklődésére|megkeresésére\s+válaszolva)\b/u,
      ),
      endings: [''],
    },
    {
      // "a Kossuth Rádió Jó reggelt, Magyarország! című műsorában", "az M1 híradójában"
      id: 'hu-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^\\s+(?:[^\\s.]+\\s+){0,5}?(?:című\\s+)?${MEDIA}|^\\s+(?:(?:Egyenes\\s+beszéd|Híradó|Tények|Fókusz|Napló)\\s+)?(?:című\\s+)?(?:műsorában|adásában)`,
        ),
      ),
      endings: [''],
    },
    {
      // "az ATV-n mondta", "a Kossuth Rádióban nyilatkozott": said on a channel.
      id: 'hu-said-on',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(`^\\s+(?:(?:azt|ezt|is|pénteken|kedden|reggel|este)\\s+){0,2}${SAID}\\b`),
      ),
      endings: LOCATIVE,
    },
    {
      // "a Telexen megjelent cikk", "a 444-en olvasható"
      id: 'hu-published-on',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+(?:(?:pénteken|kedden|korábban|hétfőn)\s+)?(?:megjelent|megjelenő|olvasható|közölt|publikált|napvilágot\s+látott)\b/u,
      ),
      endings: LOCATIVE,
    },
    {
      // "az MTI-től kapott tájékoztatás", "a Reuterstől származó értesülés"
      id: 'hu-from',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(/^\s+(?:kapott|származó|átvett|érkezett|megtudott)\b/u),
      endings: ABLATIVE,
    },
    {
      // "az MTI által közölt videón", "a Reuters felvételein"
      id: 'hu-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      kindInCaption: 'photo',
      after: u(
        /^\s+(?:által\s+(?:közölt|közzétett|készített|rögzített|sugárzott|bemutatott|megszerzett)\s+)?(?:videó|videón|videója|videóján|videófelvétel|felvétel|felvételen|felvételei|felvételein|képsorok|képsorain|fotói|fotóin|fotója|képein)\p{L}*/u,
      ),
      endings: [''],
    },
    {
      // "a Telex által megszerzett dokumentumok", "az Index által megkérdezett szakértő"
      id: 'hu-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(
        /^\s+által\s+(?:megszerzett|megismert|látott|megkérdezett|idézett|kiderített|feltárt|közölt|közzétett|nyilvánosságra\s+hozott|birtokába\s+jutott|elemzett)\b/u,
      ),
      endings: [''],
    },
    {
      // "a Telex cikke", "az Index értesülése" as the subject of a sentence
      id: 'hu-work',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        new RegExp(
          `^\\s+(?:(?:hétfői|keddi|szerdai|csütörtöki|pénteki|szombati|vasárnapi|korábbi|friss|tegnapi|mai|múlt\\s+heti)\\s+)?${WORK}\\b`,
        ),
      ),
      endings: [''],
    },
    {
      // "– írja a Telex", "jelentette a Reuters", "számolt be az MTI"
      id: 'hu-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:"”»–—-])${REPORTS}\\s+(?:${ADVERBS}\\s+){0,2}${ART}$`, 'i'),
      ),
      endings: [''],
    },
    {
      id: 'hu-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^[”"]?,?\\s+(?:${ADVERBS}\\s+){0,3}${REPORTS}\\b`)),
      endings: [''],
    },
  ],
  words: {
    and: ['és', 'vagy', 'illetve'],
    articles: ['a', 'az'],
    sourceLabels: ['Forrás', 'Források'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Fotó', 'Fénykép', 'Kép', 'Képek', 'Videó', 'Illusztráció', 'Borítókép'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    HU: ['magyar'],
    US: ['amerikai', 'egyesült államok'],
    GB: ['brit', 'angol'],
    DE: ['német'],
    AT: ['osztrák'],
    FR: ['francia'],
    RO: ['román'],
    SK: ['szlovák'],
    RS: ['szerb'],
    UA: ['ukrán'],
    RU: ['orosz'],
    IT: ['olasz'],
    PL: ['lengyel'],
  },
  outletNouns: {
    'news-agency': ['hírügynökség', 'távirati iroda'],
    newspaper: ['lap', 'napilap', 'újság', 'hetilap', 'megyei lap', 'gazdasági lap'],
    broadcaster: ['televízió', 'tévé', 'csatorna', 'hírcsatorna', 'hírtelevízió', 'rádió'],
    magazine: ['magazin', 'folyóirat', 'hetilap'],
    online: ['portál', 'hírportál', 'híroldal', 'oldal', 'online lap'],
  },
  compoundOutletNouns: ['újság', 'rádió', 'televízió'],
  // A case ending glued to an outlet noun makes it follow its name ("Karar gazetesinden Elif
  // Çakır"): only the bare noun stands before a name.
  outletNounEndings: [],
  nameEndings: {
    newspaper: ['Hírlap', 'Napló', 'Nemzet', 'Hírek', 'Újság'],
    broadcaster: ['Rádió', 'TV', 'Televízió', 'Híradó'],
  },
  nameStarts: { broadcaster: ['Rádió', 'Radio'] },
  notOutletWords: ['Minisztérium', 'Egyetem', 'Kormány', 'Zrt.', 'Kft.', 'Nyrt.', 'Intézet'],
  // "Telexnek", "MTI-nek", "Népszavának" (a final a/e lengthens; letters are compared without
  // accents, so "Népszavá-" needs no stem).
  inflection: {
    endings: [
      ...DATIVE,
      ...SUBLATIVE,
      ...ABLATIVE,
      ...LOCATIVE,
      ...ADESSIVE,
      ...OTHER_CASES.split(' '),
    ],
    joiners: ['-'],
  },
};
