import { CONFIDENCE } from '../tuning';
import { REPORT_PARTICIPLE, REPORT_VERB, SPEECH_PARTICIPLE, SPEECH_VERB } from './de-verbs';
import type { CueRule } from './pack';
import { u } from './regex';

/**
 * German credits read from where the outlet stands in its clause: a dative fronted before the
 * verb ("Dem RBB sagte die Senatorin"), a dative inside a perfect ("Die Ministerin hat der „Zeit“
 * gesagt"), the passive's agent before its participle ("war vom „Mannheimer Morgen“ öffentlich
 * gemacht worden"), one of several media ("mehrere Medien, darunter der „Spiegel“, berichteten"),
 * and the nouns of pieces written for an outlet ("in einem Gastbeitrag für die FAZ").
 */

/** An opening quotation mark before a name, optional. */
const Q = '[„“"»«‚‘]?';
/** A closing quotation mark after a name, optional. */
const QA = '[“"«»‘]?';
/** An optional article or indefinite article before a name. */
const ART = '(?:der\\s+|die\\s+|das\\s+|dem\\s+|den\\s+|des\\s+|einer\\s+|einem\\s+|eines\\s+)?';
/** Auxiliaries of the perfect, Konjunktiv included ("Der Konzern habe der „WiWo“ bestätigt"). */
const AUX = '(?:hat|hatte|haben|hatten|habe|hätte|hätten)';
/** The subject after the verb, which makes a fronted "Der X" a dative: "sagte der Landrat, …". */
const SUBJECT_AFTER =
  '(?:er|sie|man|(?:der|die|ein|eine)\\s+[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*,|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*,)';

