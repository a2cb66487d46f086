import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/report';
import { flattenArticle, type FlatText, type TextSegment } from './flatten';
import { findOriginLine } from './origin-line';
import { findCanonicalUrl, findDocumentLang } from './metadata';
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
  /** Map the text back to the live document (costs one walk of it). Default true. */
  mapToLive?: boolean;
}

/** Adds the page's "Source: X" line below the article when Readability dropped it. */
function appendOriginLine(
  liveNodes: Text[],
  flat: FlatText,
): Pick<FlatText, 'text' | 'segments'> | null {
  let last: Text | null = null;
  for (let i = flat.segments.length - 1; i >= 0 && !last; i--) last = flat.segments[i].node;
  if (!last) return null;
  const line = findOriginLine(liveNodes, last);
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

/** A clone of the page and the pairing of its text nodes with the live ones. */
export interface PreparedClone {
  clone: Document;
  pairs: Map<Text, Text> | null;
  /** The live page's text nodes in document order, when they were collected for the pairing. */
  liveNodes: Text[] | null;
}

/**
 * First half of `extractArticle`: clones `doc` and pairs the text nodes at once (the pairing
 * needs both trees to have the same shape, so it cannot wait). The content script yields to
 * the page between the halves, so neither is one long task.
 */
export function cloneForExtraction(doc: Document, options: ExtractOptions = {}): PreparedClone {
  const clone = doc.cloneNode(true) as Document;
  if (options.mapToLive === false) return { clone, pairs: null, liveNodes: null };
  return { clone, ...pairTextNodes(doc, clone) };
}

/**
 * Runs Readability on a clone of `doc` (never on the live page) and returns the article text
 * with block breaks, its metadata, and a map from text offsets to the live page's text nodes.
 * Returns null when Readability finds no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction | null {
  return extractFromClone(doc, cloneForExtraction(doc, options), options);
}

/**
 * Second half of `extractArticle`: Readability on the prepared clone, then the flat text and
 * its map. Live nodes that left the page meanwhile are found again by the anchoring.
 */
export function extractFromClone(
  doc: Document,
  prepared: PreparedClone,
  options: ExtractOptions = {},
): Extraction | null {
  const { clone, pairs } = prepared;
  let liveNodes = prepared.liveNodes;
  const getLiveNodes = () => (liveNodes ??= collectTextNodes(doc));
  // keepClasses: caption and byline classes tell captions from body text; the serializer hands
  // back the element itself so its text nodes can be followed to the live page.
  const reader = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (el: Node) => el as Element,
  });
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  const mapToLive = options.mapToLive !== false;
  const flat = flattenArticle(parsed.content, mapToLive ? (n) => pairs?.get(n) ?? null : undefined);
  // Runs the map could not place (Readability's retry copies nodes): pair them by their text.
  if (mapToLive) repairSegments(flat.text, flat.segments, getLiveNodes);
  let { text, segments, blocks } = flat;
  const origin = appendOriginLine(getLiveNodes(), flat);
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
