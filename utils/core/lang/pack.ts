import type { OutletType } from '../catalog-schema';
import type { BlockRole, CreditKind } from '../types';

/**
 * A cue rule: a pattern right before and/or right after an outlet mention that makes the mention
 * a credit of `kind` (or, with `kind: null`, marks it as NOT a credit: the outlet as an actor).
 *
 * `before` is tested against the text just before the mention and must end with `$`; `after` is
 * tested against the text just after it and must start with `^`. Both, when present, must match.
 * The windows are at most `WINDOW` units (tuning.ts), white space collapsed (a run holding a line
 * break becomes one '\n', any other run one space); a window stays on the mention's line, except
 * that a mention opening (closing) its line also sees the previous (next) non-blank line after
 * (before) a '\n'. Patterns must be linear-time: no nested unbounded quantifiers.
 */
export interface CueRule {
  /** `<lang>-<what>` ("en-according-to"); structural rules have no language prefix. */
  id: string;
  kind: CreditKind | null;
  /** One of the levels in `CONFIDENCE` (tuning.ts). */
  confidence: number;
  before?: RegExp;
  after?: RegExp;
  /** Only applies inside these structural blocks (e.g. captions). */
  roles?: BlockRole[];
  /**
   * Only applies to a mention whose own text matches: a catalog name that carries its credit
   * line's mark ("＝共同", "（共同）") says where it stands by itself.
   */
  surface?: RegExp;
  /** Kind to use instead when the mention is inside a caption block. */
  kindInCaption?: CreditKind;
  /**
   * A shape only wire credits take ("(afp)", "aja/PAP", "(ats/nxp)"): may accept a mention whose
   * letter case is off, and is enough on its own for a short abbreviation (AP, PA).
   */
  structural?: boolean;
  /**
   * The cue says the outlet was relayed by another one just before it ("X, citing Y",
   * "X dẫn nguồn Y"): the outlet right before the cue is credited too, and becomes the `via`.
   */
  chain?: boolean;
  /**
   * The cue is only a verb next to the name ("X said"): a weak name (a two-letter abbreviation,
   * a title-cased one) needs more (its full name elsewhere, a descriptor) or stays uncertain.
   */
  verbOnly?: boolean;
  /**
   * A shape read from its position alone ("…». EFE" closing a story): an abbreviation written
   * in title case ("Von", "Das" at a line's start) is an ordinary word there, never the outlet.
   */
  exactCase?: boolean;
  /**
   * The case endings the name must carry for the rule to apply (`NameInflection`), lower case,
   * '' for the bare name: "sanoi Ylelle" is an interview (allative "lle"), "kertoo Yle" a report
   * (no ending). Absent: any ending or none.
   */
  endings?: string[];
}

/**
 * Short words and labels of a language, as plain strings (no regular expressions): the engine
 * compiles them, so one entry is one line and one-line diffs stay readable. Write labels as they
 * appear capitalized ("Source", "Quelle"); lower-case and all-capitals forms are accepted too.
 */
export interface LanguageWords {
  /** Words joining the items of a list: "and", "or" ("AFP, EFE y Reuters", "AFP oder dpa"). */
  and: string[];
  /** Articles that may stand before a name, lower case ("the", "la", "l'", "die"). */
  articles: string[];
  /**
   * Labels of a source line, used before a colon: "Source", "Quelle", "Nguồn". "Source: AP" is a
   * credit; a line "Source: X" at the article's foot names where the article was taken from.
   */
  sourceLabels: string[];
  /** Other credit labels used before a colon: "Credit", "Via", "Crédits". */
  creditLabels: string[];
  /** Phrases that credit without a colon: "Courtesy of", "Com informações de". */
  creditLeads: string[];
  /** Labels of a photo or video credit, used before a colon: "Photo", "Foto", "Bild", "Ảnh". */
  photoLabels: string[];
  /** Words that mark a photo credit on their own, colon or not: "Фото", "写真", "Fot.". */
  photoMarks: string[];
  /** "with" joining a newsroom and a wire in a byline: "with", "mit", "avec" ("(FR mit dpa)"). */
  with: string[];
  /** Nouns in "with material from …": "material", "Agenturmaterial", "información". */
  material: string[];
  /** Prepositions after those nouns: "from", "von", "de" ("with reporting from Reuters"). */
  from: string[];
  /**
   * Function words after which a capitalized word belongs to a name rather than being a first
   * name: "of" ("of The Times"), "von", "di". Articles and `and` words count already.
   */
  nameParticles: string[];
  /** Words before a publisher's name ending a page title: "by", "from", "von" ("News from X"). */
  publishedBy: string[];
}

