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
  /** The rules read the ending (`NameInflection.readByRules`): the mention stops before it. */
  readByRules?: boolean;
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
        readByRules: !!inflection?.readByRules,
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

/** Closing quotation marks of every style, after a quoted title's last word. */
const CLOSING_QUOTE = /["”“»«’‘]+$/u;

/** Most words of one name that take a stem together (variants multiply with each). */
const MAX_AGREEING_WORDS = 3;

/**
 * The oblique stems of one word of a name ("Dalmacija" → "Dalmacije", "Dalmaciju"), keeping its
 * capitals; `lead` is the length of the name before the word.
 */
function wordStems(quoted: string, lead: number, stems: Record<string, string[]>): string[] {
  // A title in quotation marks ("„Diena”", "«Новая газета»") declines inside them.
  const close = CLOSING_QUOTE.exec(quoted)?.[0] ?? '';
  const word = close ? quoted.slice(0, -close.length) : quoted;
  const folded = foldText(word);
  const out: string[] = [];
  for (const [from, tos] of Object.entries(stems)) {
    const f = foldText(from);
    // The ending must leave something of the name: "Lehti" alone is a word, not a name's end.
    const cut = folded.length - f.length;
    if (!folded.endsWith(f) || lead + cut < 2) continue;
    for (const to of tos) {
      const keep = sharedStart(f, foldText(to));
      out.push(word.slice(0, cut + keep) + to.slice(keep) + close);
    }
  }
  return out;
}

/**
 * The oblique stems of a name in `pack`'s language: "Iltalehti" → "Iltalehde", "Iltalehte";
 * "Helsingin Sanomat" → "Helsingin Sanomi". Every word whose end the table knows changes, since
 * an adjective agrees with its noun ("Slobodna Dalmacija" → "Slobodnu Dalmaciju", "Новая газета"
 * → "Новой газеты"); only the part of an ending that differs changes, so the name keeps its
 * capitals. Words change independently (a mixed form is harmless: no text writes it). Empty
 * when no stem rule applies.
 */
export function stemVariants(name: string, pack: LanguagePack): string[] {
  const stems = pack.inflection?.stems;
  if (!stems) return [];
  const parts = name.split(/(\s+)/);
  if (parts.length < 2 * (pack.inflection?.stemsFromWords ?? 1) - 1) return [];
  let forms: string[] = [''];
  let changing = 0;
  let lead = 0;
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i];
    const own = i % 2 === 0 && changing < MAX_AGREEING_WORDS ? wordStems(word, lead, stems) : [];
    if (own.length) changing++;
    forms = forms.flatMap((f) => [word, ...own].map((w) => f + w));
    lead += word.length;
  }
  // The first form is the name itself.
  return forms.slice(1);
}

/** A mention's case ending as rules name it: folded, without its joiner ("STT:n" → "n"). */
export function endingOf(m: OutletMention): string {
  return m.caseEnding ? foldText(m.caseEnding).replace(/^[^\p{L}\p{N}]+/u, '') : '';
}

/** True when a rule's `endings` (if any) admit the mention's ending. */
export function admitsEnding(allowed: readonly string[] | undefined, m: OutletMention): boolean {
  return !allowed || allowed.some((e) => foldText(e) === endingOf(m));
}
