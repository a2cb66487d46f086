import { CONFIDENCE } from '../tuning';
import { REPORT_PARTICIPLE, SPEECH_PARTICIPLE, SPEECH_VERB } from './de-verbs';
import type { CueRule } from './pack';
import { u } from './regex';

/**
 * German cue rules read from clause structure: the verb at the end of a subordinate clause or
 * of the perfect ("wie er dem RND sagte", "hatte der „Tagesspiegel“ darüber berichtet"), the
 * dative of speech and of documents ("sagte er im ZDF", "das dem „Spiegel“ vorliegt"), the
 * passive ("zitiert wird er von der „Zeit“"), and nouns glued to the name ("ARD-Deutschlandtrend").
 */

/** An opening quotation mark before a name, optional. */
const Q = '[„“"»«‚‘]?';
/** A closing quotation mark after a name, optional. */
const QA = '[“"«»‘]?';
/** A programme's title in quotation marks of any style: „heute journal“, «Tagesschau», »Monitor«. */
const PROGRAMME = '[„"«»][^“"»«\\n]{1,40}[“"»«]';
/** The broadcaster after its programme, one or two words: "des ZDF", "von Radio SRF". */
const BROADCASTER = '[„"«»]?[\\p{L}\\d][\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*)?[“"»«]?';
/** Auxiliaries of the perfect that may stand between the name and its participle. */
const AUX = '(?:hat|hatte|haben|hatten|habe|hätte|hätten)';

