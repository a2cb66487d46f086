import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { alternation, phrases, u } from './regex';
import { forms } from './slavic';

/*
 * Polish names decline: "według Reutersa", "powiedział Onetowi", "w rozmowie z Onetem", "w
 * Polsacie", "według „Rzeczpospolitej”", "dla Wirtualnej Polski". Abbreviations mostly stay as
 * they are (PAP, TVN24, RMF FM), or take a hyphen ("TVN-u"). A descriptor before the name takes
 * the case instead ("agencji Reuters", "dziennika Fakt", "telewizji Polsat").
 */

/**
 * Past forms of verbs given by their masculine form in -ł, one per line: "podał" → podał,
 * podała, podało, podały, podali. A line may add irregular forms after it ("doniósł doniosła").
 */
function past(table: string): string {
  const all: string[] = [];
  for (const line of table.split('\n')) {
    const [head, ...rest] = line.trim().split(/\s+/).filter(Boolean);
    if (!head) continue;
    const stem = head.endsWith('ł') ? head.slice(0, -1) : head;
    all.push(head, `${stem}ła`, `${stem}ło`, `${stem}ły`, `${stem}li`, ...rest);
  }
  return alternation(all);
}

/** Reporting verbs, past: "PAP podała", "jak ustalił Onet", "poinformowała agencja Reuters". */
const REPORTED_PAST = past(`
  podał
  poinformował
  napisał
  pisał
  informował
  podawał
  przekazał
  ustalił
  ujawnił
  opisał
  zauważył
  przypomniał
  wyliczył
  obliczył
  opublikował
  cytował
  zacytował
  relacjonował
  zrelacjonował
  twierdził
  ocenił
  oszacował
  wskazał
  podkreślił
  dodał
  zaznaczył
  alarmował
  ostrzegł
  sprawdził
  potwierdził
  przeanalizował
  uzyskał
  zdobył
  wyjaśnił
  ogłosił
  zapowiedział
  odnotował
  doniósł doniosła doniosło doniosły donieśli
  dotarł dotarła dotarło dotarły dotarli
`);

/** Reporting verbs, present, singular and plural: "podaje PAP", "media piszą". */
const REPORTS_NOW = forms(`
  podaje podają
  informuje informują
  pisze piszą
  donosi donoszą
  przekazuje przekazują
  relacjonuje relacjonują
  cytuje cytują
  zauważa zauważają
  twierdzi twierdzą
  ujawnia ujawniają
  przypomina przypominają
  wskazuje wskazują
  podkreśla podkreślają
  dodaje dodają
  zaznacza zaznaczają
  ocenia oceniają
  szacuje szacują
  wylicza wyliczają
  opisuje opisują
  alarmuje alarmują
  ostrzega ostrzegają
  ustala ustalają
  wyjaśnia wyjaśniają
  komentuje komentują
  analizuje analizują
  publikuje publikują
  odnotowuje
`);

