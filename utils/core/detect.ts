import { findMentions, type AliasIndex } from './alias-index';
import type { Outlet } from './catalog-schema';
import { rulesFor, WINDOW, type LanguageCues, type RuleSet } from './cues';
import { makeRoleLookup } from './block-roles';
import { findOriginalSourceMention } from './original-source';
import { collapseSpace, sentenceAround } from './text';
import type { ArticleContext, Attribution, BlockRole, CreditKind, OutletMention } from './types';

/** What the core found in one article text. */
export interface Detection {
  /** Credits, in text order; confidence below `UNCERTAIN_BELOW` means "shown apart". */
  attributions: Attribution[];
  /** The mention naming where a re-published article came from, if any. */
  originalSource: { outletId: string; surface: string; start: number; end: number } | null;
  /** Every alias occurrence, cited or not (for debugging and evaluation). */
  mentions: OutletMention[];
}

/** A piece of text around a mention with white space collapsed, and the way back to offsets. */
interface Window {
  text: string;
  /** Offset in the article of `text[0]` when nothing was collapsed (`map` null). */
  base: number;
  /** `map[i]` is the offset in the article of `text[i]`; `map[text.length]` is the far end. */
  map: number[] | null;
}

/** The article offset of `w.text[i]`. */
function offsetAt(w: Window, i: number): number {
  return w.map ? w.map[Math.min(i, w.map.length - 1)] : w.base + i;
}

/** The part of a window from `from` to `to` (indices into its text). */
function sliceWindow(w: Window, from: number, to = w.text.length): Window {
  return { text: w.text.slice(from, to), base: w.base + from, map: w.map ? w.map.slice(from, to + 1) : null };
}

/** How much raw text a window may read, so long runs of blanks still leave room for words. */
const RAW_SPAN = WINDOW * 3;
/** Anything `collapse` would change: a line break, a tab or odd space, two spaces in a row. */
const NEEDS_COLLAPSE = /[\t\n\r\f\v\u00a0\u2000-\u200a\u202f\u3000]| {2}/;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/**
 * Collapses white space in `raw` (a run with a line break → '\n', any other run → ' '),
 * remembering each kept unit's offset (`base` + index in `raw`). Text that needs nothing keeps
 * an identity map (null), which is the common case and costs no array.
 */
function collapse(raw: string, base: number): Window {
  if (!NEEDS_COLLAPSE.test(raw)) return { text: raw, base, map: null };
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || isBlank(c)) {
      let j = i;
      let nl = false;
      while (j < raw.length) {
        const d = raw.charCodeAt(j);
        if (d === 10 || d === 13) nl = true;
        else if (!isBlank(d)) break;
        j++;
      }
      out.push(nl ? '\n' : ' ');
      map.push(base + i);
      i = j;
      continue;
    }
    out.push(raw[i]);
    map.push(base + i);
    i++;
  }
  map.push(base + raw.length);
  return { text: out.join(''), base, map };
}

/** The text before `start` on its line (or, when the line starts there, the previous line too). */
function windowBefore(text: string, start: number): Window {
  const lo = Math.max(0, start - RAW_SPAN);
  const w = collapse(text.slice(lo, start), lo);
  let cut = w.text.lastIndexOf('\n');
  if (cut >= 0 && w.text.slice(cut + 1).trim() === '') cut = w.text.lastIndexOf('\n', cut - 1);
  let from = cut + 1;
  if (w.text.length - from > WINDOW) from = w.text.length - WINDOW;
  return from === 0 ? w : sliceWindow(w, from);
}

/** The text after `end` on its line (or, when the line ends there, the next line too). */
function windowAfter(text: string, end: number): Window {
  const w = collapse(text.slice(end, end + RAW_SPAN), end);
  let cut = w.text.indexOf('\n');
  if (cut >= 0 && w.text.slice(0, cut).trim() === '') cut = w.text.indexOf('\n', cut + 1);
  let to = cut < 0 ? w.text.length : cut;
  if (to > WINDOW) to = WINDOW;
  return to === w.text.length ? w : sliceWindow(w, 0, to);
}

interface CueMatch {
  set: RuleSet;
  cueStart: number;
  cueEnd: number;
  /** A descriptor ("the news agency", "l'agenzia di stampa") stood next to the name. */
  described: boolean;
}

