import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into a Document for the command line and benchmarks. linkedom is the
 * fastest DOM for Readability in Node; `url` becomes the document's location when given.
 */
export function loadDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
