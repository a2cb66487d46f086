import type { AliasEntry } from './alias-index';
import type { Outlet } from './catalog-schema';
import { normalizeName } from './normalize';

/**
 * Spellings of a catalog name that pages write and the folding in normalize.ts does not reach,
 * generated from the catalog's names so that every outlet gets them alike:
 * - a hyphen between two capitalized words written as a space ("Tages Anzeiger", "Ilta Sanomat");
 * - an Arabic name's article al- run together with it ("Aljazeera");
 * - a channel number glued to the name or spaced from it ("Digi 24", "France24");
 * - a German umlaut or ß written as two letters ("Sueddeutsche Zeitung", "Koelner Stadt-Anzeiger"),
 *   as keyboards and addresses without them do (accents alone are folded already);
 * - a name the catalog gives in quotation marks („Blick“, "Kurier") in the marks of the other
 *   styles: Swiss and French guillemets («Blick»), German book style (»Kurier«), English (“Blick”);
 * - a German name led by the kind of outlet ("Wirtschaftsmagazin Capital") with the rest in
 *   quotation marks, as German papers write titles ("das Wirtschaftsmagazin „Capital“");
 * - an abbreviation of three or more capitals written with dots ("F.A.Z.", "B.B.C."); two letters
 *   with dots are a person's initials as often ("A.P. Smith");
 * - an Arabic name opening with the article al- behind the preposition li-, which drops the
 *   article's alef ("للجزيرة" = ل + الجزيرة): the rest ("لجزيرة") counts only right behind that ل.
 */

/**
 * An Arabic name in Latin letters opening with the article al- as its own word ("Al Jazeera",
 * "Al-Arabiya"): pages and handles also run the two together ("Aljazeera", "AlArabiya").
 */
const AL_NAME = /^Al[ -](\p{Lu}\p{Ll}{3,})$/u;

/** Two capitalized words joined by a hyphen, each of three letters or more. */
const HYPHENED = /(\p{Lu}\p{Ll}{2,})-(?=\p{Lu}\p{Ll}{2,})/gu;

const UMLAUTS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};

/** A name in quotation marks of any style, and the styles pages write a quoted name in. */
const QUOTED = /^["„“«»]([^"„“”«»\n]+)["“”«»]$/u;
const QUOTE_STYLES = [
  ['«', '»'],
  ['»', '«'],
  ['„', '“'],
  ['"', '"'],
  ['“', '”'],
];

/**
 * A German name's first word naming the kind of outlet: "Wirtschaftsmagazin". Not one glued to
 * another outlet ("ARD-Magazin Monitor"): "Das ARD-Magazin „Monitor“" credits the ARD too.
 */
const GERMAN_KIND_WORD =
  /^([^\s-]*(?:[Mm]agazin|[Zz]eitung|[Ss]ender|[Aa]gentur|[Pp]ortal|[Bb]latt|[Ss]endung)) (\p{Lu}.*)$/u;

/** A name ending in a channel number, glued ("Digi24") or spaced ("France 24"). */
const GLUED_NUMBER = /^(.*\p{L}{3})(\d{1,3})$/u;
const SPACED_NUMBER = /^(.*\p{L}{3}) (\d{1,3})$/u;

/**
 * Words that many channels share before their number ("Tele 1", "Kanal 5", "Radio 1", "TV 2"):
 * another spelling of those would only give one country's channel the name of another's.
 */
const GENERIC_BEFORE_NUMBER =
  /(?:^|\s)(?:tele|tv|radio|rádio|radyo|kanal|canal|channel|news|sport|info|net|web|online|studio|fm)$/iu;

/** "Digi24" ↔ "Digi 24", "Europe 1" ↔ "Europe1": both are written; or null. */
function numberVariant(name: string): string | null {
  const m = GLUED_NUMBER.exec(name) ?? SPACED_NUMBER.exec(name);
  if (!m || GENERIC_BEFORE_NUMBER.test(m[1]) || m[1] === m[1].toUpperCase()) return null;
  return name.includes(' ') ? m[1] + m[2] : `${m[1]} ${m[2]}`;
}

/** The spelling variants of one name of an outlet (not the name itself). */
export function spellingVariants(name: string, outlet: Pick<Outlet, 'languages'>): string[] {
  const out = new Set<string>();
  // Cheap tests first: this runs on every name of the catalog while the index is built.
  const spaced = name.includes('-') ? name.replace(HYPHENED, '$1 ') : name;
  if (spaced !== name) out.add(spaced);
  const glued = name.startsWith('Al') ? AL_NAME.exec(name) : null;
  if (glued) out.add(`Al${glued[1]}`);
  const last = name.charCodeAt(name.length - 1);
  const numbered = last >= 48 && last <= 57 ? numberVariant(name) : null;
  if (numbered) out.add(numbered);
  const quoted = last > 127 || last === 34 ? QUOTED.exec(name) : null;
  if (quoted) for (const [open, close] of QUOTE_STYLES) out.add(open + quoted[1] + close);
  if (outlet.languages.includes('de')) {
    if (/[äöüÄÖÜß]/.test(name))
      for (const form of [name, spaced]) out.add(form.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]));
    const kind = name.includes(' ') ? GERMAN_KIND_WORD.exec(name) : null;
    if (kind)
      for (const [open, close] of QUOTE_STYLES) out.add(`${kind[1]} ${open}${kind[2]}${close}`);
  }
  if (!out.size) return [];
  out.delete(name);
  return [...out];
}

