import { CONFIDENCE } from '../tuning';
import type { CueRule } from './pack';

/**
 * A written-out link to an outlet's page is a credit of that outlet: reference lists and source
 * lines give "Title: https://www.outlet.de/ausland/some-story-101.html", "Source:
 * https://www.reuters.com/world/…". Tried before the `url-path` veto, which keeps every other
 * name inside an address (a name in another host's path) from counting.
 *
 * The mention must be the address's HOST (the catalog domain, after the scheme and at most a
 * usual web prefix: "www.", "m.", "edition.", a two-letter language) and be followed by a PATH
 * that points at a page: a slug with a hyphen, a number of four digits or more, or a page file.
 * A subdomain other than those prefixes is another body on a shared domain ("ema.europa.eu")
 * and stays out. Homepages, section fronts and the outlet's own service pages (subscription,
 * shop, imprint, author pages, newsletters) are no credit: a "follow us" line, an author's bio
 * and a subscription box link to those. Social networks and platforms are not outlets in the
 * catalog, so their links never match; the page's own publisher is ruled out before cues.
 */

/** Host labels that are the same site as the catalog domain ("www.", "m.", "en."). */
const WEB_PREFIX = String.raw`(?:www\d?|m|mobile|amp|edition|english|international|[a-z]{2})`;

/** Path segments of an outlet's own service pages, not of a page it published. */
const SERVICE_SEGMENT = [
  'abo',
  'abonnement',
  'abonnieren',
  'subscribe',
  'subscription',
  'subscriptions',
  'shop',
  'impressum',
  'imprint',
  'kontakt',
  'contact',
  'about',
  'about-us',
  'ueber-uns',
  'autor',
  'autoren',
  'author',
  'authors',
  'autore',
  'auteur',
  'autor-in',
  'profile',
  'profil',
  'newsletter',
  'newsletters',
  'login',
  'account',
  'datenschutz',
  'privacy',
  'agb',
  'terms',
  'jobs',
  'karriere',
  'careers',
  'app',
  'apps',
].join('|');

/** A path that points at one page: a hyphenated slug, a long number, or a page file. */
const PAGE_PATH = String.raw`[^\s"'<>]*?(?:[\p{L}\p{N}][-_][\p{L}\p{N}]|\p{N}{4}|\.s?html?\b|\.php\b|\.aspx?\b)`;

export const ADDRESS_CREDIT: CueRule = {
  id: 'url-host',
  kind: 'report',
  confidence: CONFIDENCE.pattern,
  structural: true,
  before: new RegExp(
    String.raw`(?:^|[\s(\[<:;,"“„«])(?:https?:\/\/(?:${WEB_PREFIX}\.)?|www\d?\.)$`,
    'iu',
  ),
  after: new RegExp(
    String.raw`^(?::\d{2,5})?(?![^\s"'<>?#]*\/(?:${SERVICE_SEGMENT})(?:[\/?#.]|$|\s))\/${PAGE_PATH}`,
    'iu',
  ),
};
