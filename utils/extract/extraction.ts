import type { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/report';
import type { FlatText, TextSegment } from './flatten';
import { findOriginLine } from './origin-line';
import { findCanonicalUrl, findDocumentLang } from './metadata';
import { repairSegments } from './repair';
import { collectTextNodes, forEachTextNode } from './walk';

// The extraction's last step, after Readability's parse (in the page or off it). Apart from
// extract.ts, so that the article script, which never parses in the page, does not carry
// Readability (docs/performance.md).

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

/** Readability's metadata, as it gives them (the snapshot's reply carries the same). */
export type ArticleMeta = Pick<
  ParsedArticle,
  'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime'
>;

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
