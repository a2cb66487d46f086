/**
 * The shape of a language's test cases (tests/unit/lang/<code>.cases.ts) and the helper that runs
 * the real core (real catalog) on one sentence. lang-rules.test.ts runs every case file.
 */
import rawCatalog from '../../../utils/core/catalog.json';
import { buildAliasIndex } from '../../../utils/core/alias-index';
import { parseCatalog } from '../../../utils/core/catalog-schema';
import { traceDetection } from '../../../utils/core/detect';
import type { BlockRole, TextBlock } from '../../../utils/core/types';
import { UNCERTAIN_BELOW } from '../../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

/**
 * Cases for one rule id. `fires`: sentences where the rule decides, each with the credit it makes
 * ("reuters:report"), or for a "not a credit" rule the outlet it rules out ("nbc-news").
 * `silent`: look-alikes, as close as possible to a firing case, where the rule must not decide.
 */
export interface RuleCases {
  fires: [sentence: string, outcome: string][];
  silent: string[];
}

/** Everything tested about one language pack (or the common layer). */
export interface LanguageCases {
  /** The article language the sentences are read in. */
  lang: string;
  /** Cases per rule id: every rule of the pack must have at least one of each. */
  rules: Record<string, RuleCases>;
  /** Real-looking credits and the sure credits expected ("reuters:report"), sorted. */
  examples: [sentence: string, credits: string[]][];
  /** Look-alikes: sentences naming an outlet without crediting it (no sure credit expected). */
  lookAlikes: string[];
}

/** What the core decided about each mention of one sentence. */
export interface Outcome {
  outlet: string;
  /** The deciding rule's id ("en-told"; "x+list" for a shared list cue), or the exclusion reason. */
  rule: string;
  kind: string | null;
  sure: boolean;
}

/**
 * A case's text with its structural blocks: "{{caption:Photo by Reuters}}" becomes the text
 * "Photo by Reuters" inside a caption block, as the page's DOM would mark it.
 */
export function withBlocks(marked: string): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\{\{(caption|byline|heading|quote):([^}]*)\}\}/g)) {
    text += marked.slice(last, m.index);
    blocks.push({ start: text.length, end: text.length + m[2].length, role: m[1] as BlockRole });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), blocks };
}

/** Every decision and exclusion the core makes on `marked` (see `withBlocks`) read as `lang`. */
export function outcomes(marked: string, lang: string): Outcome[] {
  const { text, blocks } = withBlocks(marked);
  const { detection, state } = traceDetection(text, aliases, { lang, blocks });
  const list: Outcome[] = detection.attributions.map((a) => ({
    outlet: a.outletId,
    rule: a.rule,
    kind: a.kind,
    sure: a.confidence >= UNCERTAIN_BELOW,
  }));
  state.excluded.forEach((reason, i) => {
    if (reason)
      list.push({ outlet: state.candidates[i][0] ?? '', rule: reason, kind: null, sure: false });
  });
  return list;
}

/** Sure credits in `text`, as sorted unique "id:kind". */
export function credits(marked: string, lang: string): string[] {
  const sure = outcomes(marked, lang).filter((o) => o.sure && o.kind);
  return [...new Set(sure.map((o) => `${o.outlet}:${o.kind}`))].sort();
}
