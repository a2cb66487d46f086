// @vitest-environment happy-dom
// The My sources page against WXT's fake browser storage and a stand-in background that
// describes outlets from the real catalog, as the real one does.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/my-sources/App';
import { getCatalogIndex } from '@/utils/background/catalog-loader';
import { summarizeOutlet } from '@/utils/core/report';
import { dayOf } from '@/utils/my-sources/model';
import type { Envelope } from '@/utils/messaging';
import { getSettings } from '@/utils/settings';
import { stubI18n } from './i18n-stub';

beforeAll(() => stubI18n('en'));
beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async ({ type, data }: Envelope) => {
      if (type !== 'describeOutlets') return { ok: false, error: 'unexpected' };
      const outlets = getCatalogIndex().aliases.outlets;
      const ids = (data as { ids: string[] }).ids.filter((id) => outlets.has(id));
      return { ok: true, value: ids.map((id) => summarizeOutlet(outlets.get(id)!)) };
    },
  });
});
afterEach(cleanup);

const today = dayOf(new Date());
const article = (page: string, ...ids: string[]) => ({
  day: today,
  page: page.padStart(16, '0'),
  publisher: null,
  outlets: ids.map((id) => ({ id, kinds: ['report'] })),
});
const store = (articles: unknown[]) =>
  fakeBrowser.storage.local.set({ 'sourcelens-my-sources': { salt: 'ab'.repeat(16), articles } });

describe('My sources page', () => {
  it('is off by default and says what it would keep', async () => {
    render(<App />);
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: /Keep My sources/ });
    expect(box.checked).toBe(false);
    expect(screen.getByText(/no address, no title, no text/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(async () => expect((await getSettings()).mySources).toBe(true));
  });

  it('sums the articles of the last 7 and 30 days', async () => {
    await store([article('a', 'reuters', 'associated-press'), article('b', 'reuters')]);
    render(<App />);
    const week = await screen.findByRole('region', { name: 'Last 7 days' });
    expect(week.querySelector('.period-count')?.textContent).toBe(
      '2 articles · 1 rests on a single outlet',
    );
    await waitFor(() =>
      expect(week.querySelector('.period-shares')?.textContent).toContain('Wire agencies: 100%'),
    );
    expect(week.querySelector('[data-outlet="reuters"]')?.textContent).toBe('Reuters 2 articles');
    expect(screen.getByRole('region', { name: 'Last 30 days' }).getAttribute('data-articles')).toBe(
      '2',
    );
  });

  it('forgets everything after a second click', async () => {
    await store([article('a', 'reuters')]);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget every article' }));
    await screen.findByText('Forgotten: nothing is kept any more.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('has no axe-core violations', async () => {
    await store([article('a', 'reuters')]);
    const { container } = render(<App />);
    await screen.findByRole('region', { name: 'Last 7 days' });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