/** A catalog name ending in a qualifier in brackets: "NTV (Turkey)", "Le Soir (Belgium)". */
const QUALIFIED = /^(\S.*?)\s+\([^()]+\)$/u;

/**
 * The name without its bracketed qualifier ("NTV (Turkey)" → "NTV"), or null. The catalog tells
 * namesakes apart that way ("Le Soir (Belgium)", "The National (Abu Dhabi)"); no page writes
 * the qualifier, so the bare name is how the text names the outlet.
 */
export function unqualifiedName(name: string): string | null {
  if (!name.endsWith(')')) return null;
  const m = QUALIFIED.exec(name);
  return m && /^[\p{Lu}\p{N}]/u.test(m[1]) ? m[1] : null;
}

/** "FAZ" → "F.A.Z" (the final dot is the boundary after it), or null. */
export function dottedAbbreviation(abbr: string): string | null {
  if (!/^\p{Lu}{3,5}$/u.test(abbr)) return null;
  return [...abbr].join('.');
}

/** The Arabic article al- at a name's start. */
const AL = /^[اأ]ل(?=[\u0621-\u064a]{3})/u;

/** "الجزيرة" → "لجزيرة": the name's rest behind the preposition ل, or null. */
export function lamForm(name: string): string | null {
  return AL.test(name) ? name.slice(1) : null;
}

/**
 * True when the ل right before `start` is the preposition li- opening its word ("للجزيرة",
 * "وللجزيرة"): so that the rest of a name after its article counts there and nowhere else.
 */
export function followsLam(text: string, start: number): boolean {
  if (text[start - 1] !== 'ل') return false;
  let at = start - 1;
  if (at > 0 && (text[at - 1] === 'و' || text[at - 1] === 'ف')) at--;
  return at === 0 || !/[\p{L}\p{M}\p{N}]/u.test(text[at - 1]);
}

/** The rest of an Arabic al- name behind li- ("لمصري اليوم"), counted only behind that ل. */
export function addLamForm(entries: Map<string, AliasEntry>, rest: string, outletId: string): void {
  const folded = normalizeName(rest);
  if (entries.has('N:' + folded)) return;
  const existing = entries.get('L:' + folded);
  if (existing) {
    if (!existing.outletIds.includes(outletId)) existing.outletIds.push(outletId);
    return;
  }
  entries.set('L:' + folded, {
    alias: rest,
    outletIds: [outletId],
    isAbbreviation: false,
    isShortForm: false,
    needsLeftBoundary: true,
    needsRightBoundary: true,
    afterLam: true,
  });
}
