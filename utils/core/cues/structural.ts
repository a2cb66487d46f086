import type { CueRule } from './rule';

/**
 * Language-independent credit shapes: source lines, photo credits, wire datelines and tags.
 * Tried after the language's own rules.
 */
export const STRUCTURAL_RULES: CueRule[] = [
  // "(Source: AP)", "[Nguồn: Reuters]", "Source: AFP" — label words come from each language's
  // rules via SOURCE_WORDS; here only the shape.
  {
    id: 'paren-wire-dateline',
    kind: 'byline',
    confidence: 0.9,
    // "WASHINGTON (AP) —", "(Reuters) -", "Bruselas, 7 oct (EFE).-"
    before: /(?:^|[\s,.])\(\s*$/,
    after: /^\s*\)\s*(?:[-–—:.]|\.-)/,
  },
  {
    id: 'photo-slash-credit',
    kind: 'photo',
    confidence: 0.85,
    // "John Smith/AFP", "Foto: xyz/dpa"
    before: /[\p{L}.]\s?\/\s?$/u,
    after: /^\s*(?:$|[\s)\]|,;.]|\/)/,
  },
  {
    id: 'copyright',
    kind: 'photo',
    confidence: 0.85,
    before: /(?:©|\(c\)|Copyright)\s*$/i,
  },
  {
    id: 'via-getty',
    kind: 'photo',
    confidence: 0.9,
    after: /^\s+via\s+Getty\b/i,
  },
  {
    id: 'photo-tag',
    kind: 'photo',
    confidence: 0.9,
    // "(AP Photo/Evan Vucci)", "AP Photo", "Reuters Photo"
    after: /^\s*(?:Photo|Foto|Photograph)s?\b/i,
  },
  {
    id: 'paren-tag',
    kind: 'report',
    confidence: 0.75,
    kindInCaption: 'photo',
    // "(AP)" or "(Reuters)" standing alone at the end of a paragraph or caption
    before: /\(\s*$/,
    after: /^\s*\)\s*$/m,
  },
];
