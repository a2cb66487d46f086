/**
 * The text as the name matcher sees it: case and accents folded, compatibility forms unified
 * (NFKC: full-width "ＡＦＰ" is "afp"), Arabic letter variants unified, and characters that never
 * change a name's identity dropped (soft hyphens and zero-width characters inside names,
 * tatweel, accents and vowel points written as separate marks). Catalog names go through the
 * same function, so a name matches however the page wrote it.
 *
 * Dropping characters shifts offsets, so the result carries a map back to the original text:
 * reported offsets always index the text the page gave.
 */

/** The folded text, and for each of its units the original offset (null: nothing dropped). */
export interface ScanText {
  folded: string;
  /** `map[i]` is the offset in the original of `folded[i]`; `map[folded.length]` is its length. */
  map: Int32Array | null;
}

/** Marker for a unit the matcher ignores. */
const DROP = -1;
/** Not folded yet (every folding is a code unit or `DROP`). */
const UNKNOWN = -2;
/**
 * Each code unit's folding, filled on first sight: one typed-array read per unit of the text
 * (a Map lookup per unit was a tenth of the scan's time on texts with curly quotes or accents).
 */
let foldTable: Int32Array | null = null;
const COMBINING = /\p{M}/gu;

/**
 * The nukta of Devanagari, Bengali, Gurmukhi, Gujarati, Oriya and Kannada: written as its own
 * mark, as part of one code point ("ख़" U+0959, which NFC keeps apart) or left out ("खबर"), so it
 * is dropped and the one-code-point letters fold to their base ("ज़ी न्यूज़" is "जी न्यूज").
 */
function isNukta(c: number): boolean {
  return (
    c === 0x093c || c === 0x09bc || c === 0x0a3c || c === 0x0abc || c === 0x0b3c || c === 0x0cbc
  );
}

/**
 * Code units dropped before matching: soft hyphen, zero-width space / non-joiner / joiner, word
 * joiner, zero-width no-break space, Arabic tatweel, and combining marks of the scripts whose
 * marks are optional (Latin, Greek, Cyrillic diacritics; Arabic harakat; Hebrew points; the
 * Indic nukta). Other marks of Indic and Southeast Asian scripts are letters' parts and are kept.
 */
function isDropped(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0x0640 ||
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0591 && c <= 0x05c7) ||
    isNukta(c)
  );
}

/**
 * Arabic letters written several ways: hamza-carrying alefs → alef, alef maksura and the Persian
 * and Urdu yeh → yeh, the Persian keheh → kaf (Persian pages write "خبرگزاری" with either yeh),
 * teh marbuta and heh with yeh above ("ۀ") → heh; and Devanagari's candra vowels (below).
 */
const ARABIC_VARIANTS: Record<number, number> = {
  0x0622: 0x0627,
  0x0623: 0x0627,
  0x0625: 0x0627,
  0x0671: 0x0627,
  0x0649: 0x064a,
  0x06cc: 0x064a,
  0x06a9: 0x0643,
  0x0629: 0x0647,
  0x06c0: 0x0647,
  // Devanagari's candra vowels for English o and e sounds, which Hindi pages write or leave
  // plain: "वॉशिंगटन"/"वाशिंगटन", "न्यूयॉर्क"/"न्यूयार्क", "ऑस्ट्रेलिया"/"आस्ट्रेलिया".
  0x0949: 0x093e,
  0x0911: 0x0906,
  0x0945: 0x0947,
  0x090d: 0x090f,
};

