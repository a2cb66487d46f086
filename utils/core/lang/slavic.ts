/**
 * Table helpers for the Slavic packs (cs, sk, pl, sl, hr/sr/bs, bg, mk, ru, uk). A Slavic verb
 * has a form for each gender and number ("uvedl, uvedla, uvedlo, uvedli, uvedly"; "rekao,
 * rekla, rekli"; "сообщил, сообщила, сообщило, сообщили"): a table holds one verb per line, with
 * all its forms on that line, so that adding a verb stays a one-line diff.
 */
import { alternation } from './regex';

/**
 * A table of word forms, one lexeme per line, its forms separated by spaces, as an alternation
 * (longest first). For phrases of several words use `phrases` instead.
 *
 *     const SAID = forms(`
 *       rekao rekla reklo rekli rekle
 *       izjavio izjavila izjavili
 *     `);
 */
export function forms(table: string): string {
  return alternation(table.split(/\s+/).filter(Boolean));
}

/**
 * A table of past participles given by their masculine form, one per line, expanded with the
 * language's gender and number endings: `pastForms('uvedl\nnapsal', ['a', 'o', 'i', 'y'])` is
 * "uvedl, uvedla, uvedlo, uvedli, uvedly, napsal…". A line may hold the forms that do not follow
 * (a second stem) after the first word.
 */
export function pastForms(table: string, endings: readonly string[]): string {
  const all: string[] = [];
  for (const line of table.split('\n')) {
    const [head, ...rest] = line.trim().split(/\s+/).filter(Boolean);
    if (!head) continue;
    all.push(head, ...endings.map((e) => head + e), ...rest);
  }
  return alternation(all);
}

/**
 * A table of verb forms, one verb per line, all its forms on that line, in which every form
 * ending in `mark` (an l-participle) also stands for its other genders and numbers: with the
 * Bulgarian defaults, "съобщи съобщават съобщил" is also "съобщила, съобщило, съобщили".
 */
export function lForms(
  table: string,
  endings: readonly string[] = ['а', 'о', 'и'],
  mark = 'л',
): string {
  const all = table.split(/\s+/).filter(Boolean);
  return alternation(
    all.flatMap((w) => (w.endsWith(mark) ? [w, ...endings.map((e) => w + e)] : [w])),
  );
}

/**
 * The dateline that opens a wire story, ending where the agency's name follows: "МОСКВА, 5
 * декабря — " (РИА Новости), "МОСКВА, 5 декабря. /" (ТАСС), "КИЇВ, 5 грудня 2025 р. — "
 * (Укрінформ). `months` is the month names' alternation, `year` the abbreviation after a year
 * ("г(?:ода|\\.)?"). A pattern's source, for the pack's own `u`.
 */
export function wireDateline(months: string, year: string): string {
  return `(?:^|\\n)\\s*\\p{Lu}[\\p{L}-]+(?:\\s\\p{L}[\\p{L}-]+)?[.,]\\s+\\d{1,2}\\s+${months}\\.?(?:\\s+\\d{4}(?:\\s+${year})?)?[.,]?\\s*(?:[—–-]\\s*|\\/\\s*)?$`;
}

/** A lookahead for a Cyrillic letter (see `cyrillicFirst`). */
export const CYR = '(?=[\\u0400-\\u04ff])';

/**
 * A Cyrillic pack's pattern with a Cyrillic letter required where each word-bounded group opens
 * (`\b(?:`): a pack's rules are also tried on other languages' text, where a Latin or Arabic
 * window then fails at one class test per word instead of at every word of a long verb table.
 * `letters` are the script's letters as the language writes them (a class body).
 */
export function cyrillicFirst(re: RegExp, letters = 'а-яё'): RegExp {
  // A word's rest as the script's letters: "\p{L}*" under the `i` flag compiles to the case
  // closure of every letter, which costs a tenth of a second per pattern on first use.
  const source = re.source
    .replace(/\\b\(\?:/g, `${CYR}\\b(?:`)
    .replace(/\\p\{L\}\*/g, `[${letters}]*`);
  return new RegExp(source, re.flags);
}
