/** Text helpers for the catalog build: ids, mojibake repair, alias hygiene. */

/** Kebab-case ASCII slug: "Agência Brasil" → "agencia-brasil". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * Repairs UTF-8 text that was decoded as latin-1/cp1252 ("PaÃ­s" → "País"): re-encodes the
 * characters as cp1252 bytes and decodes them as UTF-8. Returns the input unchanged when it
 * does not look like mojibake or the bytes are not valid UTF-8.
 */
export function fixMojibake(s: string): string {
  if (!/[ÃÂÐÑâ][\u0080-\u00ff\u0152-\u2122]/.test(s)) return s;
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (CP1252_EXTRA[ch] !== undefined) bytes.push(CP1252_EXTRA[ch]);
    else return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return s;
  }
}

/** True when the text still carries damage a re-encoding cannot undo (lost bytes). */
export function isDamaged(s: string): boolean {
  return /[\uFFFD\u0329\u0331]/.test(s);
}

/** Single words far too common to use as aliases on their own. */
const GENERIC = new Set(
  [
    'sun', 'star', 'mirror', 'nation', 'post', 'times', 'journal', 'express', 'independent',
    'herald', 'telegraph', 'observer', 'tribune', 'news', 'daily', 'guardian', 'standard',
    'globe', 'today', 'world', 'time', 'mail', 'record', 'examiner', 'chronicle', 'voice',
    'republic', 'sport', 'economist', 'reporter', 'monitor', 'patriot', 'citizen', 'union',
    'kompas', 'television', 'radio', 'tv', 'press', 'the', 'info', 'online', 'azerbaijan',
    'turkmenistan', 'vietnam', 'china', 'russia', 'iran', 'india', 'egypt',
  ].map((w) => w.toLowerCase()),
);

/** An alias too generic to be matched in running text ("Sun", "The Times", a country name). */
export function isGenericAlias(alias: string): boolean {
  const bare = alias.toLowerCase().replace(/^the\s+/, '').trim();
  return bare.length < 3 || GENERIC.has(bare) || GENERIC.has(alias.toLowerCase());
}
