import type { BlockRole, CreditKind } from '../types';

/**
 * A cue rule: a pattern right before and/or right after an outlet mention that makes the mention
 * a credit of `kind` (or, with `kind: null`, marks it as NOT a credit: the outlet as an actor).
 *
 * `before` is tested against the text just before the mention and must end with `$`; `after` is
 * tested against the text just after it and must start with `^`. Both, when present, must match.
 * The windows are at most `WINDOW` units, white space collapsed (a run holding a line break
 * becomes one '\n', any other run one space); a window stays on the mention's line, except that
 * a mention opening (closing) its line also sees the previous (next) non-blank line after
 * (before) a '\n'. Patterns must be linear-time: no nested unbounded quantifiers.
 */
export interface CueRule {
  id: string;
  kind: CreditKind | null;
  confidence: number;
  before?: RegExp;
  after?: RegExp;
  /** Only applies inside these structural blocks (e.g. captions). */
  roles?: BlockRole[];
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
}

/** How far (UTF-16 units) the rules look on each side of a mention. */
export const WINDOW = 140;

/** The rules for one language, tried in order; the first that matches decides. */
export interface LanguageCues {
  lang: string;
  rules: CueRule[];
  /**
   * A descriptor right before a name ("the news agency ", "l'agenzia di stampa palestinese ",
   * "der US-Sender "), ending with `$`: rules are tried again with it removed, and a descriptor
   * is evidence that the name is an outlet.
   */
  descBefore?: RegExp;
  /** A descriptor right after a name (" news agency", " newspaper"), starting with `^`. */
  descAfter?: RegExp;
}
