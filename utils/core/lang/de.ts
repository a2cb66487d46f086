import { CONFIDENCE } from '../tuning';
import {
  DE_CLAUSE_RULES,
  DE_COMPOUND_ANALYSIS,
  DE_ON_REQUEST,
  DE_POLL_COMMISSIONED,
  DE_POLL_FOR,
} from './de-clauses';
import { DE_FRONTED_RULES } from './de-fronted';
import { REPORT_VERB } from './de-verbs';
import type { CueRule, LanguagePack } from './pack';
import { u } from './regex';

const ART = '(?:der\\s+|die\\s+|das\\s+|dem\\s+|den\\s+|des\\s+|einer\\s+|einem\\s+|eines\\s+)?';

const Q = '[„“"»«‚‘]?';

/** Articles after which a name stands in an oblique case ("der Westfälischen Rundschau"). */
const OBLIQUE_ARTICLE =
  /(?:^|\s)(?:der|dem|den|des|einer|einem|eines|laut|von|vom|mit|bei|gegenüber)\s+[„“"»«‚‘]?$/iu;

/**
 * The nominative of a name after an oblique article: adjectives lose their case ending
 * ("Westfälischen Rundschau" → "Westfälische Rundschau", "Neuen Zürcher Zeitung" → "Neue Zürcher
 * Zeitung", "Westfälischer" → "Westfälische"); after "des" the last word loses its genitive -s
 * ("des Hamburger Abendblatts"). City adjectives ("Kölner", "Zürcher") never change.
 */
function nominativeOf(name: string, before: string): string {
  if (!OBLIQUE_ARTICLE.test(before)) return name;
  const words = name.split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    words[i] = words[i]
      .replace(/^(\p{Lu}\p{Ll}*(?:isch|sch|e|eu|lich|ig|st|ein|al|ell|iv))(?:en|er)$/u, '$1e')
      .replace(/ee$/, 'e');
  }
  if (/(?:^|\s)(?:des|eines)\s+[„“"»«‚‘]?$/iu.test(before) && words.length) {
    const last = words.length - 1;
    words[last] = words[last].replace(/(\p{Ll}{3,})e?s$/u, '$1');
  }
  return words.join(' ');
}

/**
 * Every declension ending of adjectives with these stem endings, each from each: "ische" →
 * "ischen", "ischer", "isches", "ischem" and back. City adjectives ("Kölner") never decline.
 */
function adjectiveForms(stemEnds: string[]): Record<string, string[]> {
  const endings = ['e', 'en', 'er', 'es', 'em'];
  const out: Record<string, string[]> = {};
  for (const stem of stemEnds)
    for (const from of endings)
      out[stem + from] = endings.filter((to) => to !== from).map((to) => stem + to);
  return out;
}

/** One of the clause-position rules of de-fronted.ts, by id (they interleave with these). */
function fronted(id: string): CueRule {
  const rule = DE_FRONTED_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no German rule ${id}`);
  return rule;
}

/** German: its cue rules, descriptors and words. German capitalizes every noun, so no person-name guess relies on capitals here. */
export const DE: LanguagePack = {
  code: 'de',
  name: 'German',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinerlei'],
  // An adjective is never an article: "berichtete der US-Sender" keeps its article (and verb).
  // A place's adjective may stand before the noun, or alone after an article before a name that
  // holds the noun: "der Wiener Stadtzeitung „Falter“".
  descBefore: u(
    /((?:^|\s)(?:der\s+|die\s+|das\s+|dem\s+|den\s+|des\s+|ein\s+|eine\s+|einer\s+|einem\s+|eines\s+)?)(?:(?:(?!(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines)\s)[\p{Ll}-]+(?:e|en|er|es|em)\s+){0,2}(?:\p{Lu}\p{Ll}+er\s+)?(?:[\p{L}-]*(?:[Nn]achrichtenagentur|[Aa]gentur|[Zz]eitung|[Bb]latt|[Ss]ender|[Nn]achrichtensender|[Ff]ernsehsender|[Rr]undfunk|[Mm]agazin|[Nn]achrichtenmagazin|[Ww]ochenzeitung|[Tt]ageszeitung|[Pp]ortal|[Nn]achrichtenportal|[Oo]nline-?[Pp]ortal|[Ss]eite|[Ww]ebsite|[Pp]lattform|[Mm]edium|[Ss]tation|[Rr]adio|[Ff]ernsehen|TV|[Kk]anal|[Bb]oulevardblatt|[Bb]oulevardzeitung|[Ii]nternetzeitung|[Dd]ienst|[Ss]ite|[Nn]ewsletter)(?:e?s|e?n)?)|(?<=(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines)\s+)\p{Lu}\p{Ll}+er)\s+$/u,
  ),
  // "die „Bild“-Zeitung", "das ZDF-Magazin": the kind of outlet glued to its name, with the
  // programme's title after it ("Das ARD-Magazin „Monitor“ hatte berichtet" is the ARD's report).
  descAfter:
    /^-(?:Zeitung|Blatt|\p{L}*[Mm]agazin|Sender|Fernsehsender|Radiosender|Portal|Nachrichtenportal|Redaktion|Nachrichtenagentur|Agentur|Sendung|Talkshow|Nachrichtensendung)(?:s|es)?(?:\s+[„"][^“"\n]{1,40}[“"])?(?=[\s,.;:)]|$)/u,
  rules: [
    {
      id: 'de-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:ausgestrahlt|gesendet|gezeigt|moderiert|veranstaltet|organisiert|übertragen|gekauft|übernommen|verklagt)\s+(?:von|bei|im|in|auf)|läuft\s+(?:im|in|bei|auf)|zeigt|zeigen|sendet|strahlt)\s+(?:der\s+|die\s+|das\s+|dem\s+|den\s+)?$/iu,
      ),
    },
    {
      // "Auf Al Jazeera berichteten sie über …": the name after a preposition, the verb, then its
      // subject (German puts the verb second): the outlet is where they spoke, not who reported.
      id: 'de-venue',
      kind: null,
      confidence: CONFIDENCE.veto,
      // Said "im ZDF" or "bei DAZN", words are credited to the outlet (de-said-in-fronted).
      before: u(new RegExp(`(?:^|[\\n.!?:]\\s*)(?:Auf|Bei|Im)\\s+${ART}${Q}$`)),
      after: u(
        /^[“"«»‘]?\s+(?:berichtet|berichtete|berichteten|erzählte|erzählten|zeigte|zeigten)\s+(?:sie|er|wir|ich|man)\b/u,
      ),
    },
    {
      // "Der frühere „Spiegel“-Reporter X hatte Reportagen gefälscht": a former employee is no credit.
      id: 'de-former-staff',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(/(?:^|\s)(?:früher|ehemalig|einstig|langjährig)\p{L}*\s+[„“"»«‚‘]?$/iu),
      after: u(
        /^[“"»«]?-\p{L}*(?:[Rr]eporter|[Kk]orrespondent|[Jj]ournalist|[Rr]edakteur|[Cc]hef|[Mm]itarbeiter|[Mm]oderator|[Ii]ntendant|[Kk]olumnist|[Aa]utor)/u,
      ),
    },
    DE_COMPOUND_ANALYSIS,
    {
      // "eine Umfrage für die ARD", "Berechnungen des Spiegels", "der Deutschlandtrend der ARD"
      id: 'de-analysis-of',
      kind: 'analysis',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `(?:^|[\\s(„"])(?:\\p{L}+-)?(?:Analyse|Analysen|Umfrage|Umfragen|Auswertung|Auswertungen|Berechnung|Berechnungen|Hochrechnung|Datenanalyse|Erhebung|\\p{L}*[Tt]rend|\\p{L}*[Bb]arometer)\\s+(?:der|des|vom|für\\s+(?:die|den|das)|im\\s+Auftrag\\s+(?:der|des|von))\\s+${Q}$`,
        ),
      ),
    },
    DE_POLL_FOR,
    DE_POLL_COMMISSIONED,
    fronted('de-video-label'),
    fronted('de-guest-piece'),
    {
      id: 'de-laut',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:laut|Laut|LAUT|[Nn]ach\\s+(?:Angaben|Informationen|Berichten|Recherchen|Darstellung)|[Gg]emäß|zitiert\\s+(?:von|nach)|so|So)\\s+(?:(?:einem|einer|einen|eines|dem|der|den)\\s+)?(?:(?:Bericht|Berichten|Angaben|Informationen|Recherchen|Meldung|Meldungen|Analyse|Umfrage|Zählung|Berechnungen?|Artikel|Interview|Auswertung)\\s+(?:von|vom|der|des|dem|im|in)\\s+)?${ART}${Q}$`,
        ),
      ),
    },
    fronted('de-gegenueber-post'),
    fronted('de-zufolge-dative'),
    fronted('de-reports-among'),
    fronted('de-comes-from'),
    {
      id: 'de-zufolge',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(new RegExp(`^${Q}\\s*(?:\\S+\\s+){0,2}zufolge\\b`, 'i')),
    },
    {
      id: 'de-berufung',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(
        new RegExp(
          `\\b(?:unter\\s+Berufung\\s+auf|beruft\\s+sich\\s+auf|berief\\s+sich\\s+auf|bezog\\s+sich\\s+auf|bezieht\\s+sich\\s+auf|zitiert|zitierte|zitieren|zitierten)\\s+${ART}${Q}$`,
          'i',
        ),
      ),
    },
    {
      id: 'de-gegenueber',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b(?:gegenüber|Gegenüber)\\s+${ART}${Q}$`)),
    },
    {
      id: 'de-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:[Ii]m|[Ii]n\\s+einem|[Ii]n\\s+einer|[Bb]ei\\s+einem)\\s+(?:[\\p{L}-]+\\s+)?(?:Interview|Gespräch|Talk|Sendung|Podcast)\\s+(?:mit|bei|von|im|in|auf|des|der)\\s+${ART}${Q}$|\\b(?:[Ii]m|[Dd]em|[Dd]er)\\s+(?:\\p{L}+-)?(?:Interview|Gespräch)\\s+(?:mit|bei)?\\s*${ART}${Q}$`,
        ),
      ),
    },
    {
      // "In einem Artikel der Süddeutschen Zeitung", "Online-Informationen der Tagesschau",
      // "Recherchen des Spiegels": the outlet's work, in the genitive.
      id: 'de-work-of',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(
        new RegExp(
          `(?:^|[\\s(„"])(?:(?:\\p{L}+-)?(?:Artikel|Artikeln|Bericht|Berichte|Berichten|Berichts|Beitrag|Beiträgen|Beitrags|Kommentar|Leitartikel|Reportage|Meldung|Meldungen|Recherche|Recherchen|Informationen|Enthüllungen|Dokumentation|Sendung|Ausgabe)\\s+(?:der|des|vom|von)|(?:Rechercheverbund|Rechercheverbunds|Rechercheverbundes|Rechercheteam|Rechercheteams|Recherchekooperation)\\s+(?:aus|von|um|mit))\\s+${Q}$`,
        ),
      ),
    },
    fronted('de-spoke-with'),
    DE_ON_REQUEST,
    fronted('de-told-fronted'),
    fronted('de-told-perfect'),
    {
      // "sagte er der FAZ"; "berichtete er dem Spiegel", but "berichtete der Focus" and "berichtete
      // zuerst der Kölner Stadt-Anzeiger" are reports: "der" after it needs a pronoun subject.
      id: 'de-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:\\b(?:sagte|sagt|erklärte|erklärt|betonte|betont|bestätigte|bestätigt|erzählte|erzählt|räumte|meinte|teilte|versicherte|kündigte|verriet|schilderte)\\b[^\\n.]{0,60}\\s(?:der|dem|den)|\\b(?:berichtete|berichtet)\\s(?:(?:er|sie|es|man)\\s(?:[^\\n.]{0,50}\\s)?(?:der|dem|den)|(?:[^\\n.]{1,60}\\s)?dem))\\s+(?:\\p{Lu}\\p{Ll}+er\\s+)?${Q}$`,
        ),
      ),
      after:
        /^[“"«»‘]?\s*(?:[.,;:)]|\s+(?:am|im|in|bei|zufolge|auf|vom|nach|einem|einer|gegenüber|\(|mit)\b|\s*$)/u,
    },
    fronted('de-told-zu'),
    fronted('de-analysed-final'),
    ...DE_CLAUSE_RULES,
    fronted('de-passive-agent'),
    fronted('de-media-among'),
    {
      id: 'de-mit',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /\((?:[^\n()]{0,30}\s)?(?:mit|Mit|MIT|und|\/)\s*$/u,
      after: /^\s*(?:\)|,|\/|\s(?:und|and)\s)/u,
    },
    {
      id: 'de-von',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      before: /(?:^|\n)\s*(?:[Vv]on|VON)\s*:?\s+(?:[^\n,]{1,60}[,/]\s*)?$/u,
    },
    {
      // The verb before its subject ("berichtete zuerst der „Tagesspiegel“", "titelte die „Bild“");
      // a pronoun before the verb is the subject, and the name after it a dative ("Sie sagte
      // der Welt Lebewohl").
      id: 'de-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `(?:^|[\\s,;:“"»)])(?<!\\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an|[Ii]ch|[Ww]ir)\\s)(?:${REPORT_VERB}|sagte|sagt|hieß\\s+es\\s+(?:in|bei|im)|heißt\\s+es\\s+(?:in|bei|im)|war\\s+(?:in|bei|im)|ist\\s+(?:in|bei|im))\\s+(?:(?:am\\s+\\p{L}+|im\\s+\\p{L}+|es|in\\s+der|in\\s+einem|nun|jetzt|zuerst|zuvor|bereits|auch|heute|gestern|zuletzt|ebenfalls|exklusiv|übereinstimmend|sowohl|unter\\s+Berufung\\s+auf\\s+\\S+)\\s+){0,3}${ART}${Q}$`,
        ),
      ),
    },
    {
      // "wie aus von Bloomberg zusammengestellten Daten hervorgeht", "Unterlagen, die Bloomberg eingesehen hat"
      id: 'de-data-by',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      before: u(/\b(?:von|vom|der|die|das|dem|den)\s+$/iu),
      after: u(
        /^\s+(?:zusammengestellt|erhoben|veröffentlicht|ausgewertet|berechnet|ermittelt|eingesehen|vorliegend|zitiert|befragt|recherchiert)\p{L}*/u,
      ),
    },
    fronted('de-compound-interview'),
    {
      // "ein Reuters-Bericht", "dpa-Informationen", "AFP-Reporter"
      id: 'de-compound',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after:
        /^[“"»«]?-(?:Bericht|Berichte|Berichten|Berichts|Meldung|Meldungen|Informationen|Angaben|Recherche|Recherchen|Umfrage|Analyse|\p{L}*(?:[Rr]eporter(?:in|n)?|[Kk]orrespondent(?:in|en)?|[Jj]ournalist(?:in|en)?)|Fotograf|Fotografin|Kameramann|Kamerateam|Anfrage|Nachfrage|Zählung|Daten|Beitrag|Artikel|Kommentar|Liveblog|Liveticker|Aufnahmen)(?![\p{L}])/u,
    },
    {
      // "In der ARD-Sendung „Hart aber fair“ sagte er", "im ZDF-Interview": said on the outlet's
      // programme (a programme as the story's subject, "die ARD-Doku über X", is no credit).
      id: 'de-compound-show',
      kind: 'interview',
      confidence: CONFIDENCE.pattern,
      before: u(
        /(?:^|[\s(])(?:[Ii]n\s+der|[Ii]m|[Ii]n\s+einer|[Ii]n\s+einem|[Bb]ei\s+der|[Bb]eim)\s+$/u,
      ),
      after:
        /^[“"»«]?-(?:Sendung|Talkshow|Talk|Podcast|Interview|Gespräch|Morgenmagazin|Nachrichtensendung|Fernsehinterview|Radiointerview|Talkrunde)(?![\p{L}])/u,
    },
    {
      // "In der SZ heißt es dazu", "Im Spiegel hieß es"
      id: 'de-heisst-es',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`(?:^|[\\s,.;:])(?:[Ii]n\\s+(?:der|dem|den)|[Ii]m)\\s+${Q}$`)),
      after: u(/^[“"»«]?\s+(?:heißt|hieß)\s+es\b/u),
    },
    {
      // "im Original ist er in der Tageszeitung Haaretz erschienen": where a text first appeared.
      id: 'de-appeared',
      kind: 'other',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b(?:in|im|bei)\\s+${ART}${Q}$`)),
      after: u(
        /^[“"»«]?\s+(?:(?:zuerst|erstmals|ursprünglich|bereits|zuvor|original)\s+)?(?:erschienen|veröffentlicht\s+(?:worden|wurde))\b/u,
      ),
    },
    {
      // "ein Rechercheverbund um The Insider will herausgefunden haben": a claim of finding.
      id: 'de-claims',
      kind: 'report',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[“"»«]?\s+(?:will|wollen|wollte|wollten)\s+(?:\p{L}+\s+){0,4}?(?:herausgefunden|erfahren|ermittelt|recherchiert|aufgedeckt)\s+haben\b/u,
      ),
    },
    {
      // "Die „Salzburger Nachrichten“ zitieren aus …"; a pronoun after the verb is its subject
      // and the name the object ("Die „Salzburger Nachrichten“ zitieren wir hier nicht").
      id: 'de-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^[“"«»‘]?(?:,\\s[^,\\n]{1,60},|\\s\\([^()\\n]{1,20}\\))?(?:\\s+in\\s+[\\p{Lu}][\\p{L}-]+)?\\s+(?:(?:hatte|hat|habe|auch|bereits|zuerst|zuvor|nun|jetzt|am\\s+\\p{L}+|unter\\s+Berufung)\\s+){0,2}(?:(?:über|von)\\s+(?:\\p{L}+\\s+){1,3})?(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|meldeten|melden|schreibt|schrieb|schrieben|schreiben|zitiert|zitierte|zitieren|zitierten|enthüllte|enthüllt|enthüllten|veröffentlichte|veröffentlicht|veröffentlichten|erfuhr|erfährt|erfuhren|analysiert|analysierte|beruft\\s+sich|berief\\s+sich|bezog\\s+sich|bezieht\\s+sich|sagte|sagt|berichtet|recherchierte|verbreitete|verbreitet|bestätigte|bestätigt|titelte|titelt|(?:deckte|deckten|deckt)\\s+(?:[^\\s.,;:!?]+\\s+){0,5}?auf|(?:machte|machten|macht)\\s+(?:[^\\s.,;:!?]+\\s+){0,5}?(?:publik|öffentlich))\\b(?!\\s+(?:wir|ich|er|man|ihr)\\b)`,
        ),
      ),
    },
    {
      // "Der Kanzler gab der Wochenzeitung „Die Zeit“ ein Interview".
      id: 'de-gave-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`\\b(?:gab|gibt|gaben|geben|gegeben)\\s+(?:der|dem|den)\\s+${Q}$`)),
      after: u(
        /^[“"»«]?\s+(?:\p{Ll}+\s+){0,3}?(?:ein|einen|ihr\p{L}*|sein\p{L}*)\s+(?:\p{L}+\s+)?(?:Interview|Gespräch|Fernsehinterview|Radiointerview)\b/u,
      ),
    },
    {
      // "Der Sender n-tv zeigte Bilder von der Explosion": footage the outlet shot or obtained.
      id: 'de-showed-footage',
      kind: 'video',
      confidence: CONFIDENCE.pattern,
      after: u(
        /^[“"»«]?\s+(?:zeigte|zeigt|zeigten|veröffentlichte|veröffentlicht|verbreitete|strahlte)\s+(?:(?:am|im|in\s+der)\s+\p{L}+\s+)?(?:\p{Ll}+\s+){0,2}(?:Bilder|Aufnahmen|Videos?|Videoaufnahmen|Fotos|Luftaufnahmen|Filmaufnahmen)\b/u,
      ),
    },
    {
      // "wie sie der Guardian kürzlich veröffentlichte": the verb closes the clause.
      id: 'de-wie',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b[Ww]ie\\s+(?:(?:sie|er|es|ihn|ihm|ihr|uns|man|jetzt|nun|zuerst|zuvor|bereits|auch|kürzlich|gestern|heute)\\s+){0,2}(?:der|die|das|den|dem)?\\s*${Q}$`,
        ),
      ),
      // The verb closes the clause, after any words ("wie die Agentur AFP unter Berufung auf
      // Ärzte meldete"), or a participle and its auxiliary ("wie der NDR berichtet hatte").
      after: u(
        new RegExp(
          `^[“"»«]?\\s+(?:[^\\s,.;:!?]+\\s+){0,8}?(?:${REPORT_VERB}|herausfand|herausgefunden)(?:\\s+(?:hat|hatte|haben|hatten))?(?=\\s*[,.;:!?)]|\\s*$)`,
          'u',
        ),
      ),
    },
  ],
  words: {
    // "sowohl die SZ als auch der NDR", "ARD sowie ZDF".
    and: ['und', 'oder', 'sowie', 'als auch'],
    articles: ['der', 'die', 'das', 'den', 'dem', 'des'],
    sourceLabels: ['Quelle', 'Quellen'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [
      'Foto',
      'Fotos',
      'Bild',
      'Bilder',
      'Film',
      'Video',
      'Bildnachweis',
      'Fotonachweis',
      'Bildrechte',
      'Symbolbild',
      'Symbolfoto',
      'Archivbild',
      'Archivfoto',
      'Titelbild',
      'Titelfoto',
    ],
    photoMarks: [],
    with: ['mit'],
    material: ['Material', 'Agenturmaterial', 'Agenturen'],
    from: ['von'],
    nameParticles: ['von', 'vom'],
    publishedBy: ['von'],
  },
  countries: {
    US: ['us-'],
    GB: ['britisch', 'englisch'],
    ES: ['spanisch'],
    FR: ['französisch'],
    DE: ['deutsch'],
    CN: ['chinesisch'],
    JP: ['japanisch'],
    QA: ['katar'],
    TR: ['türk'],
    IN: ['indisch'],
    CA: ['kanad'],
    MX: ['mexikan'],
    CH: ['schweizer'],
    AT: ['österreich'],
    IT: ['italien'],
  },
  outletNouns: {
    'news-agency': ['nachrichtenagentur', 'agentur', 'presseagentur'],
    newspaper: [
      'zeitung',
      'tageszeitung',
      'wochenzeitung',
      'blatt',
      'boulevardblatt',
      'boulevardzeitung',
      'lokalzeitung',
      'regionalzeitung',
      'stadtzeitung',
      'wirtschaftszeitung',
      'sonntagszeitung',
      'gratiszeitung',
      'pendlerzeitung',
      'lokalblatt',
      'wochenblatt',
      'anzeigenblatt',
    ],
    broadcaster: [
      'sender',
      'nachrichtensender',
      'fernsehsender',
      'rundfunk',
      'radio',
      'fernsehen',
      'kanal',
      'station',
      'privatsender',
      'lokalsender',
      'regionalsender',
      'radiosender',
      'sportsender',
      'bezahlsender',
    ],
    // German compounds name the kind of outlet ("das Wirtschaftsmagazin „Capital“"); the
    // "Fach-" ones name scientific journals as often ("im Fachmagazin PNAS"), so they are left out.
    magazine: [
      'magazin',
      'nachrichtenmagazin',
      'wochenmagazin',
      'wirtschaftsmagazin',
      'politikmagazin',
      'politmagazin',
      'sportmagazin',
      'fernsehmagazin',
      'verbrauchermagazin',
      'stadtmagazin',
      'satiremagazin',
      'onlinemagazin',
      'online-magazin',
    ],
    online: [
      'portal',
      'nachrichtenportal',
      'onlineportal',
      'online-portal',
      'internetzeitung',
      'website',
      'plattform',
    ],
  },
  // Case endings of the nouns ("des Lokalsenders", "den Zeitungen"); compounds close with them.
  outletNounEndings: ['s', 'es', 'n', 'en'],
  compoundOutletNouns: ['zeitung', 'sender', 'radio', 'magazin', 'fernsehen'],
  ownerWords: [
    'sein',
    'seinem',
    'seinen',
    'seiner',
    'seines',
    'ihr',
    'ihrem',
    'ihren',
    'ihrer',
    'ihres',
    'eigenen',
  ],
  nameEndings: {
    newspaper: [
      '-Zeitung',
      'Zeitung',
      'Rundschau',
      'Anzeiger',
      '-Anzeiger',
      'Kurier',
      'Tagblatt',
      'Nachrichten',
      'Allgemeine',
      'Morgenpost',
      'Abendblatt',
      'Bote',
      'Volksblatt',
      'Tageblatt',
      'Merkur',
      'Tagespost',
      'Presse',
    ],
    broadcaster: ['Rundfunk', 'Radio', 'TV', 'Fernsehen'],
    magazine: ['Magazin'],
  },
  nameStarts: {
    broadcaster: ['Radio', 'TV'],
  },
  nameJoiners: ['am', 'im', 'für', 'und'],
  notOutletWords: [
    'Ministerium',
    'Bundesministerium',
    'Universität',
    'Institut',
    'Stiftung',
    'Verband',
    'Partei',
    'Polizei',
    'Bank',
    'GmbH',
    'AG',
    'Gruppe',
    // People named in front of a name-shaped surname ("Der Abgeordnete Michael Kurier sagte").
    'Abgeordnete',
    'Abgeordneter',
    'Minister',
    'Ministerin',
    'Sprecher',
    'Sprecherin',
    'Bürgermeister',
    'Bürgermeisterin',
    'Politiker',
    'Politikerin',
    'Schauspieler',
    'Schauspielerin',
    'Trainer',
    // "Bloomberg am Mittwoch" is a time, not a paper like "Welt am Sonntag".
    'Montag',
    'Dienstag',
    'Mittwoch',
    'Donnerstag',
    'Samstag',
    'Sonnabend',
    'Abend',
    'Morgen',
    'Vormittag',
    'Nachmittag',
  ],
  nominative: nominativeOf,
  capitalizesNouns: true,
  inflection: {
    // The genitive of a masculine or neuter name: "des Spiegels", "des Handelsblatts".
    endings: ['s', 'es'],
    // An adjective in a name agrees with its noun: "der Neuen Zürcher Zeitung", "der Frankfurter
    // Allgemeinen", "der Deutschen Welle", "der Freien Presse".
    // Without an article the strong ending: "von Süddeutscher Zeitung".
    // A name listed with the strong ending ("Hessischer Rundfunk", "Deutsches Ärzteblatt") takes
    // the weak one after an article ("der Hessische Rundfunk", "des Deutschen Ärzteblatts").
    stems: {
      ...adjectiveForms(['isch', 'sch', 'lich', 'u', 'ei', 'ein']),
    },
    stemsFromWords: 2,
  },
};
