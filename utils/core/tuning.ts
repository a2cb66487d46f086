/**
 * Every number that tunes the engine, each with the reason it has its value. Change one here,
 * run `npm run eval` on the dev pages (and the pool's dev half), and say in the commit what moved.
 */

/**
 * Confidence levels a cue rule may give (0..1). A rule's level times its language weight is the
 * credit's confidence; below `UNCERTAIN_BELOW` the credit is shown apart as uncertain.
 */
export const CONFIDENCE = {
  /** Never a credit: the rule marks the outlet as an actor or a venue (kind null). */
  veto: 1,
  /** An explicit attribution phrase: "according to", "laut", "selon", "por data". */
  explicit: 0.95,
  /** A reporting verb, an interview phrase or a credit label next to the name. */
  verb: 0.9,
  /** A looser shape: a descriptor plus a noun ("a Reuters report"), a byline line. */
  pattern: 0.85,
  /** A shape that is usually, not always, a credit ("per the Times", "WSJ’s X:"). */
  shape: 0.8,
  /** A credit line read only from its position ("Jane Doe - Reuters" closing a caption). */
  position: 0.75,
  /** A headline crediting an outlet ("Politico: “…”"). */
  headline: 0.7,
} as const;

/** Confidence under which an attribution is kept apart from the cited outlets. */
export const UNCERTAIN_BELOW = 0.5;

/**
 * Weight of another language's rules on an article whose language is known: quotes and captions
 * are often left untranslated, but a foreign phrase is weaker evidence than the article's own.
 */
export const OTHER_LANGUAGE_WEIGHT = 0.85;

/** Weight of every language's rules when the article's language is unknown. */
export const UNKNOWN_LANGUAGE_WEIGHT = 0.95;

/**
 * A weak name (two-letter abbreviation, title-cased or short form) with only a verb next to it
 * ("Ap said") is halved: without a descriptor or the full name elsewhere it falls under
 * `UNCERTAIN_BELOW`, which is where "As said" and "Pa reported" belong.
 */
export const WEAK_NAME_VERB_ONLY_FACTOR = 0.5;

/**
 * A reporting verb a few words after the name, across adverbials and auxiliaries ("The BBC late
 * on Tuesday reported"; detect-deferred.ts): at most this many words are passed over, enough for
 * an auxiliary, a day and a time ("hat am Freitagabend", "je u utorak navečer") and not a
 * second clause.
 */
export const DEFERRED_WORDS = 6;

/**
 * Such a credit keeps this share of the verb rule's confidence: the words between could make
 * another subject, so it is a little less sure than the verb right after the name (0.9 × 0.85 is
 * still a sure credit; another language's rule is never used).
 */
export const DEFERRED_FACTOR = 0.85;

/** An outlet introduced by a descriptor and no cue (detect-described.ts) keeps this share. */
export const DESCRIBED_FACTOR = 0.9;

/**
 * The most words of a subject between a speech verb and its hearer ("ha explicat el conseller de
 * Salut a Catalunya Ràdio"; detect-hearer.ts): a noun with an article, a title and a place.
 */
export const HEARER_WORDS = 5;

/** Such a credit keeps this share of the "told" rule's confidence (the subject could be an object). */
export const HEARER_FACTOR = 0.85;

/** A relay named right before "citing Y" ("AFP, citing Reuters") is itself credited this surely. */
export const RELAY_CONFIDENCE = 0.85;

/** An outlet credited only by sharing its neighbour's cue in a list keeps this share of it. */
export const LIST_SHARE_FACTOR = 0.95;

/**
 * Confidence ceiling for a credit whose outlet could not be chosen among several sharing the
 * name: it is listed as uncertain, never as cited.
 */
export const UNRESOLVED_CEILING = 0.4;

/** How far (UTF-16 units) the cue rules look on each side of a mention (white space collapsed). */
export const WINDOW = 140;

/** How much raw text a window may read, so long runs of blanks still leave room for words. */
export const RAW_SPAN = WINDOW * 3;

/**
 * Units before a one-word name searched for a capitalized word that makes it a person's name
 * ("the even wealthier Michael Bloomberg"): two words' room.
 */
export const PERSON_LOOKBEHIND = 40;

/** Units before a mention searched for a country adjective ("l'emittente australiana Abc"). */
export const COUNTRY_WORD_LOOKBEHIND = 60;

/** Most units between a relay's name and its "citing" cue (", " plus slack). */
export const CHAIN_GAP = 4;

/**
 * Most units between two items of a list of outlets ("AFP, EFE y Reuters", "AFP/dpa"); 18 lets
 * the longest joiners through ("“ als auch der „" in "sowohl die „SZ“ als auch der „NDR“").
 */
export const LIST_GAP_MAX = 18;

/** Spaces allowed between a credit and the bracket that closes it ("(Source: AP )"). */
export const BRACKET_CLOSE_SLACK = 2;

/** How many of the article's last lines may hold its origin line ("Source: baoquocte.vn"). */
export const ORIGIN_TAIL_LINES = 4;

/** Most characters allowed on each side of the outlet's name on an origin line. */
export const ORIGIN_LINE_SIDE = 200;

/** How far (units) `sentenceAround` looks each way for a sentence's bounds. */
export const SENTENCE_RADIUS = 400;

/** Page titles longer than this are not searched for the publisher's name (not a title). */
export const MAX_TITLE_LENGTH = 300;

/**
 * An outlet the catalog does not know is credited a little less surely than a listed one with
 * the same cue: its name and its being an outlet both come from the text alone.
 */
export const UNLISTED_FACTOR = 0.95;

/**
 * The context vote on a name several outlets share (a "Nation", a "Herald"): each candidate's
 * country scores the article's evidence, and the outlet whose country scores highest wins, if it
 * scores above all others. The page's own site (its listed publisher's country or its address's
 * country suffix) weighs most, as one site decides; each other outlet the text names
 * unambiguously counts one (at most `outletsCap`), and each mention of the country's name, a
 * demonym or its currency one (at most `wordsCap`, so a story about a country does not outvote
 * the site's own).
 */
export const COUNTRY_VOTE = { site: 3, outletsCap: 3, wordsCap: 4 } as const;

/**
 * A short name ("The Herald", "Le Soir") counts without its full name elsewhere when the
 * article's country evidence (as in `COUNTRY_VOTE`) for one of its outlets reaches this and
 * beats every other: the site alone, or two of places, demonyms, currency and co-cited outlets.
 * One word of a place is too little: a story from Harare may quote London's Herald.
 */
export const SHORT_FORM_COUNTRY_MIN = 2;
