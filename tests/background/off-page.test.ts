/**
 * Readability off the page: the background reads a content script's snapshot (Firefox's
 * background page itself, Chrome's offscreen document with the same function) and trusts
 * nothing in it. A DOM stands in for the background page's (linkedom's DOMParser).
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOffPageParser } from '../../utils/background/off-page';
import { startSnapshot } from '../../utils/extract/snapshot';
import { MAX_SNAPSHOT } from '../../utils/messaging';
import { loadDocument } from '../../scripts/cli/load-dom';
import { fromTab, makeService, testBrowser } from './support';

const TAB = 7;
const page = readFileSync(
  new URL('../fixtures/pages/us-israel-relations/source.html', import.meta.url),
  'utf8',
);

function snapshotOf(html: string) {
  const writer = startSnapshot(loadDocument(html), true);
  while (!writer.step(() => true));
  return writer.json;
}

const service = () => makeService(undefined, { parseSnapshot: createOffPageParser(testBrowser) });
const ask = (data: unknown, sender = fromTab(TAB)) =>
  service().handleMessage({ type: 'parseSnapshot', data }, sender);

describe('the background reading a snapshot', () => {
  const global = globalThis as { DOMParser?: unknown };
  beforeAll(() => {
    global.DOMParser = DOMParser;
  });
  afterAll(() => {
    delete global.DOMParser;
  });
  beforeEach(() => fakeBrowser.reset());

  it('answers the article with the number of each run’s text node', async () => {
    const reply = await ask({ withUnlikely: false, ops: snapshotOf(page) });
    expect(reply.ok).toBe(true);
    const article = (reply as { value: { text: string; runs: number[] } }).value;
    expect(article.text).toContain('Reuters');
    expect(article.runs.length % 2).toBe(0);
    expect(article.runs.filter((n, i) => i % 2 === 1).some((n) => n >= 0)).toBe(true);
  });

  it.each([
    ['no JSON', { withUnlikely: true, ops: '[1, "html"' }],
    ['a malformed tree', { withUnlikely: true, ops: '[1,"html",0,0,0]' }],
    ['an invalid tag name', { withUnlikely: true, ops: '[1,"html",0,1,"a b",0,0,0]' }],
    ['a number of attributes past the list', { withUnlikely: true, ops: '[1,"html",9,"a"]' }],
    ['a missing flag', { ops: '[1,"html",0,0]' }],
    ['a flag that is no boolean', { withUnlikely: 'yes', ops: '[1,"html",0,0]' }],
    ['ops that are no string', { withUnlikely: true, ops: [1, 'html', 0, 0] }],
    ['a snapshot over the size cap', { withUnlikely: true, ops: 'x'.repeat(MAX_SNAPSHOT + 1) }],
  ])('refuses %s', async (_what, data) => {
    const reply = await ask(data);
    expect(reply.ok).toBe(false);
  });

  it('refuses a snapshot from a frame that is not the top one', async () => {
    const reply = await ask(
      { withUnlikely: true, ops: snapshotOf('<p>x</p>') },
      { ...fromTab(TAB), frameId: 3 },
    );
    expect(reply).toEqual({ ok: false, error: 'Not a tab' });
  });

  it('says when no off-page parser is wired', async () => {
    const reply = await makeService().handleMessage(
      { type: 'parseSnapshot', data: { withUnlikely: true, ops: '[]' } },
      fromTab(TAB),
    );
    expect(reply.ok).toBe(false);
  });
});