const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW}|zwraca\\s+uwagę|zwrócił[aoy]?\\s+uwagę|zwrócili\\s+uwagę)`;

/** Verbs of saying before the hearer: "powiedział PAP", "przekazała „Rzeczpospolitej”". */
const SAID = `(?:${past(`
  powiedział
  przekazał
  poinformował
  oświadczył
  zapewnił
  stwierdził
  przyznał
  wyjaśnił
  dodał
  podkreślił
  zaznaczył
  tłumaczył
  mówił
  zdradził
  ujawnił
  potwierdził
  zapowiedział
  ocenił
  przekonywał
  zauważył
  skomentował
  odpowiedział
  przypomniał
  opowiedział
  opowiadał
  zdradził
  wyznał
  zadeklarował
  zapewniał
  powiedział
  zastrzegł
`)}|${forms(`
  mówi mówią
  przekonuje przekonują
  tłumaczy tłumaczą
  wyjaśnia wyjaśniają
  dodaje dodają
  zaznacza zaznaczają
  podkreśla podkreślają
  przyznaje przyznają
  zapewnia zapewniają
  ocenia oceniają
  twierdzi twierdzą
  ostrzega ostrzegają
  zauważa zauważają
  komentuje komentują
  odpowiada odpowiadają
  opowiada opowiadają
  zdradza
`)})`;

/** The outlet's journalist before its name: "jak ustalił reporter RMF FM", "dziennikarka Onetu". */
const JOURNALIST =
  '(?:reporter|reporterka|reporterzy|dziennikarz|dziennikarka|dziennikarze|korespondent|korespondentka|korespondenci|wysłannik|wysłanniczka)';

/** Words between a verb and the name: "podała w piątek PAP", "ustalił nieoficjalnie Onet". */
const ADVERBS = phrases(`
  już
  też
  także
  również
  wcześniej
  dziś
  dzisiaj
  wczoraj
  nieoficjalnie
  jako pierwszy
  jako pierwsza
  jako pierwsze
  w poniedziałek
  we wtorek
  w środę
  w czwartek
  w piątek
  w sobotę
  w niedzielę
  rano
  wieczorem
  w nocy
  się
  o tym
  o sprawie
`);

/** Nouns of information after "według" or "z": "według informacji Onetu", "z ustaleń RMF FM". */
const INFO = forms(`
  danych
  informacji
  ustaleń
  doniesień
  nieoficjalnych
  relacji
  raportu
  wyliczeń
  szacunków
  dokumentów
  nagrań
  źródeł
  artykułu
  tekstu
  materiału
  publikacji
`);

/** Media events where a guest speaks: "w rozmowie z", "na antenie", "w programie … TVN24". */
const ON_AIR = phrases(`
  w rozmowie z
  w wywiadzie dla
  w wywiadzie z
  w wywiadzie udzielonym
  w wywiadzie udzielonym dla
  wywiadzie dla
  w rozmowie dla
  na antenie
  w studiu
  w programie
  w audycji
  w podcaście
  w debacie
  w porannej rozmowie
  w wieczornym programie
  gościem
  gość