export const DE_FRONTED_RULES: CueRule[] = [
  {
    // "Dem RBB sagte die Senatorin, …", "Der „Schwäbischen Zeitung“ sagte der Landrat, …": the
    // outlet fronted in the dative; the subject after the verb shows it is not the speaker.
    id: 'de-told-fronted',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    // "Der Welt sagte der Papst, …" may be the world: a title-cased name needs more.
    verbOnly: true,
    before: u(new RegExp(`(?:^|[\\n.!?:;]\\s*|[„"“]\\s*)(?:Dem|Den|Der)\\s+${Q}$`)),
    after: u(new RegExp(`^${QA}\\s+${SPEECH_VERB}\\s+${SUBJECT_AFTER}`)),
  },
  {
    // "Die Ministerin hat der „Zeit“ gesagt, …", "hatte er dem NDR erklärt", "Das hatte der
    // Bürgermeister zuvor der „Lausitzer Rundschau“ gesagt": the dative inside a
    // perfect whose subject stands before it ("Das hat der Spiegel bestätigt" is the outlet's).
    id: 'de-told-perfect',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `(?:\\b${AUX}\\s+(?:er|sie|man|(?:der|die)\\s+\\p{Lu}[\\p{L}-]+)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:der|dem|den)|(?:^|[.!?:;]\\s*)(?:Der|Die|Ein|Eine)\\s+[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+${AUX}\\s+(?:\\p{Ll}+\\s+){0,2}?(?:der|dem|den))\\s+${Q}$`,
      ),
    ),
    after: u(
      new RegExp(`^${QA}\\s+(?:\\p{Ll}+\\s+){0,3}?${SPEECH_PARTICIPLE}(?=\\s*[,.;:!?)]|\\s*$)`),
    ),
  },
  {
    // "Dem „Tagesspiegel“ gegenüber erklärte sie": "gegenüber" after its dative.
    id: 'de-gegenueber-post',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(new RegExp(`(?:^|[\\s,;:(])(?:[Dd]em|[Dd]er|[Dd]en)\\s+${Q}$`)),
    // A verb of saying or an auxiliary follows ("Dem „Tagesspiegel“ gegenüber liegt …" is a place).
    after: u(new RegExp(`^${QA}\\s+gegenüber\\s+(?:${SPEECH_VERB}|${AUX}(?![\\p{L}]))`)),
  },
  {
    // "Dem Spiegel zufolge …": a dative article before the name lets a title-cased one count.
    id: 'de-zufolge-dative',
    kind: 'report',
    confidence: CONFIDENCE.explicit,
    before: u(new RegExp(`(?:^|[\\s,;:(])(?:[Dd]em|[Dd]er|[Dd]en)\\s+${Q}$`)),
    after: u(new RegExp(`^${QA}\\s*zufolge\\b`)),
  },
  {
    // "war vom „Mannheimer Morgen“ öffentlich gemacht worden", "wurde von der „Zeit“
    // veröffentlicht": the passive's agent before the participle.
    id: 'de-passive-agent',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:wurde|wurden|war|waren|ist|sind|wird|werden)\\s+(?:[^\\s.,;:!?]+\\s+){0,4}?(?:von\\s+(?:der|dem|den)|vom)\\s+${Q}$`,
      ),
    ),
    after: u(
      new RegExp(
        `^${QA}\\s+(?:[^\\s.,;:!?]+\\s+){0,3}?${REPORT_PARTICIPLE}(?:\\s+(?:worden|wurde|wurden|wird|werden))?(?=\\s*[,.;:!?)]|\\s*$)`,
      ),
    ),
  },
  {
    // "Mehrere Medien, darunter der „Spiegel“, hatten berichtet": one of several reporting media.
    id: 'de-media-among',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:Medien|Zeitungen|Sender|Blätter|Magazine|Portale)\\s*,\\s*(?:darunter|etwa|unter\\s+anderem|allen\\s+voran)\\s+${ART}${Q}$`,
      ),
    ),
    after: u(new RegExp(`^${QA}[^.!?\\n]{0,80}?(?<![\\p{L}])${REPORT_VERB}`)),
  },
  {
    // "Laut Medienberichten, etwa der „Bild“, …": one of the reports the sentence credits.
    id: 'de-reports-among',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:[Ll]aut|[Nn]ach)\\s+(?:\\p{Ll}+\\s+)?(?:Medienberichten|Presseberichten|Berichten)\\s*,\\s*(?:darunter|etwa|unter\\s+anderem|so|allen\\s+voran)\\s+(?:von\\s+|in\\s+)?${ART}${Q}$`,
      ),
    ),
  },
  {
    // "Die Informationen stammen von der Nachrichtenagentur AFP": where the information came from.
    id: 'de-comes-from',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:Informationen|Angaben|Zahlen|Daten|Zitate|Äußerungen|Meldung|Meldungen|Nachricht|Nachrichten|Details)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:stammen|stammt|stammten|stammte)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:von\\s+(?:der|dem|den)|vom|aus\\s+(?:der|dem|den))\\s+${Q}$`,
      ),
    ),
  },
  {
    // "Sie sprach mit der „Zeit“ über ihre Kindheit", "Mit dem „Spiegel“ sprach er": an interview.
    id: 'de-spoke-with',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `(?:\\b(?:sprach|sprachen|spricht|sprechen|gesprochen|redete|redeten|geredet)\\s+(?:\\p{L}+\\s+){0,3}?mit|(?:^|[.!?:;]\\s*)Mit)\\s+(?:der|dem|den)\\s+${Q}$`,
      ),
    ),
    // After the name: the clause goes on or ends ("über …"), or, fronted, the verb follows.
    after: u(
      new RegExp(
        `^${QA}(?:\\s*[.,;:!?)]|\\s+(?:über|am|im|in|vor|nach|zu|ausführlich|exklusiv|sprach|sprachen|redete)\\b)`,
      ),
    ),
  },
  {
    // "Die Zahlen hat die dpa ausgewertet": the outlet's analysis, the participle closing the clause.
    id: 'de-analysed-final',
    kind: 'analysis',
    confidence: CONFIDENCE.verb,
    before: u(/(?:^|[\s„"(])(?:der|die|das)\s*[„“"»«‚‘]?$/u),
    after: u(
      new RegExp(
        `^${QA}\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:ausgewertet|analysiert|berechnet|erhoben|hochgerechnet)(?:\\s+(?:hat|hatte|haben|hatten))?(?=\\s*[,.;:!?)]|\\s*$)`,
      ),
    ),
  },
  {
    // "in einem Gastbeitrag für die FAZ", "schrieb in einem Gastkommentar im „Tagesspiegel“":
    // a piece the speaker wrote, published by the outlet.
    id: 'de-guest-piece',
    kind: 'other',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:Gastbeitrag|Gastbeitrags|Gastkommentar|Gastkommentars|Gastartikel|Meinungsbeitrag|Namensbeitrag)\\s+(?:für|in|im|bei|auf)\\s+${ART}${Q}$`,
      ),
    ),
  },
  {
    // "Video: Reuters", "Videos: AFP, dpa": a video's credit line (a photo label's is a photo).
    id: 'de-video-label',
    kind: 'video',
    confidence: CONFIDENCE.verb,
    structural: true,
    before: /(?:^|[\s(|])(?:Video|Videos|VIDEO)\s*:\s*(?:[^\n:]{0,40}\/\s*)?$/u,
  },
  {
    // "Im ORF-Interview betonte sie", "einem ZDF-Gespräch zufolge": an interview the outlet held.
    id: 'de-compound-interview',
    kind: 'interview',
    confidence: CONFIDENCE.pattern,
    after:
      /^[“"»«]?-(?:Interview|Interviews|Fernsehinterview|Radiointerview|Gespräch|Gesprächs)(?![\p{L}])/u,
  },
  {
    // Swiss usage: "sagte der Nationalrat zu «Blick»", "sagte sie zur NZZ": told the outlet.
    // The clause ends after the name ("sagte er zur Zeit der Tat" is a time).
    id: 'de-told-zu',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(new RegExp(`\\b${SPEECH_VERB}[^\\n.!?]{0,60}\\s(?:zu|zum|zur)\\s+${Q}$`)),
    after: /^[“"«»‘]?\s*(?:[.,;:)]|\s+(?:am|im|in|bei|auf|vom|nach|über|gegenüber|\()\b|\s*$)/u,
  },
];