/**
 * Everything the engine knows about one language. One file per language in utils/core/lang/,
 * listed in registry.ts. See CONTRIBUTING.md, "Add a language".
 */
export interface LanguagePack {
  /** ISO 639-1 code ("en"); the article's language picks its pack. */
  code: string;
  /** Other codes pages declare for the language: "no" (Norwegian) for Bokmål's pack. */
  otherCodes?: string[];
  /** The language's English name ("English"), for documentation and reports. */
  name: string;
  /**
   * Cue rules, tried in order (the first that matches decides): "not a credit" rules (kind null)
   * first, then credits from the most to the least specific. The source-label rule
   * (`<code>-source-label`) is built from `words` and tried right after the "not a credit" rules.
   */
  rules: CueRule[];
  /**
   * A descriptor right before a name ("the news agency ", "l'agenzia di stampa palestinese ",
   * "der US-Sender "), ending with `$`: rules are tried again with it removed, and a descriptor
   * is evidence that the name is an outlet. Group 1, when present, is what stays (the article).
   */
  descBefore?: RegExp;
  /** A descriptor right after a name (" news agency", " newspaper"), starting with `^`. */
  descAfter?: RegExp;
  words: LanguageWords;
  /**
   * Country words by ISO 3166-1 code: lower-case stems of the adjectives and names
   * ("austral", "britan"). They pick one of several outlets sharing a name ("the Australian ABC").
   */
  countries: Partial<Record<string, string[]>>;
  /**
   * Nouns naming a kind of outlet, by type ("newspaper", "daily" → newspaper; "broadcaster" →
   * broadcaster), lower case, singular and plural. They type an outlet the catalog does not know.
   */
  outletNouns: Partial<Record<OutletType, string[]>>;
  /**
   * Endings `outletNouns` take in running text (case endings, suffixed articles), lower case:
   * Swedish "en", "et" ("lokaltidningen", "nyhetssajten"), Polish "a" ("tygodnika"). They are
   * glued to each noun and to the stems `inflection.stems` gives it. Unset: `inflection.endings`.
   */
  outletNounEndings?: string[];
  /**
   * Outlet nouns that close compounds the language writes as one word ("Lokal|sender",
   * "nyhets|sajten", "paikallis|radio"), lower case: such a word is a descriptor too. Only nouns
   * of the news: a "Vergleichsportal", "Telegramkanal" or "Ratingagentur" is no outlet.
   */
  compoundOutletNouns?: string[];
  /**
   * Possessives that make a descriptor after them the subject's own channel or site ("auf
   * seinem Kanal X", "na svém webu X"), lower case: no outlet is read after them.
   */
  ownerWords?: string[];
  /**
   * Words that end an outlet's name and make a capitalized phrase outlet-shaped, by type:
   * "Tribune", "Herald" (newspaper), "Radio" (broadcaster). A leading '-' matches the end of a
   * compound ("-Zeitung" in "Ostsee-Zeitung"). Capitalized as in names.
   */
  nameEndings: Partial<Record<OutletType, string[]>>;
  /**
   * Words that begin an outlet's name, by type: "Radio" ("Radio Mitre"), "TV" ("TV 2 Fyn"),
   * "Canal". Capitalized as in names.
   */
  nameStarts?: Partial<Record<OutletType, string[]>>;
  /**
   * Function words inside outlet names, lower case: "of" ("Voice of America"), "am" ("Welt am
   * Sonntag"), "de" ("Diario de Navarra"). Unset: `words.nameParticles`.
   */
  nameJoiners?: string[];
  /**
   * Words that make a capitalized phrase something other than an outlet (a ministry, a
   * university, a company, a party): "Ministry", "University", "GmbH". Capitalized as in names.
   */
  notOutletWords?: string[];
  /**
   * The name as the dictionary writes it, from the form the text gives after `before` (the few
   * words before it, lower case): German "der Westfälischen Rundschau" → "Westfälische
   * Rundschau". Only for outlets the catalog does not know; unset: the name as written.
   */
  nominative?: (name: string, before: string) => string;
  /**
   * A prefix the language glues to names (Arabic "ل" in "لرويترز", Hebrew "ל" in "לרויטרס" and
   * "ל-ynet"), as a pattern ending with `$` tried on the few units before a name. The prefix must
   * start a word; one ending in a letter joins only a name in its own script. A name behind it
   * is still found, and a hyphen ending it is not the "glued to a word" hyphen ("Rede-AP").
   */
  namePrefix?: RegExp;
  /**
   * Articles opening a name, lower case, and the forms a preposition contracts them to before
   * it: French "le" → "du", "au" ("le correspondant du Monde"); an elided article keeps its
   * apostrophe ("l'" → "dell'"). The rest of such a name counts behind these forms
   * (article-forms.ts).
   */
  articleContractions?: Record<string, string[]>;
  /**
   * Where a script has neither capitals nor spaces to bound a name (Chinese, Japanese, Thai) or
   * glues particles to it (Korean): patterns that read an unlisted outlet's name after a
   * descriptor ("地方报纸《嘉兴日报》", "地元紙の南海日日新聞", "지역 일간지 충청투데이"). Each is
   * global and starts with a literal; group `name` is the name, the match's start the
   * descriptor's. The name's type comes from `nameEndings`, else `type` (unlisted-dense.ts).
   */
  denseNames?: { re: RegExp; type: OutletType }[];
  /**
   * Nouns that, right after an outlet's name, make the name a modifier of someone else
   * ("Reuters photographers", "BBC presenter"), lower case, singular and plural: then a verb
   * later in the clause is theirs, not the outlet's (detect-deferred.ts). For languages that
   * put such a noun after the name without joining them.
   */
  modifierNouns?: string[];
  /**
   * Words that negate a verb, lower case ("not", "nicht", "tidak", "не"): a reporting verb
   * they stand before reports nothing ("Bernama tidak melaporkan perkara itu").
   */
  negations?: string[];
  /** True when the language capitalizes every noun (German): capitals then say little. */
  capitalizesNouns?: boolean;
  /** How the language inflects a name ("Ylelle", "az MTI-nek", "της Καθημερινής"), if it does. */
  inflection?: NameInflection;
}

