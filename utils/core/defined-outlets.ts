import type { OutletMention } from './types';

/**
 * Abbreviations a text gives a listed outlet, by writing it in brackets right after the outlet's
 * name: "l'Agence de presse sénégalaise (APS)" makes every "APS" of that text the Senegalese
 * agency, though the catalog gives "APS" to Algeria's, and "l'Agència de Notícies Andorrana
 * (ANA)" makes "Foto: ANA" the Andorran agency's credit, though the catalog knows no "ANA".
 * (`defined-abbreviations.ts` does the opposite: an abbreviation defined as no outlet.)
 */

/** "(APS)": capitals and digits in brackets, right after a name. */
const BRACKET_AFTER = /^\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)/u;

/** A letter or digit, which may not touch an abbreviation's occurrence. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Definition {
  ids: string[];
  /** Where the bracketed definition itself starts and ends (not an occurrence to read). */
  start: number;
  end: number;
}

/** Abbreviation → the outlets of the full name written right before its bracket. */
function definitions(text: string, listed: OutletMention[]): Map<string, Definition> {
  const defs = new Map<string, Definition>();
  for (const m of listed) {
    if (m.isAbbreviation || !m.outletIds.length || text[m.end] === undefined) continue;
    const after = BRACKET_AFTER.exec(text.slice(m.end, m.end + 14));
    if (!after || defs.has(after[1])) continue;
    defs.set(after[1], { ids: m.outletIds, start: m.end, end: m.end + after[0].length });
  }
  return defs;
}

/**
 * Whole-word, exact-case occurrences of `abbr` outside its definition and other mentions
 * (`taken`, in text order: one pointer walks it, so a long text stays linear).
 */
function occurrences(
  text: string,
  abbr: string,
  def: Definition,
  taken: OutletMention[],
): OutletMention[] {
  const out: OutletMention[] = [];
  let j = 0;
  for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + abbr.length)) {
    const end = i + abbr.length;
    if (WORD_CHAR.test(text[i - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    if (i >= def.start && end <= def.end) continue;
    while (j < taken.length && taken[j].end <= i) j++;
    if (j < taken.length && taken[j].start < end) continue;
    out.push({ outletIds: def.ids, surface: abbr, start: i, end, isAbbreviation: true });
  }
  return out;
}

/**
 * The listed mentions with the text's own abbreviations applied (see the file comment): a
 * catalog abbreviation the text defines as another listed outlet now names that outlet, and the
 * text's other occurrences of an abbreviation it defines become mentions. In text order.
 */
export function applyDefinedOutlets(text: string, listed: OutletMention[]): OutletMention[] {
  if (!text.includes('(')) return listed;
  const defs = definitions(text, listed);
  if (!defs.size) return listed;
  const remapped = listed.map((m) => {
    const def = m.isAbbreviation ? defs.get(m.surface) : undefined;
    return def ? { ...m, outletIds: def.ids } : m;
  });
  const added = [...defs].flatMap(([abbr, def]) => occurrences(text, abbr, def, remapped));
  if (!added.length) return remapped;
  return [...remapped, ...added].sort((a, b) => a.start - b.start);
}
