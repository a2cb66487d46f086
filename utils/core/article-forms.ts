import type { Outlet } from './catalog-schema';
import { PACKS } from './lang/registry';

/**
 * Names that open with an article lose it to a preposition in French, Italian, Portuguese and
 * Greek: "Le Monde" → "du Monde", "au Monde"; "Il Messaggero" → "del Messaggero"; "O Globo" →
 * "pelo Globo"; "Τα Νέα" → "στα «Νέα»". The alias index adds the rest of such a name ("Monde") as an alias that counts
 * only right behind one of those contracted forms (`articleContractions` in the packs).
 */

/** A name's rest after its article, and the contracted forms that may stand for the article. */
export interface ContractedName {
  rest: string;
  after: string[];
}

/** Shortest rest kept: shorter words are too often ordinary words ("du Dia" is no paper). */
const MIN_REST = 3;

/** An article and the capitalized rest of a name: "Le Monde", "L'Espresso", "O Globo". */
const ARTICLE_NAME = /^(\p{L}+(?:\s+|['’]))(\p{Lu}.*)$/u;

/**
 * The contracted forms of one outlet's names in each language it publishes in that contracts
 * articles. Names from every script are tried; only those opening with an article match.
 */
export function contractedNames(outlet: Outlet, names: Iterable<string>): ContractedName[] {
  const out: ContractedName[] = [];
  for (const pack of PACKS) {
    const table = pack.articleContractions;
    if (!table || !outlet.languages.includes(pack.code)) continue;
    for (const name of names) {
      const m = ARTICLE_NAME.exec(name.trim());
      if (!m || m[2].length < MIN_REST) continue;
      const article = m[1].trim().toLowerCase().replace('’', "'");
      const after = table[article];
      if (after?.length) out.push({ rest: m[2], after });
    }
  }
  return out;
}

/** A contracted article right before a name: "du ", "dell'", "pelo ". Group 1 is the word. */
const BEFORE = /(?:^|[^\p{L}\p{N}])(\p{L}+['’]?)\s*$/u;
/** The word before that article, when it is capitalized inside a sentence ("Coupe du Monde"). */
const CAPITAL_BEFORE = /[\p{L}\p{N}][^\S\n]+\p{Lu}[\p{L}-]*\s+\p{L}+['’]?\s*$/u;
/** A longer name going on after the rest ("du Monde Diplomatique", "do Globo de Ouro"). */
const NAME_GOES_ON = /^\s+(?:(?:de|di|do|da|du|des|del|della|dos|das)\s+)?\p{Lu}/u;

/**
 * True when the alias occurrence at [start, end) stands right behind one of `after` (lower case;
 * elided forms end with an apostrophe and take no space), and is not inside a longer capitalized
 * name ("Coupe du Monde", "Presidente della Repubblica", "Globo de Ouro").
 */
export function followsContraction(
  text: string,
  start: number,
  end: number,
  after: readonly string[],
): boolean {
  // An opening quotation mark may stand between ("στα «Νέα»": Greek names are often quoted).
  const head = text.slice(Math.max(0, start - 40), start).replace(/[«"„“]$/u, '');
  const m = BEFORE.exec(head);
  if (!m) return false;
  const word = m[1].toLowerCase().replace('’', "'");
  const elided = word.endsWith("'");
  if (elided !== !/\s$/.test(head) || !after.includes(word)) return false;
  if (CAPITAL_BEFORE.test(head)) return false;
  return !NAME_GOES_ON.test(text.slice(end, end + 40));
}