/** An opening quotation mark right before a name, or a closing one right after it. */
const QUOTE_BEFORE = /\s?["“„«‘‚‹「『]\s?$/;
const QUOTE_AFTER = /^\s?["”“»’‘›」』]/;

/** The window without the quotation marks around the name ("entrevista à “CNN”"). */
function unquote(w: Window, side: 'before' | 'after'): Window {
  if (side === 'before') {
    const m = QUOTE_BEFORE.exec(w.text);
    return m ? { text: w.text.slice(0, m.index) + ' ', base: w.base, map: w.map } : w;
  }
  const m = QUOTE_AFTER.exec(w.text);
  return m ? sliceWindow(w, m[0].length) : w;
}

/** Window variants: as is, then with the language's descriptor removed (when it has one). */
function variants(w0: Window, lang: LanguageCues | null, side: 'before' | 'after', cache: Map<LanguageCues, Window | null>): [Window, boolean][] {
  const w = unquote(w0, side);
  const list: [Window, boolean][] = [[w0, false]];
  if (w !== w0) list.push([w, false]);
  if (!lang) return list;
  let stripped = cache.get(lang);
  if (stripped === undefined) {
    stripped = null;
    const re = side === 'before' ? lang.descBefore : lang.descAfter;
    const m = re?.exec(w.text);
    if (m && m[0].trim()) {
      stripped =
        side === 'before'
          ? // Group 1, when the pattern has one, is what stays (the article: "all'", "the ").
            { text: w.text.slice(0, m.index) + (m[1] ?? (m[0].startsWith(' ') || m[0].startsWith('\n') ? ' ' : '')), base: w.base, map: w.map }
          : sliceWindow(w, m.index + m[0].length);
    }
    cache.set(lang, stripped);
  }
  if (stripped) list.push([stripped, true]);
  return list;
}

/** Tries each rule around one mention; the first that matches decides. */
function matchCue(text: string, m: OutletMention, sets: RuleSet[], role?: BlockRole): CueMatch | null {
  const before = windowBefore(text, m.start);
  const after = windowAfter(text, m.end);
  const beforeCache = new Map<LanguageCues, Window | null>();
  const afterCache = new Map<LanguageCues, Window | null>();
  for (const set of sets) {
    const { rule } = set;
    if (rule.roles && (!role || !rule.roles.includes(role))) continue;
    if (m.weakCase && !rule.structural && rule.kind !== null) continue;
    if (m.titleCase && !rule.before && !rule.structural && rule.kind !== null) continue;
    const bs: [Window, boolean][] = rule.before ? variants(before, set.lang, 'before', beforeCache) : [[before, false]];
    const as: [Window, boolean][] = rule.after ? variants(after, set.lang, 'after', afterCache) : [[after, false]];
    for (const [bw, bDesc] of bs) {
      let cueStart = m.start;
      if (rule.before) {
        const b = rule.before.exec(bw.text);
        if (!b) continue;
        const lead = b[0].length - b[0].trimStart().length;
        cueStart = offsetAt(bw, b.index + lead);
        if (bDesc) cueStart = Math.min(cueStart, m.start);
      }
      for (const [aw, aDesc] of as) {
        let cueEnd = m.end;
        if (rule.after) {
          const a = rule.after.exec(aw.text);
          if (!a) continue;
          const endIdx = a.index + a[0].trimEnd().length;
          cueEnd = endIdx > 0 ? offsetAt(aw, endIdx - 1) + 1 : m.end;
        }
        return { set, cueStart: Math.min(cueStart, m.start), cueEnd: Math.max(cueEnd, m.end), described: bDesc || aDesc };
      }
    }
  }
  return null;
}

/**
 * A news organization may be cited; an entry a person typed as "other" (a photo bank such as
 * Getty Images) is in the catalog only so its credits are read correctly.
 */
function isCitable(o: Outlet | undefined): boolean {
  return !!o && !(o.type === 'other' && o.sources?.type === 'curated');
}

/** Picks the outlet a mention means, or null to leave it uncertain. */
function chooseOutlet(ids: string[], index: AliasIndex, ctx: ArticleContext, named: Set<string>, publisherCountry?: string, head = ''): string | null {
  if (ids.length === 1) return ids[0];
  const byWord = head ? pickByCountryWord(ids, index, head) : null;
  if (byWord) return byWord;
  // The text named one of them unambiguously elsewhere ("The Post" after "The Washington Post").
  const seen = ids.filter((id) => named.has(id));
  if (seen.length === 1) return seen[0];
  if (publisherCountry) {
    const local = ids.filter((id) => index.outlets.get(id)?.country === publisherCountry);
    if (local.length === 1) return local[0];
  }
  if (ctx.lang) {
    const sameLang = ids.filter((id) => index.outlets.get(id)?.languages.includes(ctx.lang!));
    if (sameLang.length === 1) return sameLang[0];
  }
  return null;
}

/** "the even wealthier Michael Bloomberg": a capitalized word mid-sentence right before a one-word name. */
const PERSON_BEFORE = /[\p{Ll}\d,;)] \p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)? $/u;
/** "di Stato Trt", "of The Times": a function word makes the capitalized word a name's part, not a first name. */
const NOT_PERSON_BEFORE = /(?:^|\s)(?:di|de|del|della|dello|dei|of|the|la|le|el|los|las|von|vom|der|die|das|du|da|do|dos|des|van|al|il|lo|och|og|und|and|et|y|e|with|by|on|in) \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? $/iu;

