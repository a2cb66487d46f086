/** The command line's DOM loader: linkedom made to match what a browser's parser builds. */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../scripts/cli/load-dom';
import { extractArticle } from '../../utils/extract/extract';

const para = (i: number) =>
  `<p>Paragraph ${i}, long enough to count, with commas, words, and more words to read.</p>`;

describe('loadDocument', () => {
  it('leaves a template’s markup out of the page, as browsers do', () => {
    const doc = loadDocument(
      `<html><head><template><p>${'tracking code, '.repeat(20)}</p></template></head>` +
        `<body><article>${[1, 2, 3, 4, 5].map(para).join('')}</article></body></html>`,
    );
    expect(doc.querySelector('template')?.childNodes.length).toBe(0);
    expect(extractArticle(doc, { url: null })?.article.text).toContain('Paragraph 5');
  });

  it('moves body content written inside <head> to the start of <body>', () => {
    const doc = loadDocument(
      '<html><head><title>T</title><div id="stray">x</div></head><body><p>y</p></body></html>',
    );
    expect(doc.head.querySelector('#stray')).toBeNull();
    expect(doc.body.firstElementChild?.id).toBe('stray');
    expect(doc.head.querySelector('title')).not.toBeNull();
  });
});