/** Folds one code unit that is not ASCII: NFKC when it stays one unit, lower case, no accents. */
function foldWide(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c; // Lone surrogate halves pass through unchanged.
  if (isDropped(c)) return DROP;
  const arabic = ARABIC_VARIANTS[c];
  if (arabic) return arabic;
  let ch = String.fromCharCode(c);
  const compat = ch.normalize('NFKC');
  if (compat.length === 1) ch = compat;
  if (/\s/.test(ch)) return 32;
  // Hebrew writes its geresh and gershayim as such or as ASCII marks ("אל-ג׳זירה", "גל״צ").
  if ('\u2018\u2019\u02bc\u2032`\u00b4\u05f3'.includes(ch)) return 39;
  if (c === 0x05f4) return 34;
  if ('\u2010\u2011\u2012\u2013\u2014\u2212'.includes(ch)) return 45;
  // Greek final sigma: "ΚΑΘΗΜΕΡΙΝΗΣ" lowers unit by unit to a medial σ, "Καθημερινής" keeps ς.
  if (c === 0x03c2) return 0x03c3;
  const lower = ch.toLowerCase();
  const bare = lower.normalize('NFD').replace(COMBINING, '');
  if (bare.length === 1) return bare.charCodeAt(0);
  return lower.length === 1 ? lower.charCodeAt(0) : ch.charCodeAt(0);
}

/**
 * The end of a name found in the normalized text, moved past the dropped marks written on its
 * last letter ("ज़ी न्यूज़": the nukta after the last ज belongs to the name).
 */
export function endAfterMarks(text: string, end: number): number {
  while (end < text.length && isDropped(text.charCodeAt(end)) && /\p{M}/u.test(text[end])) end++;
  return end;
}

/** Folds one code unit, or returns `DROP`. */
export function foldUnitForScan(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  foldTable ??= new Int32Array(0x10000).fill(UNKNOWN);
  let out = foldTable[c];
  if (out === UNKNOWN) {
    out = foldWide(c);
    foldTable[c] = out;
  }
  return out;
}

/** Units per String.fromCharCode call (well under engines' argument limits). */
const CHUNK = 4096;
const SHORT = 32;

/** A UTF-16 decoder where the platform has one (every browser and Node do). */
const utf16 =
  typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * The string of `units[0..length)`. Decoding the array as UTF-16 is some 20 times faster than
 * `String.fromCharCode` over chunks, but it would replace a lone surrogate half, which the
 * folding passes through; `wellFormed` says the source text has none (so neither have its units:
 * folding maps no unit to a surrogate and drops none between the halves of a pair).
 */
export function unitsToString(units: Uint16Array, length: number, wellFormed: boolean): string {
  // A short string is quicker made directly than through the decoder's call.
  if (utf16 && wellFormed && length > SHORT) return utf16.decode(units.subarray(0, length));
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode(...units.subarray(i, Math.min(i + CHUNK, length))));
  }
  return parts.join('');
}

/** True when `text` holds no lone surrogate half. */
export function isWellFormed(text: string): boolean {
  const own = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (own) return own.call(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/**
 * Normalizes `text` for matching (see the file comment). Linear, and a typed array per call:
 * an array of one string per unit made the garbage collector's work grow faster than the text.
 */
export function normalizeForScan(text: string): ScanText {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (ascii) return { folded: text.toLowerCase(), map: null };
  const units = new Uint16Array(text.length);
  let map: Int32Array | null = null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldUnitForScan(text.charCodeAt(i));
    if (f === DROP) {
      if (!map) {
        map = new Int32Array(text.length + 1);
        for (let k = 0; k < n; k++) map[k] = k;
      }
      continue;
    }
    if (map) map[n] = i;
    units[n++] = f;
  }
  if (map) map[n] = text.length;
  return {
    folded: unitsToString(units, n, isWellFormed(text)),
    map: map ? map.subarray(0, n + 1) : null,
  };
}

/** A catalog name as the matcher stores it (the same normalization, no map needed). */
export function normalizeName(name: string): string {
  return normalizeForScan(name).folded;
}

/**
 * A surface as its letters read, for letter-case checks: compatibility forms unified
 * ("ＡＦＰ" → "AFP") and dropped characters removed ("Reu\u00adters" → "Reuters").
 */
export function cleanSurface(surface: string): string {
  let plain = true;
  for (let i = 0; i < surface.length && plain; i++) plain = surface.charCodeAt(i) < 128;
  if (plain) return surface;
  let out = '';
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (!isDropped(c)) out += surface[i];
  }
  return out.normalize('NFKC');
}
