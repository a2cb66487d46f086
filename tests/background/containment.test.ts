/**
 * Containment: a failure while annotating one page becomes that tab's error state and touches
 * no other tab; a restarted MV3 worker (a new service over the same session storage, nothing in
 * memory) still answers the popup with every tab's state.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CatalogIndex } from '../../utils/core/report';
import { article, fromPopup, fromTab, makeService, realIndex, snapshot } from './support';

const ask = (service: ReturnType<typeof makeService>, tabId: number) =>
  service.handleMessage({ type: 'getTabState', data: { tabId } }, fromPopup());

describe('containment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns an exception while building one report into that tab’s error state only', async () => {
    let failNext = false;
    const service = makeService((): CatalogIndex => {
      if (failNext) throw new Error('catalog exploded');
      return realIndex;
    });
    await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(1));
    failNext = true;
    const reply = await service.handleMessage(
      { type: 'submitArticle', data: article() },
      fromTab(2),
    );
    failNext = false;
    expect(reply).toEqual({ ok: false, error: 'catalog exploded' });
    expect(await ask(service, 2)).toEqual({
      ok: true,
      value: { status: 'error', message: 'catalog exploded' },
    });
    expect(await ask(service, 1)).toMatchObject({ ok: true, value: { status: 'ready' } });
    expect((await snapshot([1, 2])).badges).toEqual(['2', '']);
    // The failing tab recovers on its next page load; the other never noticed.
    await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(2));
    expect(await ask(service, 2)).toMatchObject({ ok: true, value: { status: 'ready' } });
  });

  it('shows a content script’s own failure as that tab’s error state', async () => {
    const service = makeService();
    await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(1));
    await service.handleMessage(
      { type: 'reportPageState', data: { status: 'error', message: 'Readability threw' } },
      fromTab(2),
    );
    expect(await ask(service, 2)).toEqual({
      ok: true,
      value: { status: 'error', message: 'Readability threw' },
    });
    expect(await ask(service, 1)).toMatchObject({ ok: true, value: { status: 'ready' } });
  });

  it('keeps page text as data: markup in a title or error comes back as the same string', async () => {
    const service = makeService();
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await service.handleMessage({ type: 'submitArticle', data: article({ title }) }, fromTab(1));
    await service.handleMessage(
      { type: 'reportPageState', data: { status: 'error', message: title } },
      fromTab(2),
    );
    expect(await ask(service, 1)).toMatchObject({ value: { report: { title } } });
    expect(await ask(service, 2)).toMatchObject({ value: { message: title } });
  });

  it('answers every tab the same after the worker restarts (state lives in storage.session)', async () => {
    const first = makeService();
    await first.handleMessage({ type: 'submitArticle', data: article() }, fromTab(1));
    await first.handleMessage(
      { type: 'reportPageState', data: { status: 'not-article' } },
      fromTab(2),
    );
    const before = await Promise.all([ask(first, 1), ask(first, 2), ask(first, 3)]);
    // A new service: nothing in memory, the same session storage (what a worker restart keeps).
    const restarted = makeService();
    expect(await Promise.all([ask(restarted, 1), ask(restarted, 2), ask(restarted, 3)])).toEqual(
      before,
    );
    expect(before[0]).toMatchObject({
      value: {
        status: 'ready',
        report: { outlets: [{ id: 'reuters' }, { id: 'associated-press' }] },
      },
    });
  });

  it('forgets a tab when it closes or loads a new page, and only that tab', async () => {
    const service = makeService();
    for (const tabId of [1, 2, 3])
      await service.handleMessage({ type: 'submitArticle', data: article() }, fromTab(tabId));
    await service.handleTabRemoved(1);
    await service.handleTabLoading(2);
    expect(await ask(service, 1)).toEqual({ ok: true, value: { status: 'loading' } });
    expect(await ask(service, 2)).toEqual({ ok: true, value: { status: 'loading' } });
    expect(await ask(service, 3)).toMatchObject({ value: { status: 'ready' } });
    expect((await snapshot([1, 2, 3])).badges.slice(1)).toEqual(['', '2']);
  });
});

describe('a report too large for storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is served from memory, and after a restart gives a clear error instead of "loading"', async () => {
    const session = fakeBrowser.storage.session;
    const realSet = session.set.bind(session);
    // Chrome's storage.session holds 10 MB; refuse any report as if it were over that quota.
    const spy = vi
      .spyOn(session, 'set')
      .mockImplementation(async (items: Record<string, unknown>) => {
        if (Object.values(items).some((s) => (s as { status?: string }).status === 'ready'))
          throw new Error('QUOTA_BYTES quota exceeded');
        return realSet(items);
      });
    const first = makeService();
    await first.handleMessage({ type: 'submitArticle', data: article() }, fromTab(1));
    expect(await ask(first, 1)).toMatchObject({ value: { status: 'ready' } });
    const restarted = makeService();
    expect(await ask(restarted, 1)).toMatchObject({
      ok: true,
      value: { status: 'error', message: expect.stringMatching(/too large/) },
    });
    spy.mockRestore();
  });
});