`);

/** Polish: its cue rules, descriptors, words and the case endings of names. */
export const PL: LanguagePack = {
  code: 'pl',
  name: 'Polish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['nie', 'nigdy'],
  // An adjective may stand before the noun ("lokalny dziennik"); a reporting verb ending like
  // one ("informuje dziennik", "podaje agencja") is not one.
  descBefore: u(
    new RegExp(
      `((?:^|\\s))(?:(?!(?:${REPORTS}|${SAID})\\s)[\\p{Ll}]+(?:ego|iej|ej|ym|im|emu|a|ą|y|i|e)\\s+){0,2}(?:agencj[aięą](?:\\s+prasow(?:a|ej|ą))?|dziennik(?:a|u|owi|iem)?|gazet[aąęy]|gazecie|tygodnik(?:a|u|owi|iem)?|miesięcznik(?:a|u|iem)?|portal(?:u|owi|em)?|serwis(?:u|owi|em)?|telewizj[aięą]|stacj[aięą]|radi[aou]|radiem|rozgłośni[aęą]?|redakcj[aięą]|magazyn(?:u|ie|em)?|witryn[aęyą]|witrynie|wydawnictw[aoue]|pism[aoue]|piśmie|medium|medi[aó]w?)\\s+$`,
      'iu',
    ),
  ),
  rules: [
    {
      // "pracował w TVN24", "prezes TVP", "związany z Onetem": the outlet as employer or property.
      id: 'pl-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:pracował[aoy]?|pracowali|pracuje|pracują|zatrudnion[yaei]|zatrudnił[aoy]?|odszedł|odeszła|związan[yaei]|współpracował[aoy]?|współpracuje)\s+(?:wcześniej\s+|dawniej\s+|obecnie\s+|także\s+)?(?:w|we|z|ze|dla|na|do)|(?:prezes\p{L}*|właściciel\p{L}*|wydaw\p{L}*|dyrektor\p{L}*|zarząd\p{L}*|kupił[aoy]?|sprzedał[aoy]?|pozwał[aoy]?|ukarał[aoy]?)|(?:emitowan|wyemitowan|nadawan|transmitowan|pokazywan)\p{L}*\s+(?:w|we|na|przez))\s+$/iu,
      ),
    },
    {
      // "TVP wyemitowała serial", "Polsat kupił prawa", "TVN24 został ukarany"
      id: 'pl-actor-verb',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        new RegExp(
          `^\\s+(?:${past('kupił\nsprzedał\nzwolnił\nzatrudnił\nwyemitował\nemitował\nprzejął\nuruchomił\npozwał\nzapłacił')}|nadaje|transmituje|emituje|zatrudnia|zwalnia|(?:został[aoy]?|zostali)\\s+(?:ukaran|pozwan|sprzedan|przejęt|zamknięt)\\p{L}*|dostał[aoy]?\\s+karę|otrzymał[aoy]?\\s+karę)\\b`,
          'i',
        ),
      ),
    },
    {
      // "sondaż IBRiS dla Onetu", "badanie przeprowadzone na zlecenie „Rzeczpospolitej”"
      id: 'pl-poll',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:sondaż\p{L}*|badani[aeuo]\p{L}*|ankiet\p{L}*|sondażow\p{L}*)\b[^\n.]{0,60}?\b(?:dla|na\s+zlecenie|zlecon\p{L}*\s+przez|zamówion\p{L}*\s+przez)\s+$/iu,
      ),
    },
    {
      // "z analizy Bankier.pl", "wyliczenia money.pl", "według szacunków Bloomberga"
      id: 'pl-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:analiz[aęyią]|analizie|wylicze[nń]\p{L}*|oblicze[nń]\p{L}*|szacunk\p{L}*|zestawieni[aeu]|symulacj\p{L}*)\s+$/iu,
      ),
    },
    {
      id: 'pl-wedlug',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:(?:według|wedle|wg\\.?)\\s+(?:(?:${INFO})\\s+)?(?:(?:${INFO})\\s+)?|jak\\s+(?:${ADVERBS}\\s+)?(?:${REPORTS})\\s+(?:${ADVERBS}\\s+){0,2}(?:${JOURNALIST}\\s+)?|jak\\s+(?:${ADVERBS}\\s+)?dowiedział[aoy]?\\s+się\\s+(?:${JOURNALIST}\\s+)?|jak\\s+dowiedzieli\\s+się\\s+|jak\\s+wynika\\s+z\\s+(?:(?:${INFO})\\s+)?|(?:z|ze)\\s+(?:(?:${INFO})\\s+)?(?:${INFO})\\s+|na\\s+podstawie\\s+(?:${INFO})\\s+)$`,
          'i',
        ),
      ),
    },
    {
      // "AFP, powołując się na Reutersa", "cytowany przez PAP", "podaje za agencją Reuters"; a
      // bare "za" only after a comma or a reporting verb ("głosował za PiS" is no relay, nor is
      // the "za" of Czech or Serbo-Croatian, "for").
      id: 'pl-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        /\b(?:powołując\s+się\s+na|powołuje\s+się\s+na|powołał[aoy]?\s+się\s+na|cytując|cytowan[yaei]\s+przez|cytuje|cytowała|cytował|w\s+ślad\s+za|(?:^|[,(–—-]\s*|\b(?:podaje|podają|informuje|informują|pisze|piszą|donosi|donoszą|przekazuje|przekazują|podał[aoy]?|podali|poinformował[aoy]?|poinformowali|napisał[aoy]?|napisali|cytuje|cytują)\s+)za)\s+$/iu,
      ),
    },
    {
      id: 'pl-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b${ON_AIR}(?:\\s+[^\\n.;]{1,50}?\\s+(?:w|we|na|dla))?|\\b${SAID}\\s+(?:${ADVERBS}\\s+)?(?:w|we|na\\s+antenie))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "poinformował portal Onet", "podała agencja Reuters": a descriptor in the nominative makes
      // the outlet the verb's subject (a hearer takes the dative: "powiedział agencji Reuters").
      id: 'pl-inverted-noun',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:»"”)–-])(?:${REPORTS}|${SAID})\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:\\p{Ll}+(?:y|i|a|e)\\s+)?(?:agencja|portal|serwis|dziennik|gazeta|tygodnik|miesięcznik|magazyn|telewizja|stacja|radio|rozgłośnia|redakcja)\\s+[„"]?$`,
          'i',
        ),
      ),
    },
    {
      // "powiedział PAP", "przekazała „Rzeczpospolitej”", "powiedział dla Onetu"
      id: 'pl-told',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b${SAID}\\s+(?:${ADVERBS}\\s+){0,2}(?:dla\\s+)?$`, 'i')),
    },
    {
      // "Dla PAP to potwierdził", "Onetowi powiedział rzecznik"
      id: 'pl-told-front',
      kind: 'quote',
      confidence: CONFIDENCE.verb,
      before: /(?:(?:^|[.!?»”"]\s+|\n)\s*|(?:^|\s)(?:dla|Dla)\s+)$/u,
      after: u(new RegExp(`^\\s+(?:(?:to|tak|już|także|też)\\s+)?${SAID}\\b`, 'i')),
    },
    {
      id: 'pl-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      before: u(
        /\b(?:nagrani[aeu]\p{L}*|wideo|film\p{L}*|materiał\p{L}*\s+wideo|materiał[aeu]?|kadr\p{L}*|relacj[aię]\s+na\s+żywo)\s+(?:(?:opublikowan|udostępnion|pokazan|wyemitowan|zarejestrowan|nagran)\p{L}*\s+(?:przez\s+)?)?$/iu,
      ),
      kindInCaption: 'video',
    },
    {
      // "na łamach „Rzeczpospolitej”", "w artykule Onetu", "w tekście opublikowanym w Polityce"
      id: 'pl-published',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:(?:jak\s+)?czytamy\s+(?:w|we|na)|na\s+łamach|na\s+stronach|na\s+stronie|na\s+portalu|w\s+serwisie|(?:w|we)\s+(?:najnowszym\s+|piątkowym\s+|weekendowym\s+|poniedziałkowym\s+|sobotnim\s+|niedzielnym\s+|swoim\s+|opublikowanym\s+)?(?:artykule|tekście|materiale|reportażu|raporcie|wydaniu|numerze|wpisie|śledztwie)|(?:opublikowan|zamieszczon|ujawnion)\p{L}*\s+(?:przez|w|we|na))\s+$/iu,
      ),
    },
    {
      // "do których dotarł Onet", "dokumenty, które posiada PAP"
      id: 'pl-seen-by',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:do\s+)?(?:których|którego|której|które|który|która)\s+(?:dotarł[aoy]?|dotarli|uzyskał[aoy]?|ma|posiada|widział[aoy]?|zdobył[aoy]?|otrzymał[aoy]?|zna)\s+$/iu,
      ),
    },
    {
      id: 'pl-byline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before:
        /(?:^|\n)\s*(?:Autor|Autorzy|Autorka|AUTOR|Opracowanie)\s*:\s*(?:[^\n,]{1,60},\s*)?$/u,
    },
    {
      id: 'pl-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(`(?:^|[\\s,;:»"”)–-])(?:${REPORTS})\\s+(?:(?:${ADVERBS})\\s+){0,2}$`, 'i'),
      ),
    },
    {
      // "Money.pl wyliczył", "Bankier.pl oszacował": a figure the outlet worked out.
      id: 'pl-calculated',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${past('wyliczył\nobliczył\noszacował\nprzeanalizował\npoliczył\nprzeliczył')}|wylicza|wyliczają|oblicza|szacuje|szacują|analizuje|analizują)\\b`,
          'i',
        ),
      ),
    },
    {
      id: 'pl-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^(?:,\\s[^,\\n]{1,60},)?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${REPORTS}|dowiedział[aoy]?\\s+się|dowiedzieli\\s+się|ustalił[aoy]?|ustalili)\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['i', 'oraz', 'lub', 'albo'],
    articles: [],
    sourceLabels: ['Źródło', 'Zródło', 'Źródła'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Zdjęcie', 'Zdjęcia', 'Zdjecie', 'Zdjecia', 'Wideo', 'Źródło zdjęć'],
    photoMarks: ['Fot.'],
    with: ['z'],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    PL: ['polsk', 'polak'],
    DE: ['niemiec', 'niemck'],
    GB: ['brytyj'],
    US: ['amerykań', 'usa'],
    FR: ['francus', 'francj'],
    RU: ['rosyj', 'rosj'],
    UA: ['ukraiń', 'ukrain'],
    CZ: ['czes'],
    SK: ['słowac'],
    IT: ['włos', 'włoch'],
    ES: ['hiszpań'],
  },
  outletNouns: {
    'news-agency': ['agencja', 'agencja prasowa', 'agencje'],
    newspaper: ['dziennik', 'gazeta', 'dzienniki', 'gazety', 'tabloid'],
    broadcaster: ['telewizja', 'stacja', 'radio', 'rozgłośnia', 'stacja telewizyjna', 'kanał'],
    magazine: ['tygodnik', 'magazyn', 'miesięcznik', 'pismo'],
    online: ['portal', 'serwis', 'witryna', 'serwis internetowy', 'portal internetowy'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    // Official gazettes print laws, not news ("Diário Oficial da União", "Dziennik Ustaw").
    'Ustaw',
    'Urzędowy',
    'Ministerstwo',
    'Rząd',
    'Uniwersytet',
    'Urząd',
    'Sąd',
    'Policja',
    'Instytut',
    'Bank',
    'Fundacja',
    'Stowarzyszenie',
    'Partia',
    'Sejm',
    'Senat',
    'Zarząd',
    'Dyrekcja',
    'Spółka',
  ],
  ownerWords: ['swoim', 'swój', 'swojego', 'swojej', 'swoją', 'swoje', 'jego', 'jej'],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: {
    newspaper: ['Gazeta', 'Kurier', 'Dziennik'],
    broadcaster: ['Radio', 'TV', 'Telewizja'],
  },
  nameEndings: {
    newspaper: ['Gazeta', 'Dziennik', 'Kurier', 'Express', 'Głos'],
    broadcaster: ['Radio', 'TV', 'FM'],
  },
  inflection: {
    // Endings on a name of any language: "Reutersa", "Onetowi", "Bloombergiem", "Guardianie".
    endings: ['a', 'u', 'owi', 'em', 'iem', 'ie', 'ą', 'ę', 'ej', 'y', 'i'],
    joiners: ['-'],
    stems: {
      // Polish names in the other cases: "Wirtualnej Polski", "w Polsacie", "Polskiego Radia",
      // "dziennika Fakt", "telewizji Polsat", "Interii", "Polityce".
      ja: ['ji', 'ję', 'ją'],
      ia: ['ii', 'ię', 'ią'],
      ka: ['ki', 'ce', 'kę', 'ką'],
      ga: ['gi', 'dze', 'gę', 'gą'],
      a: ['y', 'i', 'ie', 'ę', 'ą', 'ej'],
      ie: ['iego', 'iemu', 'im'],
      y: ['ego', 'emu', 'ym'],
      ki: ['kiego', 'kiemu', 'kim'],
      io: ['ia', 'iu', 'iem'],
      ik: ['ika', 'iku', 'ikowi', 'ikiem'],
      ier: ['iera', 'ierowi', 'ierem', 'ierze'],
      t: ['cie'],
      ść: ['ścia', 'ściowi', 'ściem'],
      ąd: ['ądu', 'ądem', 'ądzie'],
    },
  },
};
