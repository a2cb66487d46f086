/**
 * A name as the same language writes it in its other script or spacing, where one spelling fully
 * determines the other: Serbian in Cyrillic and in Latin letters (papers print in either: "Њујорк
 * тајмс" is "Njujork tajms"), and Japanese katakana names with and without the middle dot that
 * separates foreign words ("ニューヨーク・タイムズ", "ニューヨークタイムズ").
 */

const CYRILLIC = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN = [
  'a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj',
  'o', 'p', 'r', 's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š',
]; // prettier-ignore

const TO_LATIN = new Map([...CYRILLIC].map((c, i) => [c, LATIN[i]]));
/** Latin letters that stand for one Cyrillic letter each (the digraphs lj, nj, dž do not). */
const TO_CYRILLIC = new Map(
  LATIN.map((l, i) => [l, CYRILLIC[i]] as const).filter(([l]) => l.length === 1),
);

const isUpper = (c: string) => c !== c.toLowerCase();

/** "Њујорк тајмс" → "Njujork tajms"; null when the name has no Serbian Cyrillic letter. */
export function serbianLatin(name: string): string | null {
  let out = '';
  let changed = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    const l = TO_LATIN.get(c.toLowerCase());
    if (!l) {
      // Another Cyrillic letter (Russian ы, э…): not a Serbian spelling.
      if (/\p{Script=Cyrillic}/u.test(c)) return null;
      out += c;
      continue;
    }
    changed = true;
    if (!isUpper(c)) out += l;
    // "Љ" before a small letter is "Lj", in a word in capitals "LJ".
    else out += isUpper(name[i + 1] ?? '') ? l.toUpperCase() : l[0].toUpperCase() + l.slice(1);
  }
  return changed ? out : null;
}

/**
 * "Tanjug" → "Тањуг" would be wrong (n and j are two letters there), so a Latin name converts
 * only without lj, nj and dž, only when every letter is Serbian, and never a web address:
 * "Blic" → "Блиц".
 */
export function serbianCyrillic(name: string): string | null {
  // A web address stays in Latin letters ("Nova.rs").
  if (/lj|nj|dž/iu.test(name) || !/\p{L}/u.test(name) || /\.\p{L}{2,}$/u.test(name)) return null;
  let out = '';
  for (const c of name) {
    if (!/\p{L}/u.test(c)) {
      out += c;
      continue;
    }
    const y = TO_CYRILLIC.get(c.toLowerCase());
    if (!y) return null;
    out += isUpper(c) ? y.toUpperCase() : y;
  }
  return out;
}

/** A middle dot between two katakana: "ニューヨーク・タイムズ". */
const KANA_DOT = /(?<=[\u30a0-\u30ff])[・･](?=[\u30a0-\u30ff])/gu;

/** The katakana name run together, or null when it has no middle dot between words. */
export function kanaRunTogether(name: string): string | null {
  const out = name.replace(KANA_DOT, '');
  return out === name ? null : out;
}
