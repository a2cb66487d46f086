/**
 * "My sources" as the background feeds it: a completed report is counted only when the reader
 * opted in, once per page and day, and keeps nothing that names the page.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../utils/background/service';
import { createReportCounter } from '../../utils/background/my-sources';
import { MY_SOURCES_KEY, getMySources } from '../../utils/my-sources/store';
import { updateSettings } from '../../utils/settings';
import { getSettings } from '../../utils/settings/store';
import { article, fromPopup, fromTab, realIndex, testBrowser } from './support';

/** The background as entrypoints/background.ts wires it, with the counter awaited for tests. */
function makeCountingService() {
  const count = createReportCounter(async () => (await getSettings()).mySources);
  const pending: Promise<void>[] = [];
  const service = createBackgroundService({
    browser: testBrowser,
    getIndex: () => realIndex,
    onReportReady: (report) => {
      const p = count(report);
      pending.push(p);
      return p;
    },
  });
  return { service, settled: () => Promise.all(pending) };
}

const submit = (service: ReturnType<typeof createBackgroundService>, tabId: number, url: string) =>
  service.handleMessage({ type: 'submitArticle', data: article({ url }) }, fromTab(tabId, url));

describe('My sources in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores nothing at all while it is off (the default)', async () => {
    const { service, settled } = makeCountingService();
    await submit(service, 1, 'https://news.example/one');
    await submit(service, 2, 'https://news.example/two');
    await settled();
    expect((await getSettings()).mySources).toBe(false);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).filter((k) => k.includes('my-sources'))).toEqual([]);
    expect((await getMySources()).articles).toEqual([]);
  });

  it('counts two articles once each, however often they are reloaded', async () => {
    await updateSettings({ mySources: true });
    const { service, settled } = makeCountingService();
    await submit(service, 1, 'https://news.example/one');
    await submit(service, 2, 'https://news.example/two');
    await submit(service, 1, 'https://news.example/one');
    await submit(service, 1, 'https://news.example/one#comments');
    await settled();
    const data = await getMySources();
    expect(data.articles).toHaveLength(2);
    expect(data.articles[0].outlets.map((o) => o.id).sort()).toEqual([
      'associated-press',
      'reuters',
    ]);
    // Nothing stored names the page: no address, no title, no text.
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(MY_SOURCES_KEY.slice(6)));
    expect(stored).not.toContain('news.example');
    expect(stored).not.toContain('A title');
    expect(stored).not.toContain('ministry');
  });

  it('answers the My sources page with catalog facts for the ids it keeps', async () => {
    const { service } = makeCountingService();
    const reply = await service.handleMessage(
      { type: 'describeOutlets', data: { ids: ['reuters', 'unlisted:x', 'nope'] } },
      fromPopup(),
    );
    expect(reply.ok && (reply.value as { id: string; type: string }[])).toEqual([
      expect.objectContaining({ id: 'reuters', type: 'news-agency' }),
    ]);
  });
});
