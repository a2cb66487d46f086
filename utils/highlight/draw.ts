import type { CreditKind } from '../core/types';

/** Prefix shared by everything SourceLens adds to a page. */
export const PREFIX = 'sourcelens';

/** The highlight registered for each kind of credit (`::highlight(sourcelens-report)`…). */
export const highlightName = (kind: CreditKind) => `${PREFIX}-${kind}`;

/** True when the page's browser supports the CSS Custom Highlight API. */
export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  return (
    typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function'
  );
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
 * Adds `css` as a constructed style sheet (no element in the page's DOM); falls back to a
 * prefixed <style> where adopting a sheet is refused. Returns its remover.
 */
export function adoptStyle(doc: Document, css: string = STYLE): () => void {
  const win = doc.defaultView as Window & typeof globalThis;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.id = `${PREFIX}-highlight-style`;
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

/** Something drawn in the page: how to remove it, and whether the page has left it in place. */
export interface Drawing {
  remove(): void;
  /** False once the page cleared or replaced our highlights (or removed our marks). */
  isIntact(): boolean;
}

/**
 * Draws ranges with the CSS Custom Highlight API: the page's DOM and layout stay unchanged.
 * Returns the drawing, whose `remove` deletes every highlight and the style rules.
 */
export function drawHighlights(
  doc: Document,
  items: { kind: CreditKind; range: Range }[],
): Drawing {
  const win = doc.defaultView as Window & typeof globalThis;
  const byKind = new Map<string, Range[]>();
  for (const { kind, range } of items) {
    const name = highlightName(kind);
    byKind.set(name, [...(byKind.get(name) ?? []), range]);
  }
  const removeStyle = adoptStyle(doc);
  const drawn = new Map<string, Highlight>();
  for (const [name, ranges] of byKind) {
    const highlight = new win.Highlight(...ranges);
    drawn.set(name, highlight);
    win.CSS.highlights.set(name, highlight);
  }
  return {
    remove() {
      // Delete only our own entries: the page may have re-registered a name meanwhile.
      for (const [name, h] of drawn)
        if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
      removeStyle();
    },
    isIntact: () => [...drawn].every(([name, h]) => win.CSS.highlights.get(name) === h),
  };
}
