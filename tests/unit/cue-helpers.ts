/**
 * Shared helper for the table-driven cue tests: runs the real core (real catalog) on one
 * sentence and lists the credits it finds as "outlet-id:kind".
 */
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { detectAttributions } from '../../utils/core/detect';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { UNCERTAIN_BELOW } from '../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

/** A cue case: the sentence, then the credits expected ("reuters:report"); [] for none. */
export type CueCase = [sentence: string, expected: string[]];

/** Sure credits (confidence ≥ UNCERTAIN_BELOW) in `text`, as sorted unique "id:kind". */
export function credits(text: string, lang: string, publisherIds: string[] = []): string[] {
  const d = detectAttributions(text, aliases, { lang, publisherIds });
  return [
    ...new Set(
      d.attributions
        .filter((a) => a.confidence >= UNCERTAIN_BELOW)
        .map((a) => `${a.outletId}:${a.kind}`),
    ),
  ].sort();
}

/** Sure credited outlet ids only. */
export function citedIds(text: string, lang: string, publisherIds: string[] = []): string[] {
  return [...new Set(credits(text, lang, publisherIds).map((c) => c.split(':')[0]))].sort();
}
