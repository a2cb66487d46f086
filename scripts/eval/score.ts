/**
 * Scoring of reported outlets against labels, over page × outlet pairs, as the hidden evaluation
 * does: a reported outlet matches a labelled one by catalog id, by domain or by name. One that a
 * label cites is a hit, one the labels list only as ambiguous counts neither way, and any other
 * (hard negatives included) is a false alarm; a cited outlet not reported is a miss.
 */
import type { CreditKind } from '../../utils/core/types';
import type { LabeledCitation, LabeledMention, PageLabels } from './labels';
import { foldName, type OutletNames } from './match';

/** One outlet the engine reported for a page. */
export interface ReportedOutlet {
  id: string;
  name: string;
  /** False for an outlet the catalog does not know (matched by domain or name only). */
  listed: boolean;
  domains: string[];
  kinds: CreditKind[];
  /** Evidence for the listing of false alarms: sentence and rule of each mention. */
  mentions: {
    surface: string;
    kind: CreditKind;
    sentence: string;
    rule: string;
    confidence: number;
  }[];
}

export interface Miss {
  outlet: string;
  evidence: string[];
  /** True when no catalog entry carries the label's name or surfaces. */
  notInCatalog: boolean;
}

export interface KindCheck {
  outlet: string;
  expected: string[];
  got: CreditKind[];
}

/** The result for one page. */
export interface PageScore {
  id: string;
  lang: string;
  hits: string[];
  misses: Miss[];
  falseAlarms: ReportedOutlet[];
  /** Reported outlets that only match ambiguous labels (not scored). */
  ignored: string[];
  kinds: KindCheck[];
  /** Seed labels only: whether the original source was found as labeled (null when not labeled). */
  originalSourceOk: boolean | null;
}

/** A labelled outlet in matching form: its catalog ids, folded names and bare domain. */
interface LabelKey {
  ids: Set<string>;
  names: Set<string>;
  domain: string | null;
}

const bareHost = (d: string) =>
  d
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');

function keyOf(
  label: LabeledCitation | LabeledMention,
  surfaces: string[],
  names: OutletNames,
): LabelKey {
  return {
    ids: new Set(names.resolve(label.outlet, surfaces)),
    names: new Set([label.outlet, ...surfaces].map(foldName).filter(Boolean)),
    domain: label.domain ? bareHost(label.domain) : null,
  };
}

/** True when a reported outlet is the labelled one: same catalog id, same domain or same name. */
function matches(r: ReportedOutlet, key: LabelKey): boolean {
  if (key.ids.has(r.id)) return true;
  if (key.domain && r.domains.some((d) => bareHost(d) === key.domain)) return true;
  return key.names.has(foldName(r.name));
}

/** Scores one page's reported outlets (and original source) against its labels. */
export function scorePage(
  labels: PageLabels,
  lang: string,
  reported: ReportedOutlet[],
  originalSourceId: string | null,
  names: OutletNames,
): PageScore {
  const cited = labels.cited.map((c) => ({ label: c, key: keyOf(c, c.surfaces ?? [], names) }));
  const ambiguous = labels.ambiguous.map((a) => keyOf(a, a.surface ? [a.surface] : [], names));
  const matched = new Set<number>();
  const score: PageScore = {
    id: labels.id,
    lang,
    hits: [],
    misses: [],
    falseAlarms: [],
    ignored: [],
    kinds: [],
    originalSourceOk: null,
  };
  for (const r of reported) {
    const i = cited.findIndex((c) => matches(r, c.key));
    if (i >= 0) {
      if (!matched.has(i)) {
        matched.add(i);
        score.hits.push(cited[i].label.outlet);
        score.kinds.push({
          outlet: cited[i].label.outlet,
          expected: cited[i].label.kinds ?? [],
          got: r.kinds,
        });
      }
    } else if (ambiguous.some((a) => matches(r, a))) score.ignored.push(r.name);
    else score.falseAlarms.push(r);
  }
  cited.forEach((c, i) => {
    if (!matched.has(i))
      score.misses.push({
        outlet: c.label.outlet,
        evidence: c.label.evidence ?? [],
        notInCatalog: c.key.ids.size === 0,
      });
  });
  if (labels.originalSource) {
    const ids = names.resolve(
      labels.originalSource.outlet,
      labels.originalSource.domain ? [labels.originalSource.domain] : [],
    );
    score.originalSourceOk = originalSourceId !== null && ids.includes(originalSourceId);
  }
  return score;
}

/** Counts and rates over a set of pages. */
export interface Totals {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Adds up hits, false alarms and misses. Empty sets score 1 (nothing to find, nothing wrong). */
export function totalsOf(scores: PageScore[]): Totals {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.hits.length;
    fp += s.falseAlarms.length;
    fn += s.misses.length;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, tp, fp, fn, precision, recall, f1 };
}

/** How well the reported kinds match the labeled ones, over correctly found outlets. */
export interface KindTotals {
  outlets: number;
  /** Share of found outlets whose set of reported kinds equals the labeled set. */
  exact: number;
  /** Share of found outlets with at least one reported kind among the labeled ones. */
  overlap: number;
  /** Share of distinct reported kinds (per outlet) that the labels list. */
  precision: number;
  /** Share of labeled kinds (per outlet) that were reported. */
  recall: number;
}

/** Kind agreement over every found outlet. */
export function kindTotalsOf(scores: PageScore[]): KindTotals {
  let outlets = 0;
  let exact = 0;
  let overlap = 0;
  let gotN = 0;
  let gotOk = 0;
  let expN = 0;
  let expOk = 0;
  for (const s of scores) {
    for (const k of s.kinds) {
      outlets++;
      const got = new Set<string>(k.got);
      const exp = new Set(k.expected);
      const inter = [...got].filter((x) => exp.has(x)).length;
      if (inter === got.size && inter === exp.size) exact++;
      if (inter > 0) overlap++;
      gotN += got.size;
      gotOk += inter;
      expN += exp.size;
      expOk += inter;
    }
  }
  const rate = (a: number, b: number) => (b ? a / b : 1);
  return {
    outlets,
    exact: rate(exact, outlets),
    overlap: rate(overlap, outlets),
    precision: rate(gotOk, gotN),
    recall: rate(expOk, expN),
  };
}

/** Per-language totals, languages sorted by number of pages then code. */
export function totalsByLang(scores: PageScore[]): [string, Totals][] {
  const groups = new Map<string, PageScore[]>();
  for (const s of scores) {
    const g = groups.get(s.lang);
    if (g) g.push(s);
    else groups.set(s.lang, [s]);
  }
  return [...groups.entries()]
    .map(([lang, list]) => [lang, totalsOf(list)] as [string, Totals])
    .sort((a, b) => b[1].pages - a[1].pages || a[0].localeCompare(b[0]));
}
