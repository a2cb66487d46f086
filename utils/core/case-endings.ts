import type { LanguagePack } from './lang/pack';
import { packFor } from './lang/registry';
import { foldText, isWordUnit } from './text';
import type { OutletMention } from './types';

/**
 * Case endings on outlet names (`NameInflection` in lang/pack.ts): "Ylelle", "STT:n",
 * "az MTI-nek", "Iltalehden". The alias scan finds the name; these helpers say whether the letters
 * glued after it are one of the language's endings, and give the oblique stems of a name.
 */

/** A language's endings as matched: folded, with the marks that may join them to a name. */
export interface CompiledEndings {
  endings: ReadonlySet<string>;
  joiners: string;
  /** Length of the longest ending, so a long word after a name is given up early. */
  longest: number;
}

const compiled = new Map<string, CompiledEndings | null>();

/** The compiled endings of a language (ISO 639-1), or null when it glues none to names. */
export function endingsFor(code: string | undefined): CompiledEndings | null {
  if (!code) return null;
  const hit = compiled.get(code);
  if (hit !== undefined) return hit;
  const inflection = packFor(code)?.inflection;
  const endings = new Set((inflection?.endings ?? []).map((e) => foldText(e.trim())));
  endings.delete('');
  const result = endings.size
    ? {
        endings,
        joiners: (inflection?.joiners ?? []).join(''),
        longest: Math.max(...[...endings].map((e) => e.length)),
      }
    : null;
  compiled.set(code, result);
  return result;
}

/**
 * The case ending right after a name that ends at `end`, as written (":n", "lle", "-nek"), or ''
 * when there is none. The ending must fill the rest of the word: "Yle|lle" has one, "Yle|isradio"
 * does not. A joiner counts only with an ending after it.
 */
export function caseEndingAt(text: string, end: number, e: CompiledEndings): string {
  let from = end;
  if (from < text.length && e.joiners.includes(text[from])) from++;
  let to = from;
  while (to < text.length && to - from <= e.longest && isWordUnit(text.charCodeAt(to))) to++;
  if (to === from || (to < text.length && isWordUnit(text.charCodeAt(to)))) return '';
  return e.endings.has(foldText(text.slice(from, to))) ? text.slice(end, to) : '';
}

/** Length of the common start of two strings. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The oblique stems of a name in `pack`'s language: "Iltalehti" → "Iltalehde", "Iltalehte";
 * "Helsingin Sanomat" → "Helsingin Sanomi". Only the last word changes, and only the part of the
 * ending that differs, so the name keeps its capitals. Empty when no stem rule applies.
 */
export function stemVariants(name: string, pack: LanguagePack): string[] {
  const stems = pack.inflection?.stems;
  if (!stems) return [];
  const folded = foldText(name);
  const out: string[] = [];
  for (const [from, tos] of Object.entries(stems)) {
    const f = foldText(from);
    // The ending must leave something of the name: "Lehti" alone is a word, not a name's end.
    const cut = folded.length - f.length;
    if (!folded.endsWith(f) || cut < 2) continue;
    for (const to of tos) {
      const keep = sharedStart(f, foldText(to));
      out.push(name.slice(0, cut + keep) + to.slice(keep));
    }
  }
  return out;
}

/** A mention's case ending as rules name it: folded, without its joiner ("STT:n" → "n"). */
export function endingOf(m: OutletMention): string {
  return m.caseEnding ? foldText(m.caseEnding).replace(/^[^\p{L}\p{N}]+/u, '') : '';
}

/** True when a rule's `endings` (if any) admit the mention's ending. */
export function admitsEnding(allowed: readonly string[] | undefined, m: OutletMention): boolean {
  return !allowed || allowed.some((e) => foldText(e) === endingOf(m));
}