/**
 * Country adjectives ("australiana", "israelí", "britannique") that pick one of several outlets
 * sharing a name ("l'emittente pubblica australiana Abc"). Stems, lower case, several languages.
 */
const COUNTRY_STEMS: Record<string, string[]> = {
  AU: ['austral'],
  US: ['americ', 'statunitens', 'estadounidens', 'états-un', 'us-', 'u.s.'],
  GB: ['britan', 'british', 'britisch', 'britân', 'británic', 'inglese', 'anglais', 'englisch'],
  ES: ['spagnol', 'español', 'espagnol', 'spanisch', 'espanhol', 'spanish'],
  IL: ['israel'],
  FR: ['frances', 'français', 'francese', 'französisch', 'french', 'francês'],
  DE: ['tedesc', 'allemand', 'alemán', 'alemana', 'german', 'deutsch', 'alemã'],
  IT: ['italian', 'italien'],
  RU: ['russ', 'ruso', 'rusa'],
  CN: ['cines', 'chinois', 'chino', 'chines', 'chinese', 'chinesisch'],
  JP: ['giappones', 'japonais', 'japonés', 'japanese', 'japanisch', 'japonês'],
  QA: ['qatar', 'katar'],
  TR: ['turc', 'türk', 'turk'],
  LB: ['liban', 'leban'],
  PS: ['palestin'],
  SA: ['saudi', 'saudit', 'saoud'],
  IR: ['iran'],
  UA: ['ucrain', 'ukrain', 'ucran'],
  IN: ['indian', 'indien', 'indiano', 'indisch'],
  CA: ['canad', 'kanad'],
  MX: ['mexic', 'messican', 'mexikan'],
  AR: ['argentin'],
  BR: ['brasil', 'brazil', 'brésil'],
  CH: ['svizzer', 'suisse', 'suizo', 'schweizer', 'swiss'],
  AT: ['austriac', 'autrichien', 'austríac', 'österreich', 'austrian'],
};

/** The one candidate whose country the text right before the mention names, if exactly one. */
function pickByCountryWord(ids: string[], index: AliasIndex, head: string): string | null {
  const h = head.toLowerCase();
  const hits = ids.filter((id) => {
    const stems = COUNTRY_STEMS[index.outlets.get(id)?.country ?? ''];
    return !!stems && stems.some((stem) => h.includes(stem));
  });
  return hits.length === 1 ? hits[0] : null;
}

