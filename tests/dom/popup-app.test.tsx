// @vitest-environment happy-dom
// The whole popup (App) against a stand-in background: WXT's fake browser with the tab query and
// runtime messages answered here, so each state the background can report is rendered for real.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App, { RENDERED_MARK } from '@/entrypoints/popup/App';
import type { LiveCoverage } from '@/utils/messaging';
import type { ArticleReport } from '@/utils/core/report';
import type { Envelope, Result, TabState } from '@/utils/messaging';
import { getSettings, updateSettings } from '@/utils/settings';
import { stubI18n } from './i18n-stub';
import { referenceReport } from './reference-report';

const TAB = 7;
const URL_ = 'https://www.vietnam.vn/en/what-is-happening-to-us-israel-relations';
let report: ArticleReport;
let tabState: TabState;
let live: LiveCoverage;
let sent: Envelope[];
let failSetHighlights: boolean;

function answer(envelope: Envelope): Result<unknown> {
  sent.push(envelope);
  if (envelope.type === 'getTabState') return { ok: true, value: tabState };
  if (envelope.type === 'getRelatedCoverage') return { ok: true, value: live };
  if (envelope.type === 'setHighlights')
    return failSetHighlights ? { ok: false, error: 'gone' } : { ok: true, value: null };
  return { ok: true, value: null };
}

function openTab(url: string) {
  Object.assign(fakeBrowser.tabs, {
    query: async () => [{ id: TAB, url }],
    reload: vi.fn(async () => undefined),
  });
}

beforeAll(() => {
  stubI18n('en');
  report = referenceReport();
});
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  failSetHighlights = false;
  live = { status: 'off' };
  tabState = { status: 'ready', report, highlightsOn: true };
  openTab(URL_);
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async (envelope: Envelope) => answer(envelope),
    openOptionsPage: vi.fn(async () => undefined),
  });
  performance.clearMarks();
});
afterEach(cleanup);

describe('popup app', () => {
  it('renders the report and sets the first-render mark once', async () => {
    render(<App />);
    await screen.findByText('Cites 6 outlets');
    expect(document.querySelectorAll('.outlets > .outlet')).toHaveLength(6);
    expect(performance.getEntriesByName(RENDERED_MARK)).toHaveLength(1);
  });

  it('switches the tab’s highlights off through the background', async () => {
    render(<App />);
    const toggle = await screen.findByRole('switch', { name: 'Highlights on this page' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(sent).toContainEqual({ type: 'setHighlights', data: { tabId: TAB, on: false } });
  });

  it.each([
    [{ disabledSites: ['vietnam.vn'] }, 'Off for this site in the options.'],
    [{ highlightsEnabled: false }, 'Off for every site in the options.'],
  ])('shows the switch off and says why when the options say %j', async (patch, why) => {
    await updateSettings(patch);
    render(<App />);
    await screen.findByText(why);
    const toggle = screen.getByRole<HTMLButtonElement>('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.disabled).toBe(true);
  });

  it('puts the switch back when the page cannot follow', async () => {
    failSetHighlights = true;
    render(<App />);
    const toggle = await screen.findByRole('switch');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
  });

  it('asks the page to show a credit', async () => {
    render(<App />);
    await screen.findByText('Cites 6 outlets');
    fireEvent.click(document.querySelectorAll('[data-outlet-id="le-figaro"] .mention-button')[0]);
    expect(sent).toContainEqual({
      type: 'focusAttribution',
      data: { tabId: TAB, outletIndex: 3, mentionIndex: 0 },
    });
  });

  it.each([
    [{ status: 'not-article' } as TabState, 'not-article', 'Not an article'],
    [{ status: 'error', message: 'Boom' } as TabState, 'error', 'Something went wrong'],
    [{ status: 'not-running' } as TabState, 'not-running', 'SourceLens isn’t running in this tab'],
    [{ status: 'loading' } as TabState, 'loading', 'Reading the page…'],
  ])('shows the %j state with what to do', async (state, name, title) => {
    tabState = state;
    render(<App />);
    const section = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(`.state[data-state="${name}"]`);
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(section.querySelector('h2')?.textContent).toBe(title);
    expect(section.querySelector('p')?.textContent?.length).toBeGreaterThan(20);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('offers a reload on error', async () => {
    tabState = { status: 'error', message: 'Boom' };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the page' }));
    expect(fakeBrowser.tabs.reload).toHaveBeenCalledWith(TAB);
  });

  it('says when the page is off limits, without asking the background', async () => {
    openTab('chrome://extensions/');
    render(<App />);
    await screen.findByText('Can’t run on this page');
    expect(sent.filter((e) => e.type === 'getTabState')).toHaveLength(0);
  });

  it('says when the reader turned the site off, and turns it back on', async () => {
    await updateSettings({ disabledSites: ['vietnam.vn'] });
    tabState = { status: 'loading' };
    render(<App />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Turn SourceLens on for this site' }),
    );
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('lists live results on the outlet they belong to', async () => {
    live = {
      status: 'done',
      fetchedAt: '2024-03-28T00:00:00Z',
      outlets: [
        {
          outletId: 'associated-press',
          articles: [
            {
              title: 'UN demands Gaza ceasefire',
              url: 'https://apnews.com/a',
              domain: 'apnews.com',
              date: '2024-03-25T17:15:00Z',
            },
          ],
        },
      ],
    };
    render(<App />);
    const link = await screen.findByRole('link', { name: 'UN demands Gaza ceasefire' });
    expect(link.closest('[data-outlet-id]')?.getAttribute('data-outlet-id')).toBe(
      'associated-press',
    );
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('explains that live lookups are off and leads to the options', async () => {
    render(<App />);
    await screen.findByText(/Live lookups are off/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Options' }).at(-1)!);
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
  });
});
