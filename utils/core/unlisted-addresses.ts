import { parse } from 'tldts';
import { alternation } from './lang/regex';
import type { UnlistedCandidate } from './unlisted-find';
import type { UnlistedPatterns } from './unlisted-patterns';

/**
 * Outlets the text names by their web address ("according to example-news.com") or by a wire
 * line ("Mit Material von dts"), for the open-vocabulary step.
 */

/** A host name written in running text (not inside a URL, an e-mail address or a path). */
const HOST =
  /(?<![\p{L}\p{N}@/._-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,18})(?![\p{L}\p{N}/@_-]|\.[\p{L}\p{N}])/giu;

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
  for (const m of text.matchAll(HOST)) {
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

const wireCache = new Map<UnlistedPatterns, RegExp | null>();

/** "Mit Material von dts", "with material from XYZ": material nouns, a preposition, a short name. */
function wirePattern(pat: UnlistedPatterns): RegExp | null {
  let re = wireCache.get(pat);
  if (re !== undefined) return re;
  const material = pat.packs.flatMap((p) => p.words.material);
  const from = pat.packs.flatMap((p) => p.words.from);
  re =
    material.length && from.length
      ? new RegExp(
          `(?<![\\p{L}])${alternation(material)}\\s+${alternation(from)}\\s+([\\p{L}][\\p{L}\\p{N}-]{1,11})(?=\\s*(?:[).;]|$|\\n))`,
          'giu',
        )
      : null;
  wireCache.set(pat, re);
  return re;
}

/** Wire names in a source line ("(Mit Material von dts)"). */
export function findWireNames(text: string, pat: UnlistedPatterns): UnlistedCandidate[] {
  const re = wirePattern(pat);
  if (!re) return [];
  const out: UnlistedCandidate[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, type: 'news-agency', evidence: 'wire' });
  }
  return out;
}
