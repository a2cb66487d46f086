import type { UnlistedCandidate } from './unlisted-find';
import { hasNotOutletWord } from './unlisted-names';
import type { UnlistedPatterns } from './unlisted-patterns';
import { foldText } from './text';

/**
 * Names in Japanese text, which has no spaces and no capitals: a descriptor noun written in kanji
 * ("地元紙", "米紙", "英誌", "通信") glued to a foreign outlet's name in katakana or Latin letters
 * ("地元紙ホノルル・スター・アドバタイザーは", "米誌ＴＩＭＥ"). The name runs to the first kanji,
 * hiragana (a particle) or punctuation other than the middle dot.
 */

/** A name in katakana, middle dots and long-vowel marks, or in Latin letters (full-width too). */
const KANA_NAME =
  /^[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ][\p{Script=Katakana}ー・･A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]*/u;

/**
 * A kanji before the noun that makes it refer to an outlet named elsewhere ("同紙", the said
 * paper; "本紙", this paper; "両紙", both papers) or to something else ("当局", the authorities).
 */
const REFERRING = /[同本当自両各他某貴弊両]$/u;

/** Fewest characters in a name read this way ("ＡＢＣ" has three). */
const MIN_LENGTH = 3;

/** Unlisted names behind kanji descriptors (see the file comment). */
export function kanaNames(text: string, pat: UnlistedPatterns): UnlistedCandidate[] {
  const out: UnlistedCandidate[] = [];
  if (!pat.kanaDescriptor) return out;
  for (const m of text.matchAll(pat.kanaDescriptor)) {
    if (REFERRING.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const at = m.index + m[0].length;
    const run = KANA_NAME.exec(text.slice(at, at + 40));
    if (!run) continue;
    const name = run[0].replace(/[・･]+$/u, '');
    const type = pat.nounType.get(foldText(m[0]));
    if (!type || [...name].length < MIN_LENGTH || hasNotOutletWord(name, pat)) continue;
    out.push({
      start: at,
      end: at + name.length,
      type,
      evidence: 'descriptor',
      descriptorStart: m.index,
    });
  }
  return out;
}
