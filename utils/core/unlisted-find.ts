import type { OutletType } from './catalog-schema';
import { packFor, rulesFor, type RuleSet } from './lang/registry';
import { matchCue } from './match-cue';
import { foldText } from './text';
import type { ArticleContext, OutletMention, UnlistedOutlet } from './types';
import { findDomainNames, findWireNames } from './unlisted-addresses';
import {
  capitalizedRunBefore,
  type NameSpan,
  hasNotOutletWord,
  nameBeforeAppositive,
  readCapitalized,
  readNameAfter,
  slugOf,
} from './unlisted-names';
import { denseNames } from './unlisted-dense';
import { kanaNames } from './unlisted-kana';
import { outgrows, overlapping } from './unlisted-overlap';
import { isOwnOutlet } from './unlisted-publisher';
import { unlistedPatternsFor, type UnlistedPatterns } from './unlisted-patterns';

/**
 * Step 1b, outlets the catalog does not know: a name-shaped phrase next to evidence that it is a
 * news outlet (a descriptor, "the newspaper X"; an outlet-shaped name, "… Tribune", "…-Zeitung",
 * "Radio …"; a news address; a wire line) becomes a mention of `unlisted:<slug>`. Like any
 * mention it is credited only when a cue rule says so.
 */

/** A name found, before it becomes a mention. */
export interface UnlistedCandidate extends NameSpan {
  type: OutletType;
  evidence: UnlistedOutlet['evidence'];
  /** Where a descriptor starts ("newspaper" in "the newspaper X"), for the cue window. */
  descriptorStart?: number;
  /** Other starts the name may have, longest first (a capitalized sentence start before it). */
  shorter?: number[];
  domain?: string;
  /** Where the name ending read ended, when the name was read on after it ("Gazette de Vals"). */
  endingEnd?: number;
}

/** What the step found: mentions in text order and the outlets they name. */
export interface UnlistedFinds {
  mentions: OutletMention[];
  outlets: Map<string, UnlistedOutlet>;
  /** Listed mentions a longer unlisted name contains ("El Heraldo" in "El Heraldo de Soria"). */
  displaced: Set<OutletMention>;
}

/**
 * Lower-case words after a descriptor noun ("le quotidien ‸régional X", "l'agence ‸espagnole"),
 * or words of a script without capitals ("העיתון ‸המקומי "X"", "روزنامه ‸اصلاح‌طلب «X»").
 */
