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
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
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
  return /\uFFFD|\u0329|\u0331/.test(s);
}

/** Words that, alone or only with each other, are too common to use as an alias in running text. */
const GENERIC_WORDS = new Set(
  (
    'sun star mirror nation post times journal express independent herald telegraph observer tribune ' +
    'news daily guardian standard globe today world time mail record examiner chronicle voice republic ' +
    'sport economist reporter monitor patriot citizen union television radio tv press the info online ' +
    'la el le les los las de del di da do der die das a an of and y et und new era public technology ' +
    'business day financial open source global research fresh letter first one asia city money week ' +
    'play blue fm am informacion información industria economic art matters military beta red voz ' +
    'opinion opinión correo dia día matin soleil channel canal kanal antena antenna national nacional ' +
    'noticias notizie nachrichten nouvelles informer informateur insider plus extra panorama pulse ' +
    'science terra fortune billboard domingo dinero finanzas civil aero liter lokal mir politika ' +
    'posta producto prva vesti zvezda pravda quds felestin jumhuriyat al-thawra thawra al-sabah sabah ' +
    'assabah ad-dustour eslah gunes demokrata hirado kurir eurostar javan sieci merkur exame slate ' +
    'ole mitre desafio airliners bors turkiye ukraina vanguardia qazaqstan oʻzbekiston watan al-watan ' +
    'azerbaijan turkmenistan vietnam china russia iran india egypt kompas'
  ).split(' '),
);

/**
 * An alias too generic to be matched in running text: short, or made only of common words and
 * numbers ("Sun", "Daily News", "Channel 5", "Radio Nacional", "Le Soleil").
 */
export function isGenericAlias(alias: string): boolean {
  const words = alias.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (alias.trim().length < 3) return true;
  return words.every((w) => GENERIC_WORDS.has(w) || /^\d+$/.test(w));
}

/** Open-data "news sources" that are organizations, not news outlets (freebie lists a few NGOs). */
export const NOT_OUTLETS = new Set(
  [
    'Action Aid',
    'Amnesty International',
    'BirdLife International',
    'Conservation International',
    'Earthrights International',
    'Fairtrade International',
    'International Rivers',
    'Privacy International',
    'Oxfam',
    'Unicef',
    'Greenpeace',
    'EarthShare',
    'BankTrack',
    'Care2',
    'CauseBecause',
    'justmeans',
    'ECA Watch',
    'Airport Watch',
    'IFEX',
    'Internews',
    'supplymanagement',
  ].map((n) => n.toLowerCase()),
);

const ORG_WORDS =
  /\b(organi[sz]ation|organisation|council|commission|cent(er|re)|institute|campaign|conservancy|watch|foundation|fund|society|association|movement|platform|stewardship|friends of|red cross|sans fronti[eè]res|human rights|white house|ministry|department|government|university|facility|opportunity|republica democratica|labour|atomic|nations|forum)\b|\binternational$/i;
const MEDIA_WORDS =
  /\b(news|radio|tv|television|times|press|magazine|journal|review|report|daily|post|herald|tribune|gazette)\b/i;

/** A "news source" in the open data that is an organization (NGO, agency, ministry), not an outlet. */
export function looksLikeOrganization(name: string): boolean {
  return (
    NOT_OUTLETS.has(name.trim().toLowerCase()) || (ORG_WORDS.test(name) && !MEDIA_WORDS.test(name))
  );
}
