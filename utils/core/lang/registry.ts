import { OTHER_LANGUAGE_WEIGHT, UNKNOWN_LANGUAGE_WEIGHT } from '../tuning';
import { AR } from './ar';
import { CA } from './ca';
import { BN } from './bn';
import { BG } from './bg';
import { BS } from './bs';
import { ADDRESS_CREDIT } from './address-credit';
import { buildCommonNegatives, buildCommonRules } from './common';
import { CS } from './cs';
import { DA } from './da';
import { DE } from './de';
import { EL } from './el';
import { EN } from './en';
import { ES } from './es';
import { ET } from './et';
import { FA } from './fa';
import { FI } from './fi';
import { FR } from './fr';
import { HE } from './he';
import { HI } from './hi';
import { HU } from './hu';
import { HR } from './hr';
import { ID } from './id';
import { IS } from './is';
import { IT } from './it';
import { JA } from './ja';
import { KO } from './ko';
import { sourceLabelRule } from './labels';
import { LT } from './lt';
import { LV } from './lv';
import { NB } from './nb';
import { MK } from './mk';
import { MS } from './ms';
import { NL } from './nl';
import { NN } from './nn';
import type { CueRule, LanguagePack } from './pack';
import { PL } from './pl';
import { PT } from './pt';
import { RO } from './ro';
import { RU } from './ru';
import { SK } from './sk';
import { SL } from './sl';
import { SR } from './sr';
import { SV } from './sv';
import { SW } from './sw';
import { TH } from './th';
import { TL } from './tl';
import { TR } from './tr';
import { UK } from './uk';
import { UR } from './ur';
import { VI } from './vi';
import { ZH } from './zh';

/** Every language pack. Adding a language: write lang/<code>.ts and list it here. */
export const PACKS: readonly LanguagePack[] = [
  EN,
  FR,
  ES,
  DE,
  PT,
  IT,
  VI,
  PL,
  RU,
  UK,
  JA,
  ZH,
  AR,
  KO,
  DA,
  SV,
  CS,
  NL,
  TR,
  FI,
  SK,
  NB,
  NN,
  ID,
  MS,
  TL,
  HI,
  EL,
  RO,
  HU,
  CA,
  ET,
  LT,
  LV,
  IS,
  BN,
  UR,
  FA,
  HE,
  TH,
  SW,
  BG,
  SR,
  HR,
  BS,
  SL,
  MK,
];

/** ISO 639-1 codes of the languages whose packs have cue rules. */
export const SUPPORTED_LANGUAGES: string[] = PACKS.filter((p) => p.rules.length).map((p) => p.code);

const byCode = new Map(PACKS.flatMap((p) => [p.code, ...(p.otherCodes ?? [])].map((c) => [c, p])));

/** The pack of a language, if there is one. */
export function packFor(code: string | undefined): LanguagePack | undefined {
  return code ? byCode.get(code) : undefined;
}

/** A rule as tried for one article. */
export interface RuleSet {
  rule: CueRule;
  /** Multiplier applied to the rule's confidence (rules of another language count less). */
  weight: number;
  /** The language whose descriptors apply with this rule (null for the common layer). */
  lang: LanguagePack | null;
}

/** A pack's rules as tried: its "not a credit" rules, its source-label rule, then the rest. */
function packRules(pack: LanguagePack): CueRule[] {
  const label = sourceLabelRule(pack);
  const negatives = pack.rules.filter((r) => r.kind === null);
  const credits = pack.rules.filter((r) => r.kind !== null);
  return label ? [...negatives, label, ...credits] : [...negatives, ...credits];
}

const COMMON_NEGATIVES = buildCommonNegatives(PACKS);
const COMMON_RULES = buildCommonRules(PACKS);
const PACK_RULES = new Map(PACKS.map((p) => [p, packRules(p)]));
const cache = new Map<string, RuleSet[]>();

const keys = new WeakMap<CueRule, string>();

/**
 * What a rule decides from: its patterns, kind and options (not its id). Written once per rule:
 * the patterns' sources run to tens of kilobytes, and every language's first article compares
 * each rule of every pack.
 */
function ruleKey(rule: CueRule): string {
  let key = keys.get(rule);
  if (key === undefined) {
    const { before, after } = rule;
    key =
      JSON.stringify([before?.source, before?.flags, after?.source, after?.flags, rule.kind]) +
      JSON.stringify([
        rule.confidence,
        rule.roles,
        rule.kindInCaption,
        rule.structural,
        rule.chain,
      ]) +
      JSON.stringify([rule.verbOnly, rule.endings]);
    keys.set(rule, key);
  }
  return key;
}

/**
 * The rules to try for an article in `lang`, in order: the common negatives, the article's own
 * language, the common credit shapes, then every other language's credit rules at a discount
 * (quotes and captions are often left untranslated). Without a known language every pack counts
 * nearly fully.
 */
export function rulesFor(lang: string | undefined): RuleSet[] {
  const key = lang ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const own = packFor(lang);
  const list: RuleSet[] = [];
  // A link to an outlet's page credits it; any other name in an address is then vetoed.
  list.push({ rule: ADDRESS_CREDIT, weight: 1, lang: null });
  for (const rule of COMMON_NEGATIVES) list.push({ rule, weight: 1, lang: null });
  if (own) for (const rule of PACK_RULES.get(own)!) list.push({ rule, weight: 1, lang: own });
  for (const rule of COMMON_RULES) list.push({ rule, weight: 1, lang: null });
  const weight = own ? OTHER_LANGUAGE_WEIGHT : UNKNOWN_LANGUAGE_WEIGHT;
  // Packs sharing tables (nb/nn, hr/bs) have rules with the same patterns: try each pattern once.
  const tried = new Set(list.map((r) => ruleKey(r.rule)));
  for (const other of PACKS) {
    if (other === own) continue;
    // Another language's "not a credit" rules stay out: they would veto real credits.
    for (const rule of PACK_RULES.get(other)!) {
      const key = ruleKey(rule);
      if (rule.kind === null || tried.has(key)) continue;
      tried.add(key);
      list.push({ rule, weight, lang: other });
    }
  }
  cache.set(key, list);
  return list;
}

/** Every rule of every pack and of the common layer (for tests and documentation). */
export function allRules(): CueRule[] {
  return [
    ADDRESS_CREDIT,
    ...COMMON_NEGATIVES,
    ...COMMON_RULES,
    ...PACKS.flatMap((p) => PACK_RULES.get(p)!),
  ];
}
