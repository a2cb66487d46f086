/** Writing systems of names, and the language a name in a given script is most likely in. */

const SCRIPT_RANGES: [string, number, number][] = [
  ['Grek', 0x0370, 0x03ff],
  ['Cyrl', 0x0400, 0x052f],
  ['Armn', 0x0530, 0x058f],
  ['Hebr', 0x0590, 0x05ff],
  ['Arab', 0x0600, 0x06ff],
  ['Thaa', 0x0780, 0x07bf],
  ['Deva', 0x0900, 0x097f],
  ['Beng', 0x0980, 0x09ff],
  ['Guru', 0x0a00, 0x0a7f],
  ['Gujr', 0x0a80, 0x0aff],
  ['Orya', 0x0b00, 0x0b7f],
  ['Taml', 0x0b80, 0x0bff],
  ['Telu', 0x0c00, 0x0c7f],
  ['Knda', 0x0c80, 0x0cff],
  ['Mlym', 0x0d00, 0x0d7f],
  ['Sinh', 0x0d80, 0x0dff],
  ['Thai', 0x0e00, 0x0e7f],
  ['Laoo', 0x0e80, 0x0eff],
  ['Tibt', 0x0f00, 0x0fff],
  ['Mymr', 0x1000, 0x109f],
  ['Geor', 0x10a0, 0x10ff],
  ['Hang', 0x1100, 0x11ff],
  ['Ethi', 0x1200, 0x139f],
  ['Khmr', 0x1780, 0x17ff],
  ['Jpan', 0x3040, 0x30ff],
  ['Hani', 0x3400, 0x9fff],
  ['Hang', 0xac00, 0xd7af],
  ['Hani', 0xf900, 0xfaff],
];

/**
 * The script of a name: kana wins over Han (Japanese mixes them), otherwise the script of most
 * of its letters. ASCII and other Latin letters count as 'Latn'.
 */
export function scriptOf(name: string): string {
  const counts = new Map<string, number>();
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (!/\p{L}/u.test(ch)) continue;
    const hit = SCRIPT_RANGES.find(([, lo, hi]) => c >= lo && c <= hi);
    const script = hit ? hit[0] : 'Latn';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (counts.has('Jpan')) return 'Jpan';
  let best = 'Latn';
  let n = 0;
  for (const [s, k] of counts) if (k > n) [best, n] = [s, k];
  return best;
}

/** True for scripts written without spaces between words: one "word" there can be a whole name. */
export function isUnspacedScript(script: string): boolean {
  return ['Hani', 'Jpan', 'Hang', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt'].includes(script);
}

const CYRILLIC_LANGS = 'ru uk be bg sr mk kk ky mn tt ba cv ce av kv os tg'.split(' ');
const ARABIC_LANGS = 'ar fa ur ps ug ks ku'.split(' ');
/** Languages written in a script of their own (or one they share with nothing else here). */
const SCRIPT_LANG: Record<string, string> = {
  Grek: 'el',
  Armn: 'hy',
  Hebr: 'he',
  Thaa: 'dv',
  Deva: 'hi',
  Beng: 'bn',
  Guru: 'pa',
  Gujr: 'gu',
  Orya: 'or',
  Taml: 'ta',
  Telu: 'te',
  Knda: 'kn',
  Mlym: 'ml',
  Sinh: 'si',
  Thai: 'th',
  Laoo: 'lo',
  Tibt: 'bo',
  Mymr: 'my',
  Geor: 'ka',
  Hang: 'ko',
  Ethi: 'am',
  Khmr: 'km',
  Jpan: 'ja',
};

/** Scripts a language is written in. */
export function scriptsOfLanguage(lang: string): string[] {
  if (CYRILLIC_LANGS.includes(lang)) return lang === 'sr' ? ['Cyrl', 'Latn'] : ['Cyrl'];
  if (ARABIC_LANGS.includes(lang)) return lang === 'ku' ? ['Arab', 'Latn'] : ['Arab'];
  if (lang === 'zh') return ['Hani'];
  if (lang === 'ja') return ['Jpan', 'Hani'];
  if (lang === 'yi') return ['Hebr'];
  if (['mr', 'ne', 'sa'].includes(lang)) return ['Deva'];
  if (lang === 'as') return ['Beng'];
  if (lang === 'dz') return ['Tibt'];
  const own = Object.entries(SCRIPT_LANG).find(([, l]) => l === lang);
  return own ? [own[0]] : ['Latn'];
}

/**
 * Letters that tell Russian, Ukrainian and Belarusian apart: ы э ъ and и are Russian (и is
 * also Ukrainian, with і ї є ґ beside it); ў is Belarusian; і alone is left open.
 */
function cyrillicLanguage(name: string): string | undefined {
  const s = name.toLowerCase();
  if (/ў/.test(s)) return 'be';
  if (/[їєґ]/.test(s) || (/і/.test(s) && /и/.test(s))) return 'uk';
  if (/[ыэъ]/.test(s) || (/и/.test(s) && !/і/.test(s))) return 'ru';
  return undefined;
}

/**
 * The language a name is in: the first of the outlet's languages written in the name's script,
 * else the language that script belongs to, else the country's main language when written in
 * that script; English for Latin names of other countries, Russian and Arabic for the rest.
 */
export function languageOfName(
  name: string,
  languages: string[],
  countryLanguage: string | undefined,
): string {
  const script = scriptOf(name);
  const hint = script === 'Cyrl' ? cyrillicLanguage(name) : undefined;
  const listed = languages.filter((l) => scriptsOfLanguage(l).includes(script));
  if (hint && listed.includes(hint)) return hint;
  if (listed.length) return listed[0];
  if (SCRIPT_LANG[script]) return SCRIPT_LANG[script];
  if (countryLanguage && scriptsOfLanguage(countryLanguage).includes(script))
    return countryLanguage;
  if (hint) return hint;
  if (script === 'Hani') return 'zh';
  if (script === 'Cyrl') return 'ru';
  if (script === 'Arab') return 'ar';
  return 'en';
}
