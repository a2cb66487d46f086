import { Readability } from '@mozilla/readability';
import { flattenArticle } from './flatten';
import {
  finishExtraction,
  type ExtractOptions,
  type Extraction,
  type ParsedArticle,
} from './extraction';
import { clonePruned, type PreparedClone } from './pruned-clone';
import { pairTextNodes } from './walk';

export {
  finishExtraction,
  type ArticleMeta,
  type ExtractOptions,
  type Extraction,
  type ParsedArticle,
} from './extraction';

/** The whole page, copied and paired at once (what `unpruned` compares against). */
function cloneWhole(doc: Document): PreparedClone {
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairTextNodes(doc, clone).pairs ?? new Map<Text, Text>();
  return { clone, pairs, stats: { elements: 0, textChars: 0, pruned: 0 }, withUnlikely: false };
}

/**
 * Readability on a copy of the page (never the live page), with our options. Null when it finds
 * no article; 'again' when the copy left out Readability's unlikely candidates (`withUnlikely`)
 * and its first pass found too little text: Readability then retries with them, so read a copy
 * that keeps them. The content script runs it on its pruned copy, the background on the same
 * copy's snapshot (snapshot-read.ts).
 */
export function readDocument(doc: Document, withUnlikely: boolean): ParsedArticle | null | 'again' {
  // keepClasses: caption and byline classes tell captions from body text; the serializer hands
  // back the element itself so its text nodes can be followed to the live page.
  const reader = new Readability<Element>(doc, {
    keepClasses: true,
    serializer: (el: Node) => el as Element,
  });
  const parsed = reader.parse();
  const retried = (reader as unknown as { _attempts: unknown[] })._attempts.length > 0;
  if (retried && withUnlikely) return 'again';
  return parsed?.content ? parsed : null;
}

/** `readDocument` on a prepared clone. */
export const readClone = (prepared: PreparedClone) =>
  readDocument(prepared.clone, prepared.withUnlikely);

/**
 * Runs Readability on a pruned copy of `doc` and returns the article text with block breaks,
 * its metadata, and a map from text offsets to the live page's text nodes. Null when
 * Readability finds no article. In one go: the content script does the same in slices.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction | null {
  let prepared = options.unpruned ? cloneWhole(doc) : clonePruned(doc);
  let parsed = readClone(prepared);
  if (parsed === 'again') {
    prepared = clonePruned(doc, false);
    parsed = readClone(prepared);
  }
  return parsed && parsed !== 'again' ? toExtraction(doc, prepared, parsed, options) : null;
}

/**
 * Turns Readability's article into the flat text, its block roles and its map to the live
 * page. Live nodes that left the page meanwhile are found again by the anchoring.
 */
export function toExtraction(
  doc: Document,
  prepared: PreparedClone,
  parsed: ParsedArticle,
  options: ExtractOptions = {},
): Extraction {
  const flat = flattenArticle(parsed.content!, (n) => prepared.pairs.get(n) ?? null);
  return finishExtraction(doc, flat, parsed, options);
}
