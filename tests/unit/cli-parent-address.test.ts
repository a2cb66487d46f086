/**
 * The command line's JSON gives a programme or sub-brand without a site of its own the address of
 * its broadcaster (scripts/cli/annotate-file.ts), and keeps an outlet's own address otherwise.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import { annotateHtml } from '../../scripts/cli/annotate-file';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);
const page = (text: string) =>
  '<!doctype html><html lang="en"><head><title>Senate vote</title></head><body><article>' +
  `<h1>Senate vote</h1><p>${text}</p><p>The vote is expected on Thursday afternoon.</p>` +
  '</article></body></html>';

describe('addresses in the command line JSON', () => {
  it("give a programme without a site its broadcaster's address", () => {
    const r = annotateHtml(
      'p.html',
      page("Speaking on CBS's Face the Nation on Sunday, the senator said the bill would pass."),
      index,
      null,
    );
    const o = r.outlets.find((x) => x.id === 'face-the-nation');
    expect(o?.domains).toEqual(['cbsnews.com']);
  });

  it('keep an outlet its own address', () => {
    const r = annotateHtml(
      'p.html',
      page('The senator told Reuters that the bill would pass.'),
      index,
      null,
    );
    expect(r.outlets.find((x) => x.id === 'reuters')?.domains).toContain('reuters.com');
  });
});
