/**
 * German reporting and speech verbs in every form a news text writes them: present and past,
 * singular and plural, and the participle of the perfect ("hat … berichtet") and the passive
 * ("wird … zitiert"). Built from stems, so a tense or person is never left out of one verb only.
 */

/** Participles seen so far (of the perfect and the passive), filled by `weak` and `strong`. */
const PARTICIPLES = new Set<string>();

/**
 * A weak verb's forms from its stem ("bericht" → berichtet, berichtete, berichteten, berichten)
 * and its participle; an -e- joins a stem ending in -t, -d or a consonant and -n ("berechnet"),
 * a stem in -er or -el takes -n ("versichern").
 */
function weak(stem: string, participle: string): string[] {
  const e = /[td]$|[^aeiouäöülr]n$/.test(stem) ? 'e' : '';
  PARTICIPLES.add(participle);
  const infinitive = /e[rl]$/.test(stem) ? `${stem}n` : `${stem}en`;
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, infinitive, participle];
}

/** A strong verb's forms as written, its participle last. */
function strong(...forms: string[]): string[] {
  PARTICIPLES.add(forms[forms.length - 1]);
  return forms;
}

/** Verbs an outlet does when it reports (subject): "der Spiegel berichtet", "hatte … enthüllt". */
const REPORT = [
  ...weak('bericht', 'berichtet'),
  ...weak('meld', 'gemeldet'),
  ...weak('vermeld', 'vermeldet'),
  ...weak('enthüll', 'enthüllt'),
  ...weak('zitier', 'zitiert'),
  ...weak('veröffentlich', 'veröffentlicht'),
  ...weak('verbreit', 'verbreitet'),
  ...weak('recherchier', 'recherchiert'),
  ...weak('analysier', 'analysiert'),
  ...weak('berechn', 'berechnet'),
  ...weak('titel', 'getitelt'),
  ...weak('kommentier', 'kommentiert'),
  ...strong('schreibt', 'schrieb', 'schrieben', 'schreiben', 'geschrieben'),
  ...strong('erfuhr', 'erfuhren', 'erfährt', 'erfahren'),
  ...strong('aufgedeckt'),
  // Participles of separable and phrasal verbs: "hat die Dokumente eingesehen", "hatte den Fall
  // publik gemacht" (their finite forms split, "deckte … auf", and are read in de-reported).
  ...strong('eingesehen'),
  ...strong('ausgewertet'),
  ...strong('herausgefunden'),
  ...strong('publik gemacht'),
  ...strong('öffentlich gemacht'),
  // A separable verb joins again at the end of a subordinate clause: "wie der „Tages-Anzeiger“
  // publik machte", "wie die „Zeit“ aufdeckte".
  'publik machte',
  'publik machten',
  'publik macht',
  'öffentlich machte',
  'öffentlich machten',
  'aufdeckte',
  'aufdeckten',
  'aufdeckt',
];

/** Verbs of saying something to someone (dative): "sagte er dem RND", "wie sie der FAZ erklärte". */
const SPEECH = [
  ...weak('sag', 'gesagt'),
  ...weak('erklär', 'erklärt'),
  ...weak('beton', 'betont'),
  ...weak('bestätig', 'bestätigt'),
  ...weak('versicher', 'versichert'),
  ...weak('schilder', 'geschildert'),
  ...weak('erzähl', 'erzählt'),
  ...weak('bekräftig', 'bekräftigt'),
  ...weak('mitteil', 'mitgeteilt'),
  ...weak('ankündig', 'angekündigt'),
  ...weak('einräum', 'eingeräumt'),
  ...weak('warn', 'gewarnt'),
  ...weak('forder', 'gefordert'),
  ...weak('kritisier', 'kritisiert'),
  ...weak('verteidig', 'verteidigt'),
  ...weak('äußer', 'geäußert'),
  // Separable verbs in a main clause: "teilte … mit", "kündigte … an".
  'teilte',
  'teilten',
  'teilt',
  'kündigte',
  'kündigten',
  'räumte',
  'räumten',
  ...strong('sprach', 'sprachen', 'spricht', 'gesprochen'),
  ...strong('verriet', 'verrieten', 'verrät', 'verraten'),
];

/** A pattern source matching any of `words` as a whole word, longest first. */
function words(list: string[]): string {
  const unique = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${unique.join('|')})(?![\\p{L}])`;
}

export const REPORT_VERB = words(REPORT);
export const SPEECH_VERB = words(SPEECH);
/** Report verbs as participles: "hatte … berichtet", "wird … zitiert". */
export const REPORT_PARTICIPLE = words(REPORT.filter((w) => PARTICIPLES.has(w)));
/** Speech verbs as participles: "hat … gesagt", "mitgeteilt". */
export const SPEECH_PARTICIPLE = words(SPEECH.filter((w) => PARTICIPLES.has(w)));
