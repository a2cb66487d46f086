import { ARTICLES } from './lang/word-lists';
import { foldText } from './text';
import type { OutletMention } from './types';
import type { UnlistedCandidate } from './unlisted-find';
import type { UnlistedPatterns } from './unlisted-patterns';

/**
 * When a name the catalog does not know overlaps a listed mention, which one the text means:
 * the listed one, unless the unlisted name is a longer name that runs on around it.
 */

/** The listed mention overlapping [start, end), if any (`listed` is sorted and disjoint). */
export function overlapping(
  listed: OutletMention[],
  start: number,
  end: number,
): OutletMention | null {
  let lo = 0;
  let hi = listed.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (listed[mid].end <= start) lo = mid + 1;
    else if (listed[mid].start >= end) hi = mid - 1;
    else return listed[mid];
  }
  return null;
}

/**
 * True when a name read after a descriptor, or from a start word, is a longer name than the
 * listed one it starts with ("el diario ‸El Heraldo de Soria" is not El Heraldo): it runs on past
 * the listed name with a function word of names and capitalized words.
 */
function outgrowsListed(
  text: string,
  c: UnlistedCandidate,
  m: OutletMention,
  pat: UnlistedPatterns,
): boolean {
  if (m.end >= c.end) return false;
  // "La Nación de Buenos Aires": a listed name ending read on with a place stays the listed one.
  if (c.endingEnd !== undefined && m.end >= c.endingEnd) return false;
  // "dal ‸Giornale di Brescia‸" is not il Giornale: a start word read on past the listed name.
  const sameStart = m.start === c.start || (c.evidence === 'shape' && c.start > m.start);
  if (!sameStart || (c.evidence !== 'descriptor' && c.evidence !== 'shape')) return false;
  const joiner = /^\s+(\p{L}+)\s/u.exec(text.slice(m.end, c.end));
  return !!joiner && pat.joiners.has(foldText(joiner[1]));
}

/**
 * True when a name read after a descriptor ends with a listed name but starts before it with
 * capitalized words of its own: "regionalni časnik ‸Posavski Kurir‸" is not Kurir.
 */
function outgrowsFromLeft(
  text: string,
  c: UnlistedCandidate,
  m: OutletMention,
  pat: UnlistedPatterns,
): boolean {
  if (c.descriptorStart === undefined || c.start >= m.start || c.end < m.end) return false;
  // "la tv di Stato ‸Trt‸": a name after a descriptor's own words ("di Stato") stays the listed
  // one, as does a listed abbreviation.
  if (/\p{Lu}{2}/u.test(m.surface)) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, c.start - 20), c.start));
  if (before && pat.joiners.has(foldText(before[1]))) return false;
  // An article before the listed name is the name's own ("the daily ‸The‸ Guardian").
  const own = text
    .slice(c.start, m.start)
    .split(/\s+/)
    .filter((w) => w && !ARTICLES.has(foldText(w).replace(/['’]$/, '')));
  return own.length > 0;
}

/**
 * True when a name runs on around a listed short name ("the Springfield ‸Tribune‸", where "the
 * Tribune" is a paper's short name): a short name is not a paper's full name, so the longer one
 * is read instead.
 */
function outgrowsShortName(c: UnlistedCandidate, m: OutletMention): boolean {
  return !!m.shortForm && c.start <= m.start && c.end >= m.end && c.end - c.start > m.end - m.start;
}

/**
 * True when a name ends with a listed abbreviation in capitals that is also a name ending:
 * "the radio station Adom ‸FM‸" is not the magazine FM. Any other listed name inside a longer
 * phrase stays the listed outlet's ("l'emittente di Stato ‸TRT‸").
 */
function outgrowsEnding(c: UnlistedCandidate, m: OutletMention, pat: UnlistedPatterns): boolean {
  if (!(c.start < m.start && c.end === m.end && /^[\p{Lu}\p{N}]{2,5}$/u.test(m.surface)))
    return false;
  return pat.shapeType.has(foldText(m.surface));
}

/** True when the unlisted name `c` is meant rather than the listed mention `m` it overlaps. */
export function outgrows(
  text: string,
  c: UnlistedCandidate,
  m: OutletMention,
  pat: UnlistedPatterns,
): boolean {
  return (
    outgrowsListed(text, c, m, pat) ||
    outgrowsShortName(c, m) ||
    outgrowsFromLeft(text, c, m, pat) ||
    outgrowsEnding(c, m, pat)
  );
}
