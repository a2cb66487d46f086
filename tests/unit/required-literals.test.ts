import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createPrefilter } from '../../utils/core/cue-prefilter';
import { foldLiteral } from '../../utils/core/lang/literal-info';
import { allRules, rulesFor } from '../../utils/core/lang/registry';
import { requiredLiterals } from '../../utils/core/lang/required-literals';
import { matchCue } from '../../utils/core/match-cue';
import type { OutletMention } from '../../utils/core/types';

/** Clauses with their strings sorted, for comparing without caring about order. */
const sorted = (need: string[][]) => need.map((c) => [...c].sort());

describe('requiredLiterals', () => {
  it('reads the words a sequence requires, across white space and anchors', () => {
    expect(requiredLiterals(/\baccording\s+to\s+(?:the\s+)?$/iu)).toEqual([['according'], ['to']]);
    expect(requiredLiterals(/^\s+reported\b/u)).toEqual([['reported']]);
  });

  it('reads a long group shared by several patterns the same in each (it is read once)', () => {
    const verbs = Array.from({ length: 30 }, (_, i) => `verb${i}x`).join('|');
    const group = `(?:${verbs})`;
    const plain = new RegExp(`${group}\\s+by\\s+$`, 'u');
    const looked = new RegExp(`(?=${group.slice(3)}said$`, 'u');
    const quantified = new RegExp(`according\\s+${group}?\\s+$`, 'u');
    const expected = [Array.from({ length: 30 }, (_, i) => `verb${i}x`).sort(), ['by']];
    for (let round = 0; round < 2; round++) {
      expect(sorted(requiredLiterals(plain))).toEqual(expected);
      expect(requiredLiterals(looked)).toEqual([['said']]);
      expect(requiredLiterals(quantified)).toEqual([['according']]);
    }
  });

  it('keeps every branch of a required alternation', () => {
    expect(sorted(requiredLiterals(/(?:dijo|afirmó)\s+a\s+$/u))).toEqual([
      ['afirmó', 'dijo'],
      ['a'],
    ]);
    // A branch without a certain word makes the whole alternation uncertain.
    expect(requiredLiterals(/(?:dijo|\p{Lu}+)\s+$/u)).toEqual([]);
    // Branches that are not single words each give their best word.
    expect(sorted(requiredLiterals(/(?:news\s+agency|wire\s+service)$/u))).toEqual([
      ['agency', 'service'],
    ]);
  });

  it('requires nothing from an optional part, and both spellings around one', () => {
    expect(requiredLiterals(/(?:the\s+)?paper/u)).toEqual([['paper']]);
    expect(sorted(requiredLiterals(/colou?r/u))).toEqual([['color', 'colour']]);
    expect(requiredLiterals(/a*b/u)).toEqual([['b']]);
    expect(requiredLiterals(/(?:ab){2}/u)).toEqual([['abab']]);
    expect(requiredLiterals(/(?:ab){0,2}c/u)).toEqual([['c']]);
  });

  it('folds letter case: small classes and case-insensitive patterns give one lower-case word', () => {
    expect(requiredLiterals(/[Tt]he\s+AGENCY/u)).toEqual([['the'], ['agency']]);
    expect(sorted(requiredLiterals(/by['’]s/iu))).toEqual([["by's", 'by’s']]);
    expect(requiredLiterals(/ΤΟΥΣ/iu)).toEqual([['τουσ']]);
  });

  it('requires nothing from lookarounds and back-references, and nothing when unsure', () => {
    expect(requiredLiterals(/(?<![\p{L}])x(?=abc)(?!def)/u)).toEqual([['x']]);
    expect(requiredLiterals(/(a)\1b/u)).toEqual([['a'], ['b']]);
    expect(requiredLiterals(/^\s*\p{Pd}\s*$/u)).toEqual([]);
    expect(sorted(requiredLiterals(/^\s*[-–]\s*$/u))).toEqual([['-', '–']]);
    expect(requiredLiterals(/\p{Lu}+/u)).toEqual([]);
    expect(requiredLiterals(/[^a]b/u)).toEqual([['b']]);
  });

  it('reads escapes as the characters they stand for', () => {
    expect(requiredLiterals(/a\.b\u0020c\x2Fd/u)).toEqual([['a.b c/d']]);
    expect(requiredLiterals(/\u{1F4F0}news/u)).toEqual([['📰news']]);
  });

  // Patterns in the packs' shapes; texts made of their own pieces, so that they often match.
  const SHAPES = [
    /\b(?:according|acc)\s+to\s+(?:the\s+)?$/iu,
    /(?:dijo|afirmó|según)\s+(?:a\s+|al\s+)?$/iu,
    /^\s*(?:reported|said)(?:ly)?\b/u,
    /[Tt]he\s+(?:news\s+agency|wire)\s+$/u,
    /(?:^|[\s,(])(?:AP|AFP)\/(?:dpa|Reuters)?$/u,
    /^(?:\s*,)?\s+(?:σύμφωνα|ΣΎΜΦΩΝΑ)\s+με\s+/iu,
  ];
  const piece = fc.constantFrom(
    ...'according acc to the The dijo Afirmó según a al reported said ly news agency wire'.split(
      ' ',
    ),
    ...['AP', 'AFP', '/', 'dpa', 'Reuters', ',', '(', 'σύμφωνα', 'ΣΎΜΦΩΝΑ', 'με', 'ΜΕ'],
    ' ',
    ' ',
    '\n',
  );

  it('never requires a word a match lacks', () => {
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), text, (re, t) => {
        const m = re.exec(t);
        if (!m) return;
        const found = foldLiteral(m[0]);
        for (const clause of requiredLiterals(re)) {
          expect(clause.some((s) => found.includes(s))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldLiteral', () => {
  it('folds every character like its upper case', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const c = String.fromCodePoint(cp);
      const upper = c.toUpperCase();
      if ([...upper].length === 1 && foldLiteral(c) !== foldLiteral(upper)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('folds alike every pair of characters a case-insensitive pattern equates', () => {
    // Every character of the packs' required words, against every BMP character.
    const chars = new Set<string>();
    for (const r of allRules()) {
      for (const re of [r.before, r.after]) {
        if (re)
          for (const clause of requiredLiterals(re))
            for (const s of clause) for (const c of s) chars.add(c);
      }
    }
    let bmp = '';
    for (let cp = 0; cp < 0x10000; cp++)
      bmp += cp >= 0xd800 && cp < 0xe000 ? ' ' : String.fromCharCode(cp);
    const wrong: string[] = [];
    for (const c of chars) {
      const escaped = c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      for (const flags of ['giu', 'gi']) {
        for (const m of bmp.matchAll(new RegExp(escaped, flags))) {
          if (foldLiteral(m[0]) !== foldLiteral(c)) wrong.push(`${c} ~ ${m[0]} (${flags})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('cue prefilter', () => {
  it('rules out a pattern whose word is absent, in any letter case', () => {
    const re = /\baccording\s+to\s+$/iu;
    const f = createPrefilter([re]);
    expect(f.mayMatch(re, f.wordsIn('as reported by the '))).toBe(false);
    expect(f.mayMatch(re, f.wordsIn('ACCORDING TO '))).toBe(true);
    expect(f.mayMatch(re, f.wordsIn('according, not to '))).toBe(true);
  });

  it('always runs a pattern with no required word, or one it was not built with', () => {
    const none = /^\s*\p{Pd}\s*$/u;
    const f = createPrefilter([none]);
    expect(f.mayMatch(none, f.wordsIn('anything'))).toBe(true);
    expect(f.mayMatch(/according/u, f.wordsIn('anything'))).toBe(true);
  });

  it('never runs a rule whose words are absent around a mention', () => {
    const rule = allRules().find((r) => r.id === 'en-according-to')!;
    const spy = vi.spyOn(rule.before!, 'exec');
    const mention = (text: string): OutletMention => {
      const start = text.indexOf('Reuters');
      return {
        outletIds: ['reuters'],
        surface: 'Reuters',
        start,
        end: start + 7,
        isAbbreviation: false,
      };
    };
    try {
      const plain = 'The minister spoke to Reuters on Monday.';
      expect(matchCue(plain, mention(plain), rulesFor('en'))?.set.rule.id).not.toBe(
        'en-according-to',
      );
      expect(spy).not.toHaveBeenCalled();
      const cited = 'The toll rose, according to Reuters.';
      expect(matchCue(cited, mention(cited), rulesFor('en'))?.set.rule.id).toBe('en-according-to');
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
