import { forEachTextNode } from '../../utils/extract/walk';

/**
 * linkedom has no `Range.setStart`, so anchoring (offsets → Ranges) cannot run on its documents
 * as is. This stand-in gives `rangeFromOffsets` the four members it uses, over text nodes only,
 * so the benchmark times the extension's own part of anchoring (segment search, checks, text
 * comparison) in Node. The browser's native Range is timed as part of the Chromium runs.
 */
class TextRange {
  private startNode: Text | null = null;
  private startOffset = 0;
  private endNode: Text | null = null;
  private endOffset = 0;

  constructor(
    private readonly order: Map<Text, number>,
    private readonly texts: Text[],
  ) {}

  setStart(node: Text, offset: number): void {
    if (!this.order.has(node) || offset > node.data.length) throw new RangeError('bad start');
    this.startNode = node;
    this.startOffset = offset;
  }

  setEnd(node: Text, offset: number): void {
    if (!this.order.has(node) || offset > node.data.length) throw new RangeError('bad end');
    this.endNode = node;
    this.endOffset = offset;
  }

  get collapsed(): boolean {
    return this.startNode === this.endNode && this.startOffset >= this.endOffset;
  }

  toString(): string {
    if (!this.startNode || !this.endNode) return '';
    const a = this.order.get(this.startNode)!;
    const b = this.order.get(this.endNode)!;
    if (a === b) return this.startNode.data.slice(this.startOffset, this.endOffset);
    let s = this.startNode.data.slice(this.startOffset);
    for (let i = a + 1; i < b; i++) s += this.texts[i].data;
    return s + this.endNode.data.slice(0, this.endOffset);
  }
}

/**
 * A stand-in for `doc` whose `createRange()` returns the text-only Range above. Indexing the document's
 * text nodes happens here, once, outside anything timed.
 */
export function withRangeShim(doc: Document): Document {
  const texts: Text[] = [];
  forEachTextNode(doc, (t) => texts.push(t));
  const order = new Map(texts.map((t, i) => [t, i]));
  // The quote search walks the body itself; only Range creation needs the stand-in.
  return {
    body: doc.body,
    documentElement: doc.documentElement,
    createRange: () => new TextRange(order, texts),
  } as unknown as Document;
}
