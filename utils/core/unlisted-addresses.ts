import { parse } from 'tldts';
import { alternation } from './lang/regex';
import type { UnlistedCandidate } from './unlisted-find';
import type { UnlistedPatterns } from './unlisted-patterns';
import { wordScanner, type WordScanner } from './word-starts';

/**
 * Outlets the text names by their web address ("according to example-news.com") or by a wire
 * line ("Mit Material von dts"), for the open-vocabulary step.
 */

/** A host name written in running text (not inside a URL, an e-mail address or a path). */
export const HOST =
  /(?<![\p{L}\p{N}@/._-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,18})(?![\p{L}\p{N}/@_-]|\.[\p{L}\p{N}])/giu;

/** Sticky copy of HOST, tried only where an address can start. */
const HOST_AT = new RegExp(HOST.source, 'iuy');
/** A character an address can hold (`[a-z0-9.-]` under `iu`, which adds ſ and the Kelvin sign). */
const HOST_CHAR = /[a-z0-9.\-\u017f\u212a]/iu;
/** A dot and a letter that can start a top-level name. */
const DOT_LETTER = /\.[a-z]/giu;

/**
 * The matches of HOST, as `text.matchAll(HOST)` gives them, without running it at every offset:
 * an address holds a dot followed by a letter, and starts where the run of address characters
 * around that dot starts (HOST's look-behind rejects any later start), so HOST runs anchored there
 * only, once per run. Running it everywhere was most of this step's time on long articles.
 */
export function hostMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  let runFrom = -1;
  let runTo = -1;
  DOT_LETTER.lastIndex = 0;
  for (let d = DOT_LETTER.exec(text); d; d = DOT_LETTER.exec(text)) {
    if (d.index < end) continue;
    // The run before the dot: reuse the last one when it reaches this dot unbroken.
    let s = d.index;
    while (s > runTo && s > 0 && HOST_CHAR.test(text[s - 1])) s--;
    if (s === runTo && runFrom >= 0) s = runFrom;
    const tried = s === runFrom;
    runFrom = s;
    runTo = d.index;
    if (tried || s < end) continue;
    HOST_AT.lastIndex = s;
    const m = HOST_AT.exec(text);
    if (m) {
      out.push(m);
      end = m.index + m[0].length;
    }
  }
  return out;
}

/**
 * Platforms and services whose addresses are no news outlet: social networks, video and
 * podcast hosts, search engines, shops, reference works. Language-independent.
 */
const NOT_OUTLET_HOSTS = new Set([
  'facebook.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'linkedin.com',
  'reddit.com',
  't.me',
  'telegram.org',
  'whatsapp.com',
  'threads.net',
  'bsky.app',
  'vk.com',
  'weibo.com',
  'spotify.com',
  'apple.com',
  'google.com',
  'amazon.com',
  'wikipedia.org',
  'github.com',
  'change.org',
  'gofundme.com',
]);

const tokenCache = new Map<UnlistedPatterns, string[]>();

/**
 * Words that make an address a news site's ("westfieldcourier.com", "example-news.com"): the
 * packs' outlet nouns and name shapes, folded, four letters or more.
 */
function newsTokens(pat: UnlistedPatterns): string[] {
  let tokens = tokenCache.get(pat);
  if (!tokens) {
    const words = [...pat.nounType.keys(), ...pat.shapeType.keys()].flatMap((w) => w.split(/\s+/));
    tokens = [...new Set(words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')))].filter(
      (w) => w.length >= 4,
    );
    tokenCache.set(pat, tokens);
  }
  return tokens;
}

/**
 * Addresses in running text that are news sites: a public suffix, not a known platform, and a
 * word of a news outlet in the name ("westfieldcourier.com"; not "edmunds.com").
 */
export function findDomainNames(text: string, pat: UnlistedPatterns): UnlistedCandidate[] {
  const out: UnlistedCandidate[] = [];
  for (const m of hostMatches(text)) {
    const host = m[1].toLowerCase().replace(/^www\./, '');
    const p = parse(host);
    if (!p.isIcann || !p.domain || !p.domainWithoutSuffix || p.isIp) continue;
    if (NOT_OUTLET_HOSTS.has(p.domain)) continue;
    const label = p.domainWithoutSuffix.replace(/[^a-z0-9]/g, '');
    if (!newsTokens(pat).some((t) => label.includes(t))) continue;
    out.push({
      start: m.index,
      end: m.index + m[1].length,
      type: 'online',
      evidence: 'domain',
      domain: host,
    });
  }
  return out;
}

const wireCache = new Map<UnlistedPatterns, WordScanner | null>();

/**
 * "Mit Material von dts", "with material from XYZ": material nouns, a preposition, a short name;
 * run only where a material noun starts (word-starts.ts).
 */
function wireScanner(pat: UnlistedPatterns): WordScanner | null {
  let scanner = wireCache.get(pat);
  if (scanner !== undefined) return scanner;
  const material = pat.packs.flatMap((p) => p.words.material);
  const from = pat.packs.flatMap((p) => p.words.from);
  scanner =
    material.length && from.length
      ? wordScanner([
          {
            re: new RegExp(
              `(?<![\\p{L}])${alternation(material)}\\s+${alternation(from)}\\s+([\\p{L}][\\p{L}\\p{N}-]{1,11})(?=\\s*(?:[).;]|$|\\n))`,
              'giu',
            ),
            words: material,
            anchor: 'word',
          },
        ])
      : null;
  wireCache.set(pat, scanner);
  return scanner;
}

/** Wire names in a source line ("(Mit Material von dts)"). */
export function findWireNames(text: string, pat: UnlistedPatterns): UnlistedCandidate[] {
  const scanner = wireScanner(pat);
  if (!scanner) return [];
  const out: UnlistedCandidate[] = [];
  for (const m of scanner.matchesIn(text)[0]) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, type: 'news-agency', evidence: 'wire' });
  }
  return out;
}
