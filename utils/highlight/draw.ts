import type { CreditKind } from '../core/types';

/** Prefix shared by everything SourceLens adds to a page. */
export const PREFIX = 'sourcelens';

/** The highlight registered for each kind of credit (`::highlight(sourcelens-report)`…). */
export const highlightName = (kind: CreditKind) => `${PREFIX}-${kind}`;

/** True when the page's browser supports the CSS Custom Highlight API. */
export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** One outline colour per kind, readable on light and dark pages (underline + tint). */
const STYLE = `
::highlight(${PREFIX}-report),::highlight(${PREFIX}-other){background-color:rgba(37,99,235,.22);text-decoration:underline 2px rgba(37,99,235,.9);}
::highlight(${PREFIX}-quote),::highlight(${PREFIX}-interview){background-color:rgba(147,51,234,.2);text-decoration:underline 2px rgba(147,51,234,.9);}
::highlight(${PREFIX}-analysis){background-color:rgba(13,148,136,.22);text-decoration:underline 2px rgba(13,148,136,.9);}
::highlight(${PREFIX}-photo),::highlight(${PREFIX}-video){background-color:rgba(217,119,6,.22);text-decoration:underline 2px rgba(217,119,6,.9);}
::highlight(${PREFIX}-byline){background-color:rgba(100,116,139,.25);text-decoration:underline 2px rgba(100,116,139,.9);}
::highlight(${PREFIX}-focus){background-color:rgba(250,204,21,.6);}
`;

/**
 * Adds the `::highlight()` rules as a constructed style sheet (no element in the page's DOM);
 * falls back to a prefixed <style> where adopting a sheet is refused. Returns its remover.
 */
function addStyle(doc: Document): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.id = `${PREFIX}-highlight-style`;
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

/**
 * Draws ranges with the CSS Custom Highlight API: the page's DOM and layout stay unchanged.
 * Returns a function that removes every highlight and the style rules.
 */
export function drawHighlights(
  doc: Document,
  items: { kind: CreditKind; range: Range }[],
): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  const byKind = new Map<string, Range[]>();
  for (const { kind, range } of items) {
    const name = highlightName(kind);
    byKind.set(name, [...(byKind.get(name) ?? []), range]);
  }
  const removeStyle = addStyle(doc);
  for (const [name, ranges] of byKind) win.CSS.highlights.set(name, new win.Highlight(...ranges));
  return () => {
    for (const name of byKind.keys()) win.CSS.highlights.delete(name);
    removeStyle();
  };
}
