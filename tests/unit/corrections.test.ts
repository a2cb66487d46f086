import { describe, expect, it } from 'vitest';
import {
  addDismissal,
  addMissed,
  coerceCorrections,
  dismissedOn,
  EMPTY_CORRECTIONS,
  formatCorrectionsFile,
  MAX_PER_SITE,
  removeDismissal,
  siteOf,
  type Dismissal,
} from '@/utils/settings/corrections';

const dismissal = (outletId: string): Dismissal => ({
  outletId,
  outletName: outletId,
  sentence: 'S',
  url: 'https://example.com/a',
  at: '2026-12-05T00:00:00.000Z',
});

describe('reader corrections', () => {
  it.each([
    ['https://www.Example.com/news/1', 'example.com'],
    ['http://news.example.org/x', 'news.example.org'],
    ['chrome://version', null],
    [null, null],
  ])('files %j under the site %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('dismisses an outlet once per site, and takes it back', () => {
    let c = addDismissal(EMPTY_CORRECTIONS, 'example.com', dismissal('ap'));
    c = addDismissal(c, 'example.com', dismissal('ap'));
    c = addDismissal(c, 'other.org', dismissal('afp'));
    expect([...dismissedOn(c, 'example.com')]).toEqual(['ap']);
    expect([...dismissedOn(c, 'other.org')]).toEqual(['afp']);
    c = removeDismissal(c, 'example.com', 'ap');
    expect(c.sites['example.com']).toBeUndefined();
  });

  it('keeps missed credits and caps each site', () => {
    let c = EMPTY_CORRECTIONS;
    for (let i = 0; i < MAX_PER_SITE + 5; i++)
      c = addMissed(c, 'example.com', { outlet: `O${i}`, sentence: '', url: '', at: '' });
    expect(c.sites['example.com'].missed).toHaveLength(MAX_PER_SITE);
    expect(c.sites['example.com'].missed.at(-1)?.outlet).toBe(`O${MAX_PER_SITE + 4}`);
  });

  it('repairs whatever is stored: bad sites and entries go, long text is cut', () => {
    const c = coerceCorrections({
      sites: {
        'Not A Host': { dismissed: [dismissal('x')] },
        'example.com': { dismissed: [dismissal('ap'), { outletName: 'no id' }], missed: 'x' },
        'other.org': { dismissed: [{ ...dismissal('afp'), sentence: 'x'.repeat(5_000) }] },
      },
    });
    expect(Object.keys(c.sites).sort()).toEqual(['example.com', 'other.org']);
    expect(c.sites['example.com'].dismissed).toHaveLength(1);
    expect(c.sites['other.org'].dismissed[0].sentence).toHaveLength(500);
  });

  it('exports every correction as a versioned JSON file', () => {
    const c = addDismissal(EMPTY_CORRECTIONS, 'example.com', dismissal('ap'));
    const file = JSON.parse(formatCorrectionsFile(c, new Date('2026-12-05T00:00:00Z')));
    expect(file).toMatchObject({
      format: 'sourcelens-corrections',
      version: 1,
      exportedAt: '2026-12-05T00:00:00.000Z',
      sites: { 'example.com': { dismissed: [dismissal('ap')], missed: [] } },
    });
  });
});
