/** Plain data shared by the core, the background, the popup and the command line. */
import type { OutletType } from './catalog-schema';

export const CREDIT_KINDS = [
  'report',
  'quote',
  'interview',
  'analysis',
  'photo',
  'video',
  'byline',
  'other',
] as const;

/** How an article credits an outlet. */
export type CreditKind = (typeof CREDIT_KINDS)[number];

/** Where a region of the article text came from in the page, when the caller knows it. */
export type BlockRole = 'caption' | 'byline' | 'heading' | 'quote';

/** A [start, end) region of the article text with a structural role. */
export interface TextBlock {
  start: number;
  end: number;
  role: BlockRole;
}

/** An occurrence of a catalog alias in the text. Offsets are UTF-16 code units, end exclusive. */
export interface OutletMention {
  /** Every outlet the alias may denote (more than one when the alias is ambiguous). */
  outletIds: string[];
  surface: string;
  start: number;
  end: number;
  /** True when the alias is a case-sensitive abbreviation (AP, AFP). */
  isAbbreviation: boolean;
  /**
   * The letter case is off for the alias ("(afp)", "aja/pap", "Ap"): only wire-shaped cues may
   * accept it.
   */
  weakCase?: boolean;
  /**
   * An all-capitals abbreviation written in title case ("Ansa", "Cnn", but also "Von", "Das"):
   * only a cue before it ("secondo la Bbc") or a wire-shaped cue may accept it.
   */
  titleCase?: boolean;
  /**
   * One word left of a name after its article, behind a contracted article ("du Monde", "della
   * Repubblica"; article-forms.ts): an ordinary noun as often as the name, so, like `titleCase`,
   * only a cue before it may accept it.
   */
  contracted?: boolean;
  /**
   * Glued to the lower-case word before it ("in KyivAP Photo"), as pages that drop the space
   * between a caption and its credit print it: only a credit shape (a structural rule) may
   * accept it.
   */
  glued?: boolean;
  /**
   * A short form of a longer name ("the Journal" for The Wall Street Journal): it stands for an
   * outlet only when the text names that outlet in full elsewhere.
   */
  shortForm?: boolean;
  /**
   * The case ending the name carries, as written ("lle" in "Ylelle", ":n" in "STT:n", "-nek" in
   * "MTI-nek"); `surface` and `end` include it.
   */
  caseEnding?: string;
  /**
   * Where the text before the mention's cue window ends, when a descriptor stands between the
   * cue and the name ("according to the local newspaper ‸Westfield Courier": the window ends
   * before "local"). Unset: the window ends at `start`.
   */
  cueFrom?: number;
  /** A descriptor ("the newspaper", "die Zeitung") names the mention as an outlet. */
  described?: boolean;
}

/** True for the id of an outlet the catalog does not know (`unlisted:<slug>`). */
export const isUnlistedId = (id: string): boolean => id.startsWith('unlisted:');

/** An outlet the catalog does not know, as the text shows it ("the newspaper Westfield Courier"). */
export interface UnlistedOutlet {
  /** `unlisted:<slug>`, stable for the same name. */
  id: string;
  /** The name as the text gives it (in the nominative where the language inflects names). */
  name: string;
  type: OutletType;
  /** The outlet's web address, when the text shows it ("according to westfieldcourier.com"). */
  domains: string[];
  /** What shows it is an outlet: a descriptor, a name's shape, an address, a wire line. */
  evidence: 'descriptor' | 'shape' | 'domain' | 'wire';
}

/** A mention the cue rules judged to be a credit, with its evidence. */
export interface Attribution {
  outletId: string;
  surface: string;
  /** Offsets of the outlet's name in the text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  kind: CreditKind;
  /** The words that make this a credit ("According to", "quoted"), or null for structural cues. */
  cue: { text: string; start: number; end: number } | null;
  /** Id of the rule that decided, for debugging and evaluation. */
  rule: string;
  /** The sentence around the mention, white space collapsed. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** 0..1; below `UNCERTAIN_BELOW` the attribution is reported apart as uncertain. */
  confidence: number;
  /** For chains ("X, citing Y"): the outlet that relayed this credit. */
  via?: string;
}

/** Confidence under which an attribution is kept apart from the cited outlets (tuning.ts). */
export { UNCERTAIN_BELOW } from './tuning';

/** What the core needs to know about the article besides its text. */
export interface ArticleContext {
  /** ISO 639-1 language of the article, if known ("en", "fr"). */
  lang?: string;
  /** Ids of the page's own outlet: never reported as cited. */
  publisherIds?: string[];
  /** Structural regions (captions, bylines) when the caller has the DOM. */
  blocks?: TextBlock[];
  /**
   * What the page says of itself (its address, site name, title): an outlet the catalog does not
   * know that is the page's own is never reported as cited.
   */
  page?: { url?: string | null; siteName?: string | null; title?: string | null };
}
