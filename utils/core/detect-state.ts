import type { AliasIndex } from './alias-index';
import { chooseOutlet } from './choose-outlet';
import { CountryEvidence, countryOfAddress } from './country-vote';
import type { ArticleContext, CreditKind, OutletMention } from './types';

/** A mention judged to be a credit, before the outlet is chosen among its candidates. */
export interface Decision {
  ids: string[];
  kind: CreditKind;
  rule: string;
  confidence: number;
  cueStart: number;
  cueEnd: number;
  via?: string;
}

/**
 * What the detection steps share about one article; arrays are indexed like `mentions`. Each
 * step reads what the steps before it filled in and adds its own part.
 */
export interface DetectState {
  text: string;
  mentions: OutletMention[];
  index: AliasIndex;
  ctx: ArticleContext;
  /** The outlets each mention may still denote (short forms, photo banks and the like removed). */
  candidates: string[][];
  /**
   * Why a mention is ruled out, or null: "origin" (the origin line), "publisher" (the page's own
   * outlet), "uncitable" (no candidate left), "person" (a person's name), "defined" (the text defines the
   * abbreviation as something else: "Administración Nacional de Puertos (ANP)"), or the id of the
   * "not a credit" rule that vetoed it. A ruled-out mention is never credited, even in a list.
   */
  excluded: (string | null)[];
  /** The credit decided for each mention, or null. */
  decisions: (Decision | null)[];
  /** Outlets the text names unambiguously somewhere. */
  named: Set<string>;
  /** Outlets the text names by a full (non-abbreviated) name somewhere. */
  fullNamed: Set<string>;
  /** The page's own outlet(s): never cited. */
  publisher: Set<string>;
  publisherCountry?: string;
  /** The article's country evidence, built the first time a name needs the vote. */
  evidence?: CountryEvidence;
}

/** The article's country evidence: its site, the outlets it names, its places and currency. */
function evidenceOf(state: DetectState): CountryEvidence {
  const { index, ctx, named, publisher } = state;
  const namedCountries = [...named]
    .filter((id) => !publisher.has(id))
    .map((id) => index.outlets.get(id)?.country ?? '');
  const site = [state.publisherCountry, countryOfAddress(ctx.page?.url)];
  return new CountryEvidence(state.text, ctx.lang, namedCountries, site);
}

/** The article's country evidence, built on first use. */
export function evidenceFor(state: DetectState): CountryEvidence {
  return (state.evidence ??= evidenceOf(state));
}

/**
 * Picks the outlet a mention means among `ids` (see `chooseOutlet`), with the article's evidence;
 * `head` is the text right before the mention, for a country word. Null leaves it uncertain.
 */
export function chooseFor(state: DetectState, ids: string[], head = ''): string | null {
  if (ids.length > 1) state.evidence ??= evidenceOf(state);
  return chooseOutlet(ids, state.index, state.ctx, state.named, state.evidence, head);
}
