/**
 * Untrusted messages: whatever a content script (that is, a page) sends, the background
 * validates it against a schema and a size cap, takes the tab from the sender, keeps the
 * extension-page protocol for extension pages, and a refused message changes nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fitArticlePayload, MAX_MESSAGE_SIZE, MAX_TEXT_LENGTH } from '../../utils/messaging';
import type { SenderInfo } from '../../utils/background/service';
import { article, fromPopup, fromTab, makeService, snapshot } from './support';

const TAB = 5;
const OTHER = 9;

/** Nested `depth` levels deep, without recursion (a recursive builder would overflow first). */
function nested(depth: number): unknown {
  let x: unknown = {};
  for (let i = 0; i < depth; i++) x = { x };
  return x;
}

const bad: [string, unknown][] = [
  ['null', null],
  ['a string', 'submitArticle'],
  ['a number', 42],
  ['an array', [{ type: 'submitArticle', data: article() }]],
  ['no type', { data: article() }],
  ['an unknown type', { type: 'deleteEverything', data: {} }],
  ['an inherited property as type', { type: 'toString', data: {} }],
  ['__proto__ as type', JSON.parse('{"type":"__proto__","data":{}}')],
  ['no payload', { type: 'submitArticle' }],
  ['a payload of the wrong type', { type: 'submitArticle', data: 'text' }],
  ['a missing field', { type: 'submitArticle', data: { ...article(), text: undefined } }],
  [
    'text over the limit',
    { type: 'submitArticle', data: article({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }) },
  ],
  [
    'a 2,001-character title',
    { type: 'submitArticle', data: article({ title: 't'.repeat(2_001) }) },
  ],
  [
    'a block past the text',
    {
      type: 'submitArticle',
      data: article({ blocks: [{ start: 0, end: 10_000, role: 'caption' }] }),
    },
  ],
  [
    'a block ending before it starts',
    { type: 'submitArticle', data: article({ blocks: [{ start: 9, end: 2, role: 'byline' }] }) },
  ],
  [
    'a negative offset',
    { type: 'submitArticle', data: article({ blocks: [{ start: -1, end: 2, role: 'quote' }] }) },
  ],
  [
    'a fractional offset',
    { type: 'submitArticle', data: article({ blocks: [{ start: 0.5, end: 2, role: 'quote' }] }) },
  ],
  [
    'NaN as offset',
    { type: 'submitArticle', data: article({ blocks: [{ start: NaN, end: 2, role: 'quote' }] }) },
  ],
  [
    'an unknown block role',
    {
      type: 'submitArticle',
      data: { ...article(), blocks: [{ start: 0, end: 2, role: 'script' }] },
    },
  ],
  [
    '20,001 blocks',
    {
      type: 'submitArticle',
      data: article({
        blocks: Array.from({ length: 20_001 }, () => ({
          start: 0,
          end: 1,
          role: 'quote' as const,
        })),
      }),
    },
  ],
  [
    'an extra field over the total size cap',
    { type: 'submitArticle', data: { ...article(), junk: 'x'.repeat(MAX_MESSAGE_SIZE) } },
  ],
  [
    'ten million array entries',
    { type: 'submitArticle', data: { ...article(), junk: new Array<number>(10_000_000).fill(0) } },
  ],
  [
    'nesting 100,000 levels deep',
    { type: 'submitArticle', data: { ...article(), junk: nested(100_000) } },
  ],
  [
    'a "ready" state with a forged report',
    { type: 'reportPageState', data: { status: 'ready', report: {}, highlightsOn: true } },
  ],
  [
    'an error message over the limit',
    { type: 'reportPageState', data: { status: 'error', message: 'e'.repeat(2_001) } },
  ],
  ['a popup message (getTabState)', { type: 'getTabState', data: { tabId: TAB } }],
  ['a popup message (setHighlights)', { type: 'setHighlights', data: { tabId: OTHER, on: false } }],
  [
    'a popup message (focusAttribution)',
    { type: 'focusAttribution', data: { tabId: OTHER, outletIndex: 0, mentionIndex: 0 } },
  ],
  ['a popup message (getRelatedCoverage)', { type: 'getRelatedCoverage', data: { tabId: OTHER } }],
];

