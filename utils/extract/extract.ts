import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/report';
import { flattenArticle, type FlatText, type TextSegment } from './flatten';
import { findOriginLine } from './origin-line';
import { findCanonicalUrl, findDocumentLang } from './metadata';
import { clonePruned, type PreparedClone } from './pruned-clone';
import { repairSegments } from './repair';
import { collectTextNodes, forEachTextNode, pairTextNodes } from './walk';

/** An extracted article plus the way back from its text to the page. */
export interface Extraction {
  article: ArticleInput;
  /** Runs of `article.text` and the live text nodes they came from (sorted by `start`). */
  segments: TextSegment[];
}

export interface ExtractOptions {
  /** The page's address when the document does not know it (files on disk). */
  url?: string | null;
  /**
   * Copy the whole page for Readability instead of the pruned copy (prune.ts): the output is
   * the same, only slower. For comparisons (benchmark, tests).
   */
  unpruned?: boolean;
}

/** What Readability found, with our options: its article element is a node of the clone. */
export type ParsedArticle = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** Adds the page's "Source: X" line below the article when Readability dropped it. */
function appendOriginLine(flat: FlatText): Pick<FlatText, 'text' | 'segments'> | null {
  let last: Text | null = null;
  for (let i = flat.segments.length - 1; i >= 0 && !last; i--) last = flat.segments[i].node;
  const line = last && findOriginLine(last);
  const lineText = line?.textContent?.replace(/\s+/g, ' ').trim();
  if (!line || !lineText || flat.text.includes(lineText)) return null;
  const segments = [...flat.segments];
  let text = flat.text;
  if (!text.endsWith('\n')) {
    segments.push({ start: text.length, node: null });
    text += '\n';
  }
  forEachTextNode(line, (node) => {
    segments.push({ start: text.length, node });
    text += node.data;
  });
  return { text, segments };
}

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

/** Readability's metadata, as it gives them (the snapshot's reply carries the same). */
export type ArticleMeta = Pick<
  ParsedArticle,
  'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime'
>;

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

/**
 * The rest of `toExtraction`, from the flattened article on: the same whether Readability ran
 * in the page or off it (the content script then maps the reply's runs to its text nodes).
 */
export function finishExtraction(
  doc: Document,
  flat: FlatText,
  parsed: ArticleMeta,
  options: ExtractOptions = {},
): Extraction {
  // Runs the map could not place (Readability's retry copies nodes): pair them by their text.
  repairSegments(flat.text, flat.segments, () => collectTextNodes(doc));
  let { text, segments, blocks } = flat;
  const origin = appendOriginLine(flat);
  if (origin) ({ text, segments } = origin);
  const byline = parsed.byline?.trim() || null;
  if (byline && !text.includes(byline)) {
    // Readability lifts the byline out of the body; put it back as the first line so wire
    // bylines ("By …, Associated Press") are read like the rest of the text.
    const shift = byline.length + 1;
    text = `${byline}\n${text}`;
    segments = [
      { start: 0, node: null },
      ...segments.map((s) => ({ ...s, start: s.start + shift })),
    ];
    blocks = [
      { role: 'byline', start: 0, end: byline.length },
      ...blocks.map((b) => ({ ...b, start: b.start + shift, end: b.end + shift })),
    ];
  }
  const location =
    doc.location?.href && /^https?:/.test(doc.location.href) ? doc.location.href : null;
  const canonicalUrl = findCanonicalUrl(doc, location);
  const url = options.url ?? location ?? canonicalUrl ?? '';
  return {
    article: {
      url,
      canonicalUrl: canonicalUrl !== url ? canonicalUrl : null,
      title: parsed.title?.trim() || doc.title || '',
      byline,
      siteName: parsed.siteName?.trim() || null,
      lang: (parsed.lang ? parsed.lang.slice(0, 2).toLowerCase() : null) ?? findDocumentLang(doc),
      publishedTime: parsed.publishedTime ?? null,
      text,
      blocks,
    },
    segments,
  };
}
