// @vitest-environment happy-dom
// Drawing, the hover card and the re-anchor budget touch the DOM (Ranges, shadow roots, style
// sheets). happy-dom has no CSS Custom Highlight API, so a minimal registry stands in for it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paint } from '@/utils/highlight/highlight-api';
import { createHoverCard } from '@/utils/highlight/hover-card';
import { createBudget } from '@/entrypoints/news.content/watch';
import {
  FakeHighlight,
  installHighlightApi,
  registry,
  uninstallHighlightApi,
} from './highlight-api-stub';

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(
    '<body><p id="p">Waves hit the road, according to Reuters, on Monday.</p></body>',
    'text/html',
  );
  document.body.replaceWith(document.importNode(parsed.body, true));
  installHighlightApi();
});
afterEach(uninstallHighlightApi);

function rangeOf(phrase: string): Range {
  const text = document.getElementById('p')!.firstChild as Text;
  const at = text.data.indexOf(phrase);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + phrase.length);
  return range;
}

describe('paint with the Highlight API', () => {
  it('registers one prefixed name per kind and leaves the DOM as it was', () => {
    const html = document.documentElement.innerHTML;
    const painting = paint(document, [
      { kind: 'report', range: rangeOf('according to Reuters') },
      { kind: 'photo', range: rangeOf('Waves') },
      { kind: 'report', range: rangeOf('Monday') },
    ]);
    expect([...registry.keys()].sort()).toEqual(['sourcelens-photo', 'sourcelens-report']);
    expect([...registry.get('sourcelens-report')!].map((r) => r.toString())).toEqual([
      'according to Reuters',
      'Monday',
    ]);
    expect(document.documentElement.innerHTML).toBe(html);
    expect(document.adoptedStyleSheets.length).toBe(1);
    painting.remove();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('notices when the page clears the registry, and only deletes its own entries', () => {
    const painting = paint(document, [{ kind: 'quote', range: rangeOf('Reuters') }]);
    expect(painting.isIntact()).toBe(true);
    registry.clear();
    expect(painting.isIntact()).toBe(false);
    const pages = new FakeHighlight(rangeOf('road'));
    registry.set('sourcelens-quote', pages);
    painting.remove();
    expect(registry.get('sourcelens-quote')).toBe(pages);
  });

  it('draws the focus over the kind colour and clears it', () => {
    const painting = paint(document, [{ kind: 'report', range: rangeOf('Reuters') }]);
    painting.setFocus(0);
    expect([...registry.get('sourcelens-focus')!].map((r) => r.toString())).toEqual(['Reuters']);
    painting.setFocus(null);
    expect(registry.has('sourcelens-focus')).toBe(false);
    painting.remove();
  });
});

describe('hover card', () => {
  const content = {
    outletName: 'Reuters',
    facts: 'News agency · United Kingdom',
    kindLabel: 'report',
    evidence: 'Waves hit the road, <img src=x onerror=alert(1)> according to Reuters.',
    related: {
      href: 'https://www.google.com/search?q=site%3Areuters.com',
      label: 'Find related coverage',
    },
    closeLabel: 'Close',
  };

  it('keeps its shadow root closed to the page', () => {
    const card = createHoverCard(document);
    card.show(content, new DOMRect(10, 10, 50, 16));
    expect(document.querySelector('sourcelens-card')!.shadowRoot).toBeNull();
    card.hide();
  });

  // Open roots below (the test seam), so the test can read what the card shows.
  it('shows the credit in a shadow root, as text, and leaves nothing behind when hidden', () => {
    const card = createHoverCard(document, undefined, 'open');
    card.show(content, new DOMRect(10, 10, 50, 16), { focus: true });
    const host = document.querySelector('sourcelens-card')!;
    const root = host.shadowRoot!;
    expect(root.querySelector('.name')?.textContent).toBe('Reuters');
    expect(root.querySelector('.evidence')?.textContent).toBe(content.evidence);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBe(content.related.href);
    expect(root.activeElement?.getAttribute('role')).toBe('dialog');
    card.hide();
    expect(document.querySelector('sourcelens-card')).toBeNull();
    expect(card.isOpen).toBe(false);
  });

  it('closes from its button and tells its owner', () => {
    let closed = 0;
    const card = createHoverCard(document, () => closed++, 'open');
    card.show(content, new DOMRect(0, 0, 10, 10));
    (
      document
        .querySelector('sourcelens-card')!
        .shadowRoot!.querySelector('button') as HTMLButtonElement
    ).click();
    expect(closed).toBe(1);
    expect(card.isOpen).toBe(false);
  });
});

describe('re-anchor budget', () => {
  it('allows five re-anchors in ten seconds, then refuses until the window passes', () => {
    let now = 0;
    const budget = createBudget(5, 10_000, () => now);
    const first = Array.from({ length: 6 }, () => budget.take());
    expect(first).toEqual([true, true, true, true, true, false]);
    now = 20_000;
    expect(budget.take()).toBe(true);
  });
});
