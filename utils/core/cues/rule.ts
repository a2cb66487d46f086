import type { BlockRole, CreditKind } from '../types';

/**
 * A cue rule: a pattern right before and/or right after an outlet mention that makes the mention
 * a credit of `kind` (or, with `kind: null`, marks it as NOT a credit: the outlet as an actor).
 *
 * `before` is tested against the text just before the mention (same line, ≤ `WINDOW` units) and
 * must end with `$`; `after` is tested against the text just after it and must start with `^`.
 * Both, when present, must match. Patterns must be linear-time (no nested quantifiers).
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
}

/** How far (UTF-16 units) the rules look on each side of a mention. */
export const WINDOW = 140;

/** The rules for one language, tried in order; the first that matches decides. */
export interface LanguageCues {
  lang: string;
  rules: CueRule[];
}
