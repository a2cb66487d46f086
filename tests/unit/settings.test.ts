import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CREDIT_KINDS } from '@/utils/core/types';
import {
  DEFAULT_SETTINGS,
  coerceSettings,
  isSiteDisabled,
  migrateSettingsV1toV2,
  migrateSettingsV2toV3,
  normalizeHostname,
  shouldHighlight,
} from '@/utils/settings/schema';
import { formatSettingsFile, parseSettingsFile } from '@/utils/settings/transfer';

describe('settings schema', () => {
  it('starts with highlights on for every kind and no network', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      highlightsEnabled: true,
      highlightKinds: [...CREDIT_KINDS],
      disabledSites: [],
      liveLookups: false,
      hideUnlisted: false,
      mySources: false,
    });
  });

  it.each([
    [{ highlights: false }, false, false],
    [{ highlights: true, liveLookups: true }, true, true],
    [{}, true, false],
  ])('migrates v1 %j', (old, on, live) => {
    const next = migrateSettingsV1toV2(old);
    expect(next.highlightsEnabled).toBe(on);
    expect(next.liveLookups).toBe(live);
    expect(next.highlightKinds).toEqual([...CREDIT_KINDS]);
    expect(next.disabledSites).toEqual([]);
  });

  it('migrates v2 to v3 keeping every field, unlisted outlets shown and My sources off', () => {
    const v2 = {
      highlightsEnabled: false,
      highlightKinds: ['photo'],
      disabledSites: ['a.com'],
      liveLookups: true,
    };
    expect(migrateSettingsV2toV3(v2 as never)).toEqual({
      ...v2,
      hideUnlisted: false,
      mySources: false,
    });
  });

  it('keeps valid fields and repairs invalid ones', () => {
    const s = coerceSettings({
      highlightsEnabled: false,
      highlightKinds: ['nonsense'],
      disabledSites: 'x',
    });
    expect(s.highlightsEnabled).toBe(false);
    expect(s.highlightKinds).toEqual([...CREDIT_KINDS]);
    expect(s.disabledSites).toEqual([]);
    expect(s.liveLookups).toBe(false);
  });

  it.each([
    ['https://www.Example.com/news/1', 'example.com'],
    ['  news.bbc.co.uk ', 'news.bbc.co.uk'],
    ['example.com.', 'example.com'],
    ['localhost', null],
    ['not a site', null],
    ['', null],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it('switches a site off with its subdomains, not look-alikes', () => {
    const s = { disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'example.com')).toBe(true);
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(s, 'example.org')).toBe(false);
  });

  it('highlights only enabled kinds on enabled sites', () => {
    const s = { ...DEFAULT_SETTINGS, highlightKinds: ['photo' as const], disabledSites: ['a.com'] };
    expect(shouldHighlight(s, 'b.com', 'photo')).toBe(true);
    expect(shouldHighlight(s, 'b.com', 'report')).toBe(false);
    expect(shouldHighlight(s, 'a.com', 'photo')).toBe(false);
    expect(shouldHighlight({ ...s, highlightsEnabled: false }, 'b.com', 'photo')).toBe(false);
  });
});

describe('settings file', () => {
  it('round-trips through export and import', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], liveLookups: true };
    expect(parseSettingsFile(formatSettingsFile(s))).toEqual({ ok: true, settings: s });
  });

  it.each([
    ['{oops', 'not-json'],
    ['[1,2]', 'not-settings'],
    ['{"format":"other"}', 'not-settings'],
    [
      '{"format":"sourcelens-settings","version":2,"settings":{"highlightsEnabled":"yes"}}',
      'invalid',
    ],
    ['{"format":"sourcelens-settings","version":9,"settings":{}}', 'invalid'],
    [' '.repeat(200_000), 'too-large'],
  ])('refuses %j as %s', (text, error) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  it('reads a file exported by version 2, the new switches off', () => {
    const { hideUnlisted, mySources, ...v2 } = { ...DEFAULT_SETTINGS, liveLookups: true };
    expect([hideUnlisted, mySources]).toEqual([false, false]);
    const text = JSON.stringify({ format: 'sourcelens-settings', version: 2, settings: v2 });
    expect(parseSettingsFile(text)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, liveLookups: true },
    });
  });

  it('refuses a file with an unknown extra field', () => {
    const text = JSON.stringify({
      format: 'sourcelens-settings',
      version: 2,
      settings: { ...DEFAULT_SETTINGS, evil: true },
    });
    expect(parseSettingsFile(text).ok).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('returns the defaults when nothing is stored', async () => {
    const { getSettings } = await import('@/utils/settings/store');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a stored v1 value to v3 on startup', async () => {
    await fakeBrowser.storage.sync.set({ 'sourcelens-settings': { highlights: false } });
    const { settingsItem, getSettings } = await import('@/utils/settings/store');
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightsEnabled: false });
    const meta = await fakeBrowser.storage.sync.get('sourcelens-settings$');
    expect(meta['sourcelens-settings$']).toEqual({ v: 3 });
  });

  it('migrates a stored v2 value to v3 on startup, keeping its fields', async () => {
    const v2 = { ...DEFAULT_SETTINGS, disabledSites: ['a.com'], liveLookups: true } as Record<
      string,
      unknown
    >;
    delete v2.hideUnlisted;
    delete v2.mySources;
    await fakeBrowser.storage.sync.set({
      'sourcelens-settings': v2,
      'sourcelens-settings$': { v: 2 },
    });
    const { settingsItem, getSettings } = await import('@/utils/settings/store');
    await settingsItem.migrate();
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.com'],
      liveLookups: true,
    });
    const meta = await fakeBrowser.storage.sync.get('sourcelens-settings$');
    expect(meta['sourcelens-settings$']).toEqual({ v: 3 });
  });

  it('tells watchers about changes', async () => {
    const { updateSettings, watchSettings } = await import('@/utils/settings/store');
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateSettings({ disabledSites: ['example.com'] });
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ disabledSites: ['example.com'] }));
    stop();
  });
});
