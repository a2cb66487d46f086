/**
 * What the content script accepts from the background: the two messages of
 * `BackgroundToContent`, checked by plain guards (no schema library in the page), extra fields
 * dropped; anything else refused. And how the background reads the content script's replies.
 */
import { describe, expect, it } from 'vitest';
import {
  REPLY_PARSERS,
  TO_CONTENT_PARSERS,
  parseEnvelope,
  parseReply,
  type BackgroundToContent,
} from '../../utils/messaging';

const parse = (raw: unknown) => parseEnvelope<BackgroundToContent>(TO_CONTENT_PARSERS, raw);

describe('background → content messages', () => {
  it.each([
    [
      { type: 'showHighlights', data: { drawKinds: ['report', 'photo'], hideOutlets: [], on: 1 } },
      { type: 'showHighlights', data: { drawKinds: ['report', 'photo'], hideOutlets: [] } },
    ],
    [
      { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [0, 3] } },
      { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [0, 3] } },
    ],
    [
      { type: 'focusAttribution', data: { outletIndex: 2, mentionIndex: 0, extra: 'dropped' } },
      { type: 'focusAttribution', data: { outletIndex: 2, mentionIndex: 0 } },
    ],
    [
      { type: 'getPageState', data: null },
      { type: 'getPageState', data: null },
    ],
    [
      { type: 'analyzePage', data: null },
      { type: 'analyzePage', data: null },
    ],
  ])('accepts %j', (raw, message) => {
    expect(parse(raw)).toEqual({ ok: true, message });
  });

  it.each([
    null,
    'showHighlights',
    [{ type: 'showHighlights', data: { drawKinds: [] } }],
    { type: 'showHighlights', data: { on: true } },
    { type: 'showHighlights', data: { drawKinds: [] } },
    { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [1, 1] } },
    { type: 'showHighlights', data: { drawKinds: [], hideOutlets: [-1] } },
    { type: 'showHighlights', data: { drawKinds: [], hideOutlets: '0' } },
    {
      type: 'showHighlights',
      data: {
        drawKinds: [],
        hideOutlets: Array(1001)
          .fill(0)
          .map((_, i) => i),
      },
    },
    { type: 'showHighlights', data: { drawKinds: ['gossip'] } },
    { type: 'showHighlights', data: { drawKinds: ['photo', 'photo'] } },
    { type: 'showHighlights', data: { drawKinds: 'photo' } },
    { type: 'showHighlights' },
    { type: 'showHighlights', data: [true] },
    { type: 'focusAttribution', data: { outletIndex: -1, mentionIndex: 0 } },
    { type: 'focusAttribution', data: { outletIndex: 1.5, mentionIndex: 0 } },
    { type: 'focusAttribution', data: { outletIndex: 0, mentionIndex: 1e9 } },
    { type: 'focusAttribution', data: { outletIndex: '1', mentionIndex: 0 } },
    { type: 'getPageState', data: { status: 'ready' } },
    { type: 'getTabState', data: { tabId: 1 } },
    { type: 'probe', data: null },
    { type: 'toString', data: {} },
    JSON.parse('{"type":"__proto__","data":{}}'),
  ])('refuses %j', (raw) => {
    expect(parse(raw).ok).toBe(false);
  });
});

describe('content script replies, as the background reads them', () => {
  it.each([
    [
      { ok: true, value: null },
      { ok: true, value: null },
    ],
    [
      { ok: false, error: 'gone' },
      { ok: false, error: 'gone' },
    ],
    [
      { ok: false, error: 'e'.repeat(10_000) },
      { ok: false, error: 'e'.repeat(500) },
    ],
  ])('passes on %j', (raw, expected) => {
    expect(parseReply(REPLY_PARSERS.showHighlights, raw)).toEqual(expected);
  });

  it.each([
    undefined,
    null,
    'ok',
    { ok: true },
    { ok: true, value: { report: {} } },
    { ok: false },
  ])('turns %j into a refusal', (raw) => {
    expect(parseReply(REPLY_PARSERS.focusAttribution, raw).ok).toBe(false);
  });
});
