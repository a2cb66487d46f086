/** Prefix shared by everything SourceLens adds to a page (highlight names, the card's element). */
export const PREFIX = 'sourcelens';
