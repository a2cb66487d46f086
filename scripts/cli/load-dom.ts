import { parseHTML } from 'linkedom';

/** Elements an HTML parser keeps in <head>; anything else there belongs to the body. */
const HEAD_ELEMENTS = new Set([
  'BASE',
  'LINK',
  'META',
  'NOSCRIPT',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
]);

/**
 * Moves body content that the markup left in <head> to the start of <body>, as a browser's
 * parser does ("in head" insertion mode closes the head at the first such element). linkedom
 * keeps it where the markup put it, and Readability then climbs from a candidate in <head>
 * looking for <body> and crashes.
 */
function moveStrayHeadContent(document: Document): void {
  const { head, body } = document;
  if (!head || !body) return;
  const stray = [...head.children].filter((el) => !HEAD_ELEMENTS.has(el.tagName));
  for (const el of stray.reverse()) body.insertBefore(el, body.firstChild);
}

/**
 * Empties every <template>: a browser parses a template's markup into a separate, inert
 * fragment (`template.content`), so its elements are no part of the page. linkedom keeps them
 * as children, where Readability scores them (a <template> of scripts in <head> made it climb
 * from <head> looking for <body> and crash).
 */
function emptyTemplates(document: Document): void {
  for (const t of document.querySelectorAll('template')) {
    while (t.firstChild) t.removeChild(t.firstChild);
  }
}

/**
 * Parses an HTML string into a Document for the command line and benchmarks. linkedom is the
 * fastest DOM for Readability in Node.
 */
export function loadDocument(html: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  emptyTemplates(doc);
  moveStrayHeadContent(doc);
  return doc;
}