/** "ARD-Deutschlandtrend", "ZDF-Politbarometer", "Forsa-Umfrage": a poll or analysis compound. */
export const DE_COMPOUND_ANALYSIS: CueRule = {
  id: 'de-compound-analysis',
  kind: 'analysis',
  confidence: CONFIDENCE.pattern,
  after: u(
    /^[“"»«]?-\p{L}*(?:[Uu]mfrage|[Tt]rend|[Bb]arometer|[Hh]ochrechnung|[Aa]nalyse|[Aa]uswertung|[Bb]erechnung|[Ee]rhebung|[Pp]rognose|[Dd]atenanalyse)(?:n|en|s)?(?![\p{L}])/u,
  ),
};

export const DE_CLAUSE_RULES: CueRule[] = [
  {
    // "sagte er im ZDF", "erklärte sie bei DAZN": words said on the outlet's air; a quoted
    // programme and its broadcaster both ("sagte in der «Tagesschau» von SRF", but "sagte sie
    // im Spiegel der Öffentlichkeit" is a mirror).
    id: 'de-said-in',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b${SPEECH_VERB}[^\\n.!?]{0,60}\\s(?:im|in\\s+der|in\\s+den|beim|bei)\\s+(?:${PROGRAMME}\\s+(?:des|der|von|vom)\\s+)?${Q}$`,
      ),
    ),
    after: u(
      new RegExp(
        `^(?:[“"»«]\\s+(?:des|der|von|vom)\\s+${BROADCASTER}|${QA})(?:\\s*[.,;:!?)]|\\s*$|\\s+(?:am|zu|über|dass|mit|nach|vor|auf|an)\\b|-?\\s*[„"«»])`,
      ),
    ),
  },
  {
    // "Im Deutschlandfunk sagte der Minister", "Bei Sky erklärte er": the same, fronted.
    id: 'de-said-in-fronted',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    // The programme may follow its broadcaster: "Im ZDF-„heute journal“ sagte er".
    // A programme may also stand before its broadcaster in the genitive: "Im „heute journal“ des
    // ZDF kündigte sie an" (both are credited); "Im WDR-Fernsehen sagte er".
    before: u(
      new RegExp(
        `(?:^|[\\n.!?:]\\s*)(?:Im|In\\s+der|In\\s+den|Beim|Bei)\\s+(?:\\p{L}+-)?(?:${PROGRAMME}\\s+(?:des|der|von|vom)\\s+)?${Q}$`,
      ),
    ),
    after: u(
      new RegExp(
        `^${QA}(?:-(?:Fernsehen|Hörfunk|Radio))?(?:-?\\s*${PROGRAMME})?(?:\\s+(?:des|der|von|vom)\\s+${BROADCASTER})?\\s+${SPEECH_VERB}`,
      ),
    ),
  },
  {
    // "Wie er dem RND sagte", "was ein Sprecher der dpa bestätigte", "der dem Spiegel gesagt hat":
    // the outlet in the dative, the speech verb closing the clause.
    id: 'de-told-final',
    kind: 'interview',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `(?:\\b(?:[Ww]ie|[Ww]as|[Dd]ass|[Ee]r|[Ss]ie|[Mm]an)\\s+(?:[^\\s.,;:!?]+\\s+){0,4}?(?:der|dem)|\\bdem)\\s+${Q}$`,
      ),
    ),
    after: u(
      new RegExp(
        `^${QA}\\s+(?:\\p{Ll}+\\s+){0,3}?(?:${SPEECH_PARTICIPLE}\\s+${AUX}|${SPEECH_VERB})(?=\\s*[,.;:!?)]|\\s*$)`,
      ),
    ),
  },
  {
    // "Zuerst hatte der „Tagesspiegel“ darüber berichtet.", "Die „Welt“ hat am Sonntag
    // berichtet, …": the subject, then the participle closing the clause (not a passive).
    id: 'de-reported-final',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    verbOnly: true,
    before: u(
      /(?:(?<!\b(?:über|gegen|um|für|ohne|durch|an|auf|in)\s+)(?:^|[\s„"(])(?:der|die|das|Der|Die|Das)|(?:^|[.!?:;,]|\b(?:hatte|hat|haben|hatten|zuerst|zuvor|bereits|auch|kürzlich|damals|darüber|davon|dazu))\s*)\s*[„“"»«‚‘]?$/u,
    ),
    after: u(
      new RegExp(
        `^${QA}\\s+(?:${AUX}\\s+)?(?:(?!wurde|wurden|worden|wird|werden)[\\p{L}-]+\\s+){0,7}?${REPORT_PARTICIPLE}(?=\\s*[,.;:!?)]|\\s*$)`,
      ),
    ),
  },
  {
    // "das dem „Spiegel“ vorliegt", "Dem NDR liegt der Bericht vor": a document the outlet has.
    id: 'de-has-document',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(new RegExp(`\\b(?:der|dem|Dem)\\s+${Q}$`)),
    after: u(
      new RegExp(
        `^${QA}\\s+(?:(?:\\p{Ll}+\\s+){0,3}?(?:vorliegt|vorliegen|vorlag|vorlagen|vorliegende[nmrs]?|vorgelegen)\\b|(?:liegt|liegen|lag|lagen)\\s+[^.\\n]{0,60}?\\svor(?=\\s*[,.;:!?)]|\\s*$))`,
      ),
    ),
  },
  {
    // "Das Schreiben liegt der „Süddeutschen Zeitung“ vor."
    id: 'de-lies-with',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(`\\b(?:liegt|liegen|lag|lagen)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:der|dem)\\s+${Q}$`),
    ),
    after: u(new RegExp(`^${QA}\\s+(?:\\p{Ll}+\\s+){0,3}?vor(?=\\s*[,.;:!?)]|\\s*$)`)),
  },
  {
    // "Zitiert wird der Minister von der „Zeit“", "wie von der „Bild“ berichtet": the passive's agent.
    id: 'de-passive-by',
    kind: 'report',
    confidence: CONFIDENCE.verb,
    before: u(
      new RegExp(
        `\\b(?:${REPORT_PARTICIPLE}|[Zz]itiert|[Bb]erichtet|[Gg]emeldet)\\s+(?:wird|wurde|werden|wurden)\\s+[^\\n.]{0,60}\\s(?:von|vom)\\s+(?:der\\s+|dem\\s+|den\\s+)?${Q}$`,
      ),
    ),
  },
  {
    // "Aufnahmen des Senders n-tv zeigen …", "Bilder der ARD": footage the outlet shot.
    id: 'de-footage-of',
    kind: 'video',
    confidence: CONFIDENCE.pattern,
    before: u(
      new RegExp(
        `(?:^|[\\s(])(?:Aufnahmen|Videoaufnahmen|Fernsehbilder|Fernsehaufnahmen|Filmaufnahmen|Luftaufnahmen|Livebilder|Videos?|Bilder)\\s+(?:der|des|von|vom)\\s+${Q}$`,
      ),
    ),
  },
];

/**
 * "auf Anfrage des „Tagesspiegels“", "Auf Nachfrage der Straits Times sagte ein Sprecher": what
 * was answered to the outlet's question, a report (a quotation when the answer is quoted). Tried
 * before "bestätigte … der APA" (de-told) would read the outlet as the one spoken to.
 */
export const DE_ON_REQUEST: CueRule = {
  id: 'de-on-request',
  kind: 'report',
  confidence: CONFIDENCE.verb,
  before: u(
    new RegExp(`\\b[Aa]uf\\s+(?:Anfrage|Nachfrage|Anfragen)\\s+(?:der|des|von|vom)\\s+${Q}$`),
  ),
};

/**
 * "eine von der „Bild am Sonntag“ in Auftrag gegebene Umfrage", "eine vom ZDF beauftragte
 * Studie": the client before the poll, in the participle's attribute.
 */
export const DE_POLL_COMMISSIONED: CueRule = {
  id: 'de-poll-commissioned',
  kind: 'analysis',
  confidence: CONFIDENCE.pattern,
  before: u(new RegExp(`\\b(?:von\\s+(?:der|dem|den)|vom)\\s+${Q}$`)),
  after: u(
    new RegExp(
      `^${QA}\\s+(?:in\\s+Auftrag\\s+gegeben|beauftragt|finanziert)(?:e|en|er|es|em)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:Umfrage|Umfragen|Studie|Erhebung|Befragung|Analyse|Untersuchung|Auswertung)\\b`,
    ),
  ),
};

/** A poll and its client apart: tried before "laut" and "zufolge", so it stays an analysis. */
export const DE_POLL_FOR: CueRule = {
  // "Eine Umfrage von Infratest dimap im Auftrag der ARD", "eine Studie von Forsa für das
  // ZDF": the poll and its client apart ("eine Umfrage für die ARD" is de-analysis-of).
  id: 'de-poll-for',
  kind: 'analysis',
  confidence: CONFIDENCE.pattern,
  before: u(
    new RegExp(
      `\\b(?:Umfrage|Umfragen|Erhebung|Befragung|Studie|Hochrechnung|Analyse)\\b[^\\n.!?]{1,60}\\s(?:im\\s+Auftrag\\s+(?:der|des|von|vom)|für\\s+(?:die|den|das))\\s+${Q}$`,
    ),
  ),
};
