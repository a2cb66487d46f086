/**
 * Finds the matches of the open-vocabulary step's word-list patterns ("newspaper", "Tribune",
 * "Radio", "-Zeitung") without running them at every offset of the text. Such a pattern can only
 * match where one of its words begins, so one Aho–Corasick pass over the folded text (the same
 * folding the cue prefilter uses, under which a case-insensitive pattern's matches are equal to
 * its words) lists the offsets where a word's first token starts, and the pattern runs anchored
 * (sticky) there only. The matches are the same as `text.matchAll(pattern)`: every match starts
 * at a listed offset, and they are taken left to right without overlap. Running each pattern
 * over the whole text cost more than the rest of the step.
 */
import { Automaton } from './automaton';
import { foldLiteral } from './lang/literal-info';

/** How a pattern's words give the offset its match starts at. */
export type Anchor = 'word' | 'letter-run' | 'in-word';

/** One global pattern and the words it is made of. */
export interface WordPattern {
  re: RegExp;
  words: string[];
  /**
   * `word`: the match starts where a word starts. `letter-run`: the words are name tails
   * ("-Zeitung") and the match starts at the run of letters right before the tail. `in-word`:
   * the words close compounds ("Lokal‸sender") and the match starts where that word starts.
   */
  anchor: Anchor;
}

export interface WordScanner {
  /** The matches of each pattern, in the order given, as `text.matchAll` gives them. */
  matchesIn(text: string): RegExpExecArray[][];
}

/** A word's first token: what the pattern must read at the match's start, before any space. */
function firstToken(word: string, anchor: Anchor): string {
  const token = word.trim().split(/[\s'’]/)[0];
  return anchor === 'letter-run' ? '-' + token : token;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Start of the run of letters and marks (whole code points) that ends at `at`. */
function letterRunStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const lo = text.charCodeAt(i - 1);
    const pair = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >> 10 === 0x36;
    const width = pair ? 2 : 1;
    if (!LETTER_OR_MARK.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** Every match of `sticky` tried at `starts` (ascending), left to right without overlap. */
function anchoredMatches(text: string, sticky: RegExp, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const s of starts) {
    if (s < end) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    end = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/** The last text folded and its folding: every scanner of a report reads the same text. */
let lastText = '';
let lastFolded = '';

function foldOnce(text: string): string {
  if (text !== lastText) {
    lastFolded = foldLiteral(text);
    lastText = text;
  }
  return lastFolded;
}

/** A scanner for `patterns`; a pattern with a word it cannot anchor is run over the whole text. */
export function wordScanner(patterns: WordPattern[]): WordScanner {
  const automaton = new Automaton<number>();
  const whole = patterns.map((p) => !p.re.global || p.words.some((w) => !firstToken(w, 'word')));
  patterns.forEach((p, k) => {
    if (!whole[k]) for (const w of p.words) automaton.add(foldLiteral(firstToken(w, p.anchor)), k);
  });
  automaton.build();
  const sticky = patterns.map((p) => new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y'));
  return {
    matchesIn(text) {
      const folded = foldOnce(text);
      // Folding kept every offset (the usual case) or the pattern runs over the whole text.
      const anchored = folded.length === text.length;
      const starts = patterns.map((): number[] => []);
      if (anchored)
        automaton.scan(folded, (s, _e, k) => {
          starts[k].push(patterns[k].anchor === 'word' ? s : letterRunStart(text, s));
        });
      return patterns.map((p, k) => {
        if (!anchored || whole[k]) return [...text.matchAll(p.re)];
        const list = [...new Set(starts[k])].sort((a, b) => a - b);
        return anchoredMatches(text, sticky[k], list);
      });
    },
  };
}