const TRAILING_WORDS = /^(?:[ \u00a0]+[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}\u200c'’-]*){1,4}/u;

/**
 * The name after a descriptor noun ending at `p`, right after it or after the adjectives the
 * language puts behind nouns ("le quotidien régional ‸Le Courrier de l'Ouest"), when the
 * language's descriptor pattern takes those words as part of the descriptor.
 */
function nameAfterDescriptor(text: string, p: number, pat: UnlistedPatterns): NameSpan | null {
  const span = readNameAfter(text, p, pat);
  if (span) return span;
  const words = TRAILING_WORDS.exec(text.slice(p, p + 60));
  if (!words) return null;
  const after = readNameAfter(text, p + words[0].length, pat);
  if (!after) return null;
  const head = text.slice(Math.max(0, after.start - 140), after.start);
  // The descriptor patterns end before a quoted name's opening mark ("העיתון המקומי ‸"X"").
  const bare = head.replace(/["“”„«»‘’'״]$/u, '');
  return pat.packs.some((pk) => pk.descBefore?.test(head) || pk.descBefore?.test(bare))
    ? after
    : null;
}

function descriptorNames(
  text: string,
  pat: UnlistedPatterns,
  matches: RegExpExecArray[],
): UnlistedCandidate[] {
  const out: UnlistedCandidate[] = [];
  for (const m of matches) {
    // "na svém kanálu X", "auf seinem Kanal X": the subject's own channel, no outlet.
    const owner = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (owner && pat.owners.has(foldText(owner[1]))) continue;
    const span = nameAfterDescriptor(text, m.index + m[0].length, pat);
    const type = pat.nounType.get(foldText(m[1]));
    if (span && type) out.push({ ...span, type, evidence: 'descriptor', descriptorStart: m.index });
    const before = type ? nameBeforeAppositive(text, m.index, m.index + m[0].length, pat) : null;
    if (before && type) out.push({ ...before, type, evidence: 'descriptor' });
  }
  return out;
}

/** Starts of the capitalized run before `at`, from the whole run to the shortest (one word). */
function runStarts(text: string, at: number, pat: UnlistedPatterns): number[] {
  const starts: number[] = [];
  let from = capitalizedRunBefore(text, at, pat);
  while (from < at) {
    starts.push(from);
    const next = text.indexOf(' ', from);
    if (next < 0 || next >= at) break;
    from = next + 1;
  }
  return starts;
}

function shapedNames(
  text: string,
  pat: UnlistedPatterns,
  [endings, compounds, starts]: RegExpExecArray[][],
): UnlistedCandidate[] {
  const out: UnlistedCandidate[] = [];
  const shape = (start: number, end: number, word: string, shorter: number[] = [], at?: number) => {
    const type = pat.shapeType.get(foldText(word));
    const endingEnd = at !== undefined && end > at ? at : undefined;
    if (type) out.push({ start, end, type, evidence: 'shape', shorter, endingEnd });
  };
  // "Radio Mitre", "TV 2 Fyn", "Diari de Tarragona": a start word and the capitalized words
  // after it, or a function word of names and then capitalized words.
  const ledBy = new Set<number>();
  for (const m of starts) {
    const whole = readCapitalized(text, m.index, pat);
    if (!whole || whole.end <= m.index + m[0].length) continue;
    shape(m.index, whole.end, m[1]);
    ledBy.add(m.index);
  }
  // "the Westfield Courier": at least one capitalized word before the ending, or a function word
  // of names and capitalized words after it ("La Gazette de Vals", "au Courrier de la Dore"); not
  // a word that opens a longer name ("Según ‸Radio‸ Mitre" is Radio Mitre, not "Según Radio").
  for (const m of endings) {
    if (ledBy.has(m.index)) continue;
    const starts = runStarts(text, m.index, pat);
    const end = endingEnd(text, m, pat);
    const at = m.index + m[0].length;
    if (starts.length) shape(starts[0], end, m[1], starts.slice(1), at);
    else if (end > at) shape(m.index, end, m[1], [], at);
  }
  // "Ostsee-Zeitung", "der Neuen Ostsee-Zeitung".
  for (const m of compounds) {
    const starts = runStarts(text, m.index, pat);
    const tail = m[1].slice(m[1].lastIndexOf('-') + 1);
    shape(starts[0] ?? m.index, m.index + m[0].length, tail, [...starts.slice(1), m.index]);
  }
  return out;
}

/**
 * Where a name ending matched by `m` ends: at the word, or further when the name runs on after it
 * with a hyphen ("Herald‸-Tribune") or a function word of names ("Gazette‸ de Vals").
 */
function endingEnd(text: string, m: RegExpExecArray, pat: UnlistedPatterns): number {
  const end = m.index + m[0].length;
  const ahead = readCapitalized(text, m.index, pat);
  if (!ahead || ahead.end <= end) return end;
  if (/^-\p{Lu}/u.test(text.slice(end, end + 2))) return ahead.end;
  // Not in a language that capitalizes nouns ("die Zeitung am Freitag"), nor after a glued word
  // ("„Bild“-Zeitung am Freitag").
  if (pat.packs.some((p) => p.capitalizesNouns) || !/^\s?$/u.test(text.slice(m.index - 1, m.index)))
    return end;
  return /^\s+\p{Ll}/u.test(text.slice(end, end + 3)) ? ahead.end : end;
}

/**
 * The start a shape-read name takes: the longest run of capitalized words that a cue rule
 * accepts ("Laut ‸Westfälischer Rundschau" drops the sentence's first word), else the whole run.
 */
function chooseStart(text: string, c: UnlistedCandidate, sets: RuleSet[]): number {
  if (!c.shorter?.length) return c.start;
  for (const start of [c.start, ...c.shorter]) {
    const probe: OutletMention = {
      outletIds: [],
      surface: text.slice(start, c.end),
      start,
      end: c.end,
      isAbbreviation: false,
    };
    const cue = matchCue(text, probe, sets);
    if (cue && cue.set.rule.kind !== null) return start;
  }
  return c.start;
}

/** The name a candidate gives, in the nominative where the language inflects names. */
function nameOf(text: string, c: UnlistedCandidate, lang: string | undefined): string {
  const name = text.slice(c.start, c.end).replace(/\s+/g, ' ');
  const nominative = packFor(lang)?.nominative;
  if (!nominative || c.descriptorStart !== undefined) return name;
  return nominative(name, text.slice(Math.max(0, c.start - 12), c.start).toLowerCase());
}

/** Finds the unlisted outlets of `text` (see the file comment); `listed` are the catalog's mentions. */
export function findUnlistedMentions(
  text: string,
  listed: OutletMention[],
  ctx: ArticleContext,
): UnlistedFinds {
  const pat = unlistedPatternsFor(ctx.lang);
  const displaced = new Set<OutletMention>();
  const [descriptors, endings, compounds, starts, compoundDescriptors] =
    pat.scanner.matchesIn(text);
  const candidates = [
    ...descriptorNames(text, pat, [...descriptors, ...compoundDescriptors]),
    ...shapedNames(text, pat, [endings, compounds, starts]),
    ...findDomainNames(text, pat),
    ...findWireNames(text, pat),
    ...kanaNames(text, pat),
    ...denseNames(text, pat),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const outlets = new Map<string, UnlistedOutlet>();
  const mentions: OutletMention[] = [];
  const sets = rulesFor(ctx.lang);
  let lastEnd = -1;
  for (const found of candidates) {
    if (found.start < lastEnd) continue;
    const hit = overlapping(listed, found.start, found.end);
    if (hit && !outgrows(text, found, hit, pat)) continue;
    const c = { ...found, start: chooseStart(text, found, sets) };
    // "Selon ‸Le Soir‸": the run's capitalized first word dropped, what is left is the short name.
    if (hit?.shortForm && c.start === hit.start && c.end === hit.end) continue;
    const name = c.domain ?? nameOf(text, c, ctx.lang);
    if (!/\p{L}.*\p{L}|\p{L}\p{N}/u.test(name) || hasNotOutletWord(name, pat)) continue;
    if (isOwnOutlet(name, c.domain, ctx.page)) continue;
    const id = `unlisted:${slugOf(name)}`;
    if (!outlets.has(id))
      outlets.set(id, {
        id,
        name,
        type: c.type,
        domains: c.domain ? [c.domain] : [],
        evidence: c.evidence,
      });
    const m: OutletMention = {
      outletIds: [id],
      surface: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      isAbbreviation: false,
    };
    if (c.descriptorStart !== undefined) {
      m.cueFrom = c.descriptorStart;
      m.described = true;
    }
    mentions.push(m);
    if (hit) displaced.add(hit);
    lastEnd = c.end;
  }
  return { mentions, outlets, displaced };
}