/**
 * Case endings a language glues to an outlet's name. A catalog name followed by one of them is
 * still that name ("Reutersin mukaan", "a Telexnek", "SVT:s"): the mention then spans the
 * inflected word, and the cue rules read on from its end. Endings are read in articles of the
 * language; stems apply to the names of outlets that publish in it.
 */
export interface NameInflection {
  /** Endings, lower case, diacritics optional: "n", "lle", "ltä" (fi); "nak", "nek" (hu). */
  endings: string[];
  /** Marks written between a name and its ending: ":" ("STT:n", "SVT:s"), "-" ("MTI-nek"). */
  joiners?: string[];
  /**
   * Stem changes of a name's last word, from its dictionary ending to the stems its endings attach
   * to (lower case): "lehti" → "lehde", "lehte" ("Iltalehden"); "ης" → "η" ("του Πολίτη"). A
   * stem stands alone too, when the ending is empty.
   */
  stems?: Record<string, string[]>;
  /**
   * Names with fewer words get no stems: a German adjective standing for a paper ("die
   * Süddeutsche") is an ordinary word in its oblique forms ("der Süddeutschen Zuchtverbände").
   */
  stemsFromWords?: number;
  /**
   * The rules read the ending themselves (Turkish "Hürriyet gazetesi|nin haberine göre": the
   * suffix says the case, as "Reuters'ın" does after an apostrophe): a name followed by one is
   * found, but the mention stops before it, so the ending opens the window after the name.
   */
  readByRules?: boolean;
}