/** Nearby quotation marks that turn a report into a quotation. */
const OPENING_QUOTE = /["“„«「『]/;
/** What may stand between items of a list of outlets ("AFP, EFE y Reuters", "AFP/dpa"). */
const LIST_GAP = /^\s*(?:,|;|&|\/|\+|[-–]|and|y|e|et|und|i|и|та|og|och|a|ou|o|or|oder|,\s*(?:and|y|e|et|und|i|и))\s*(?:the\s+|la\s+|el\s+|die\s+|der\s+|le\s+|il\s+|l['’])?$/i;
/** "X via Y": X credited through Y. */
const VIA_GAP = /^\s+via\s+$/i;

interface Decision {
  ids: string[];
  kind: CreditKind;
  rule: string;
  confidence: number;
  cueStart: number;
  cueEnd: number;
  via?: string;
}

/**
 * Finds every outlet the text credits: one pass for aliases, then cue rules in a window around
 * each mention. Offsets are UTF-16 code units into `text`. Never throws on any string input.
 */
export function detectAttributions(
  text: string,
  index: AliasIndex,
  ctx: ArticleContext = {},
): Detection {
  const mentions = findMentions(text, index);
  const origin = findOriginalSourceMention(text, mentions);
  const sets = rulesFor(ctx.lang);
  const roleAt = makeRoleLookup(ctx.blocks);
  const publisher = new Set(ctx.publisherIds ?? []);
  const publisherCountry = ctx.publisherIds?.length ? index.outlets.get(ctx.publisherIds[0])?.country : undefined;
  // Outlets the text names unambiguously, and those it names by a full (non-abbreviated) name.
  const named = new Set<string>();
  const fullNamed = new Set<string>();
  for (const m of mentions) {
    if (m.shortForm || m.weakCase) continue;
    if (m.outletIds.length === 1) named.add(m.outletIds[0]);
    if (!m.isAbbreviation) for (const id of m.outletIds) fullNamed.add(id);
  }
  const decisions: (Decision | null)[] = new Array(mentions.length).fill(null);
  const cueCache = new Map<string, CueMatch | null>();
  /** Mentions a rule ruled out (actor, own outlet…): never credited through a list either. */
  const excluded: boolean[] = new Array(mentions.length).fill(false);
  const candidates: string[][] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let ids = m.outletIds;
    if (m.shortForm) ids = ids.filter((id) => named.has(id) || publisher.has(id));
    ids = ids.filter((id) => isCitable(index.outlets.get(id)) || publisher.has(id));
    candidates[i] = ids;
    if (m === origin || ids.length === 0 || ids.some((id) => publisher.has(id))) {
      excluded[i] = true;
      continue;
    }
    if (ctx.lang !== 'de' && !m.isAbbreviation && !/\s/.test(m.surface)) {
      const head = text.slice(Math.max(0, m.start - 40), m.start);
      if (PERSON_BEFORE.test(head) && !NOT_PERSON_BEFORE.test(head)) {
        excluded[i] = true;
        continue;
      }
    }
    const role = roleAt(m.start);
    // Repeated credit lines ("Photo: …/AP" under every picture) decide once: the same raw text
    // around the same kind of mention gives the same cue at the same relative offsets.
    const key = `${role ?? ''}|${m.weakCase ? 1 : 0}${m.titleCase ? 1 : 0}|${text.slice(Math.max(0, m.start - RAW_SPAN), m.end + RAW_SPAN)}|${m.start - Math.max(0, m.start - RAW_SPAN)}`;
    let cue: CueMatch | null;
    const cached = cueCache.get(key);
    if (cached !== undefined) {
      cue = cached && { ...cached, cueStart: m.start + cached.cueStart, cueEnd: m.end + cached.cueEnd };
    } else {
      cue = matchCue(text, m, sets, role);
      cueCache.set(key, cue && { ...cue, cueStart: cue.cueStart - m.start, cueEnd: cue.cueEnd - m.end });
    }
    if (!cue) continue;
    const { rule, weight } = cue.set;
    if (rule.kind === null) {
      excluded[i] = true;
      continue;
    }
    let confidence = rule.confidence * weight;
    const weakName = m.weakCase || m.titleCase || (m.isAbbreviation && m.surface.length <= 2) || m.shortForm;
    if (weakName && rule.verbOnly && !cue.described && !ids.some((id) => fullNamed.has(id))) confidence *= 0.5;
    let kind: CreditKind = role === 'caption' && rule.kindInCaption ? rule.kindInCaption : rule.kind;
    if (kind === 'report') {
      const span = sentenceAround(text, m.start, m.end);
      if (OPENING_QUOTE.test(text.slice(m.end, span.end))) kind = 'quote';
    }
    decisions[i] = { ids, kind, rule: rule.id, confidence, cueStart: cue.cueStart, cueEnd: cue.cueEnd };
    if (rule.chain) {
      // "AFP, citing Reuters": the outlet right before the cue relayed this one.
      for (let j = i - 1; j >= 0 && mentions[j].end >= cue.cueStart - 4; j--) {
        if (mentions[j].end > cue.cueStart) continue;
        if (!/^[\s,;:]*$/.test(text.slice(mentions[j].end, cue.cueStart))) break;
        if (!excluded[j]) {
          const relay = decisions[j];
          if (!relay) {
            decisions[j] = { ids: candidates[j], kind: 'report', rule: 'relay', confidence: 0.85 * weight, cueStart: mentions[j].start, cueEnd: mentions[j].end };
          }
          const via = chooseOutlet(candidates[j], index, ctx, named, publisherCountry);
          if (via) decisions[i]!.via = via;
        }
        break;
      }
    }
  }
  // Lists share their cue: "(Con información de AFP, EFE y Reuters)", "AFP/dpa", "X via Y".
  const gapOk = (i: number) => {
    const gap = text.slice(mentions[i - 1].end, mentions[i].start);
    if (gap.length > 14) return null;
    if (VIA_GAP.test(gap)) return 'via';
    return LIST_GAP.test(gap) ? 'list' : null;
  };
  for (let pass = 0; pass < 2; pass++) {
    const forward = pass === 0;
    for (let k = 1; k < mentions.length; k++) {
      const i = forward ? k : mentions.length - k; // the later mention of the pair is i
      const link = gapOk(i);
      if (!link) continue;
      const [from, to] = forward ? [i - 1, i] : [i, i - 1];
      if (link === 'via' && forward) continue; // "X via Y": only Y's credit flows back to X.
      const src = decisions[from];
      if (!src || decisions[to] || excluded[to]) continue;
      if (mentions[to].weakCase && !['paren-wire-tag', 'paren-tag', 'slash-wire-tag', 'with-wire'].includes(src.rule)) continue;
      decisions[to] = { ids: candidates[to], kind: src.kind, rule: `${src.rule}+list`, confidence: src.confidence * 0.95, cueStart: src.cueStart, cueEnd: src.cueEnd };
      if (link === 'via') decisions[to]!.via = chooseOutlet(src.ids, index, ctx, named, publisherCountry) ?? undefined;
    }
  }
  const attributions: Attribution[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const d = decisions[i];
    if (!d) continue;
    const m = mentions[i];
    const chosen = chooseOutlet(d.ids, index, ctx, named, publisherCountry, text.slice(Math.max(0, m.start - 60), m.start));
    const span = sentenceAround(text, m.start, m.end);
    const hasCue = d.cueStart < m.start || d.cueEnd > m.end;
    const a: Attribution = {
      outletId: chosen ?? d.ids[0],
      surface: m.surface,
      start: m.start,
      end: m.end,
      kind: d.kind,
      cue: hasCue ? { text: text.slice(d.cueStart, d.cueEnd), start: d.cueStart, end: d.cueEnd } : null,
      rule: d.rule,
      sentence: collapseSpace(text.slice(span.start, span.end)),
      sentenceStart: span.start,
      sentenceEnd: span.end,
      confidence: chosen ? d.confidence : Math.min(0.4, d.confidence),
    };
    if (d.via && d.via !== a.outletId) a.via = d.via;
    attributions.push(a);
  }
  let originalSource: Detection['originalSource'] = null;
  if (origin) {
    const ids = origin.outletIds;
    originalSource = {
      outletId: chooseOutlet(ids, index, ctx, named, publisherCountry) ?? ids[0],
      surface: origin.surface,
      start: origin.start,
      end: origin.end,
    };
  } else {
    // "This article originally appeared on The Atlantic": the same fact, said in a sentence.
    const first = attributions.find((a) => a.kind === 'other' && a.confidence >= 0.5);
    if (first) originalSource = { outletId: first.outletId, surface: first.surface, start: first.start, end: first.end };
  }
  return { attributions, originalSource, mentions };
}