describe('messages from content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  async function withTwoReadyTabs() {
    const service = makeService();
    expect(
      (await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(TAB))).ok,
    ).toBe(true);
    expect(
      (await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(OTHER))).ok,
    ).toBe(true);
    return service;
  }

  it('accepts a valid article and sets that tab’s state and badge', async () => {
    await withTwoReadyTabs();
    const { badges } = await snapshot([TAB, OTHER]);
    expect(badges).toEqual(['2', '2']);
  });

  it.each(bad)('refuses %s and changes nothing', async (_name, raw) => {
    const service = await withTwoReadyTabs();
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const before = await snapshot([TAB, OTHER]);
    const reply = await service.handleMessage(raw, fromTab(TAB));
    expect(reply.ok).toBe(false);
    expect(await snapshot([TAB, OTHER])).toEqual(before);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('takes the tab from the sender, never from the payload', async () => {
    const service = makeService();
    const data = { ...article(), tabId: OTHER, tab: { id: OTHER } };
    expect((await service.handleMessage({ type: 'submitArticle', data }, fromTab(TAB))).ok).toBe(
      true,
    );
    const states = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(states)).toEqual([`sourcelens:tab:${TAB}`]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: OTHER })).toBe('');
  });

  it('takes the page address from the sender: a page cannot pose as another outlet', async () => {
    const service = makeService();
    const forged = article({ url: 'https://www.reuters.com/world/x' });
    await service.handleMessage(
      { type: 'submitArticle', data: forged },
      fromTab(TAB, 'https://evil.example/x'),
    );
    const reply = await service.handleMessage(
      { type: 'getTabState', data: { tabId: TAB } },
      fromPopup(),
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { status: 'ready', report: { url: 'https://evil.example/x', publisher: null } },
    });
  });

  it.each<[string, SenderInfo]>([
    ['a sub-frame', { url: 'https://ads.example/', frameId: 3, tab: { id: TAB } }],
    ['no tab', { url: 'https://news.example/' }],
    ['a negative tab id', { url: 'https://news.example/', frameId: 0, tab: { id: -1 } }],
    [
      'an address that only contains the extension origin',
      {
        url: `https://evil.example/${fakeBrowser.runtime.getURL('/')}`,
        frameId: 0,
        tab: { id: TAB },
      },
    ],
  ])('treats a sender with %s as untrusted', async (_name, sender) => {
    const service = makeService();
    const popupMessage = await service.handleMessage(
      { type: 'getTabState', data: { tabId: TAB } },
      sender,
    );
    expect(popupMessage.ok).toBe(false);
    await service.handleMessage({ type: 'submitArticle', data: article() }, sender);
    // Only a top frame of a real tab may file a report, and only for that tab.
    const stored = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(stored.every((key) => key === `sourcelens:tab:${TAB}`)).toBe(true);
    if (sender.frameId !== 0 || (sender.tab?.id ?? -1) < 0) expect(stored).toEqual([]);
  });

  it('accepts a huge extracted article once fitted to the limits (prefix kept, offsets valid)', async () => {
    const service = makeService();
    const text = 'The talks resumed, according to Reuters.\n' + 'x'.repeat(2 * MAX_TEXT_LENGTH);
    const huge = article({
      text,
      title: 't'.repeat(5_000),
      byline: 'b'.repeat(5_000),
      blocks: [
        { start: 0, end: 10, role: 'heading' },
        { start: 20, end: text.length, role: 'quote' },
        { start: MAX_TEXT_LENGTH + 5, end: MAX_TEXT_LENGTH + 9, role: 'caption' },
      ],
    });
    expect(
      (await service.handleMessage({ type: 'submitArticle', data: huge }, fromTab(TAB))).ok,
    ).toBe(false);
    const fitted = fitArticlePayload(huge);
    expect(text.startsWith(fitted.text)).toBe(true);
    expect(fitted.blocks).toEqual([
      { start: 0, end: 10, role: 'heading' },
      { start: 20, end: MAX_TEXT_LENGTH, role: 'quote' },
    ]);
    const reply = await service.handleMessage(
      { type: 'submitArticle', data: fitted },
      fromTab(TAB),
    );
    expect(reply).toMatchObject({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
  });

  it('answers the popup, which names the tab it asks about', async () => {
    const service = await withTwoReadyTabs();
    const reply = await service.handleMessage(
      { type: 'getTabState', data: { tabId: OTHER } },
      fromPopup(),
    );
    expect(reply).toMatchObject({ ok: true, value: { status: 'ready' } });
  });

  it('refuses malformed popup messages too', async () => {
    const service = await withTwoReadyTabs();
    const before = await snapshot([TAB, OTHER]);
    for (const data of [{ tabId: -1 }, { tabId: 1.5 }, { tabId: '5' }, {}, null]) {
      for (const type of ['getTabState', 'setHighlights', 'focusAttribution', 'submitArticle']) {
        expect((await service.handleMessage({ type, data }, fromPopup())).ok).toBe(false);
      }
    }
    expect(
      (
        await service.handleMessage(
          { type: 'setHighlights', data: { tabId: TAB, on: 'no' } },
          fromPopup(),
        )
      ).ok,
    ).toBe(false);
    // Content-script messages are not part of the popup's protocol.
    expect(
      (
        await service.handleMessage(
          { type: 'reportPageState', data: { status: 'not-article' } },
          fromPopup(),
        )
      ).ok,
    ).toBe(false);
    expect(await snapshot([TAB, OTHER])).toEqual(before);
  });
});
