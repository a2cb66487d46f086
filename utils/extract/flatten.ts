import type { TextBlock, BlockRole } from '../core/types';

/** A run of the article text that comes from one text node of the page (or from nowhere). */
export interface TextSegment {
  /** Offset of the run in the article text (UTF-16 code units). */
  start: number;
  /** The page's text node the run was copied from; null for text we added (line breaks, byline). */
  node: Text | null;
}

export interface FlatText {
  text: string;
  segments: TextSegment[];
  blocks: TextBlock[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'CAPTION',
]);

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|credit|copyright|photo-?credit|image-?credit|wp-caption-text)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|dateline)(?:$|[\s_-])/i;

function roleOf(el: Element): BlockRole | null {
  const tag = el.tagName;
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'BLOCKQUOTE') return 'quote';
  const cls = el.getAttribute('class') ?? '';
  if (cls && CAPTION_CLASS.test(cls)) return 'caption';
  if (cls && BYLINE_CLASS.test(cls)) return 'byline';
  return null;
}

/**
 * Flattens an article element to plain text with a '\n' at every block boundary, remembering
 * which page text node each run came from (`map` takes a node of `root` to the live page's node)
 * and which runs are captions, headings or quotes.
 */
export function flattenArticle(root: Node, map?: (node: Text) => Text | null): FlatText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let pendingBreak = false;
  const open: { role: BlockRole; start: number }[] = [];
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  const addBreak = () => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      segments.push({ start: length, node: null });
      length += 1;
    }
  };
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      if (pendingBreak) addBreak();
      pendingBreak = false;
      segments.push({ start: length, node: map ? map(node as Text) : (node as Text) });
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== 1 && node !== root) continue;
    const el = node as Element;
    const isBlock = node !== root && BLOCK_TAGS.has(el.tagName);
    if (exit) {
      const role = roleOf(el);
      if (role) {
        const o = open.pop()!;
        if (length > o.start) blocks.push({ role, start: o.start, end: length });
      }
      if (isBlock) pendingBreak = true;
      continue;
    }
    if (node !== root) {
      if (isBlock) pendingBreak = true;
      const role = roleOf(el);
      if (role) {
        if (pendingBreak) addBreak();
        pendingBreak = false;
        open.push({ role, start: length });
      }
      stack.push({ node, exit: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  blocks.sort((a, b) => a.start - b.start);
  return { text: parts.join(''), segments, blocks };
}
