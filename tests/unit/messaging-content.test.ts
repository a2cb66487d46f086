import { describe, expect, it } from 'vitest';
import { parseToContent } from '../../utils/messaging';

describe('parseToContent', () => {
  it.each([
    [
      { type: 'showHighlights', data: { on: true } },
      { ok: true, type: 'showHighlights', data: { on: true } },
    ],
    [
      { type: 'focusAttribution', data: { outletIndex: 2, mentionIndex: 0, extra: 'dropped' } },
      { ok: true, type: 'focusAttribution', data: { outletIndex: 2, mentionIndex: 0 } },
    ],
  ])('accepts %j', (raw, expected) => {
    expect(parseToContent(raw)).toEqual(expected);
  });

  it.each([
    null,
    'showHighlights',
    { type: 'showHighlights', data: { on: 'yes' } },
    { type: 'showHighlights' },
    { type: 'focusAttribution', data: { outletIndex: -1, mentionIndex: 0 } },
    { type: 'focusAttribution', data: { outletIndex: 1.5, mentionIndex: 0 } },
    { type: 'focusAttribution', data: { outletIndex: 0, mentionIndex: 1e9 } },
    { type: 'getTabState', data: { tabId: 1 } },
    { type: '__proto__', data: {} },
  ])('refuses %j', (raw) => {
    expect(parseToContent(raw).ok).toBe(false);
  });
});
