// @vitest-environment happy-dom
// The options page against WXT's fake browser storage: every control changes the stored
// settings, bad input and bad files change nothing, and live lookups ask for their permission.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/options/App';
import { CREDIT_KINDS } from '@/utils/core/types';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/utils/settings';
import { formatSettingsFile } from '@/utils/settings/transfer';
import { stubI18n } from './i18n-stub';

let granted: boolean;
const permissions = {
  request: vi.fn(async () => granted),
  contains: vi.fn(async () => granted),
  remove: vi.fn(async () => true),
};

beforeAll(() => stubI18n('en'));
beforeEach(() => {
  fakeBrowser.reset();
  granted = true;
  Object.values(permissions).forEach((f) => f.mockClear());
  Object.assign(fakeBrowser.permissions, permissions);
});
afterEach(cleanup);

const ready = () => screen.findByRole('heading', { level: 1, name: 'SourceLens options' });

async function importText(text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('switches highlights off, and a kind off', async () => {
    render(<App />);
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: 'photo' }));
    await waitFor(async () => expect((await getSettings()).highlightKinds).not.toContain('photo'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight credits in articles' }));
    await waitFor(async () => expect((await getSettings()).highlightsEnabled).toBe(false));
    expect((await getSettings()).highlightKinds).toEqual(CREDIT_KINDS.filter((k) => k !== 'photo'));
  });

  it('hides unlisted outlets and turns My sources on, both off by default', async () => {
    render(<App />);
    await ready();
    const hide = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Hide outlets that are not in the catalog',
    });
    const mine = screen.getByRole<HTMLInputElement>('checkbox', { name: /Keep My sources/ });
    expect([hide.checked, mine.checked]).toEqual([false, false]);
    fireEvent.click(hide);
    fireEvent.click(mine);
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({ hideUnlisted: true, mySources: true }),
    );
  });

  it('clears the reader corrections after a second click', async () => {
    await fakeBrowser.storage.local.set({
      'sourcelens-corrections': {
        sites: { 'a.com': { dismissed: [], missed: [{ outlet: 'X' }] } },
      },
    });
    render(<App />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Clear corrections' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear every correction' }));
    await screen.findByText('Corrections cleared.');
    expect(await fakeBrowser.storage.local.get('sourcelens-corrections')).toEqual({});
  });

  it('adds a site from an address and removes it', async () => {
    render(<App />);
    await ready();
    fireEvent.input(screen.getByLabelText('Site'), {
      target: { value: 'https://www.Example.com/news/1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.com']));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove example.com' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('refuses something that is not a site, with a message', async () => {
    render(<App />);
    await ready();
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/example\.com/);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('asks for the GDELT permission when live lookups are turned on', async () => {
    render(<App />);
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Look up related articles with GDELT' }));
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['https://api.gdeltproject.org/*'],
    });
    await waitFor(async () => expect((await getSettings()).liveLookups).toBe(true));
  });

  it('keeps live lookups off when the permission is refused', async () => {
    granted = false;
    render(<App />);
    await ready();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Look up related articles with GDELT' }));
    await screen.findByText('Permission not granted: live lookups stay off.');
    expect((await getSettings()).liveLookups).toBe(false);
  });

  it('says when the permission was withdrawn behind the setting’s back', async () => {
    await updateSettings({ liveLookups: true });
    granted = false;
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/withdrawn/);
  });

  it('imports a valid settings file', async () => {
    render(<App />);
    await ready();
    const settings = {
      ...DEFAULT_SETTINGS,
      highlightsEnabled: false,
      disabledSites: ['a.com', 'b.org'],
    };
    await importText(formatSettingsFile(settings));
    await screen.findByText('Settings imported.');
    expect(await getSettings()).toEqual(settings);
    expect(document.querySelector('[data-site="b.org"]')).toBeTruthy();
  });

  it.each([
    ['{ not json', 'this file is not JSON'],
    ['{"hello": "world"}', 'not a SourceLens settings export'],
    [
      '{"format":"sourcelens-settings","version":2,"settings":{"highlightsEnabled":1}}',
      'invalid setting',
    ],
  ])('refuses the file %j and changes nothing', async (text, message) => {
    await updateSettings({ disabledSites: ['keep.me'] });
    render(<App />);
    await ready();
    await importText(text);
    await screen.findByText(new RegExp(message));
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['keep.me'] });
  });

  it('imports live lookups as off until the permission is granted here', async () => {
    granted = false;
    render(<App />);
    await ready();
    await importText(formatSettingsFile({ ...DEFAULT_SETTINGS, liveLookups: true }));
    await screen.findByText(/Turn live lookups on here/);
    expect((await getSettings()).liveLookups).toBe(false);
  });

  it('says so when the browser refuses to store, and shows what is really stored', async () => {
    render(<App />);
    await ready();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const box = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Highlight credits in articles',
    });
    fireEvent.click(box);
    await screen.findByText(/Not saved/);
    expect((await getSettings()).highlightsEnabled).toBe(true);
    await waitFor(() => expect(box.checked).toBe(true));
    set.mockRestore();
  });

  it('has no axe-core violations', async () => {
    const { container } = render(<App />);
    await ready();
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
});
