import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  readBadge,
  type ChromiumSession,
} from './support/chromium';
import { poll } from './support/poll';
import { PENDING_STATES } from './support/waits';
import { readShadowRootChromium } from './support/shadow-roots';
import { readHighlights, snapshotPopup, type PopupSnapshot } from './support/probes';
import {
  centreOfHighlight,
  countInjectedElements,
  snapshotCard,
} from './support-security/hostile-probes';
import { startHostileServer, type HostileServer } from './support-security/hostile-server';

// Hostile and odd pages in Debian Chromium with the built extension (tests/fixtures/hostile,
// served from 127.0.0.1; the 10 MB and 50-iframe pages are generated at test time). Each page
// must end in a report or a clear popup state: never an error dialog, never a hang.
// CHROME_BUILD_DIR points at another build (e.g. a private one while others rebuild .output).

/** A popup that is past "loading": either a state message or a report. */
function settle(popup: Page): Promise<PopupSnapshot> {
  return poll(
    async () => {
      const snap = await popup.evaluate(snapshotPopup);
      if (PENDING_STATES.includes(snap.state)) return null;
      return snap.state !== null || snap.outlets.length > 0 ? snap : null;
    },
    { timeout: 90_000, message: 'the popup to show a report or a state' },
  );
}

describe('hostile and odd pages in Chromium', () => {
  let server: HostileServer;
  let session: ChromiumSession;
  const dialogs: string[] = [];
  const opened: Page[] = [];

  /** Opens `path` in a new tab and its popup; both are closed after the test. */
  async function visit(path: string) {
    const tab = await openTab(session, path.includes('://') ? path : server.url(path));
    const popup = await openPopup(session, tab.tabId);
    opened.push(tab.page, popup);
    return { ...tab, popup };
  }

  beforeAll(async () => {
    server = await startHostileServer();
    session = await launchChromiumWithExtension(process.env.CHROME_BUILD_DIR || undefined);
    // Any alert/confirm/prompt from any page (article or extension page) is a failure.
    const watch = (p: Page) =>
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    session.context.pages().forEach(watch);
    session.context.on('page', watch);
    // The recorder itself must see a dialog, or "no dialogs" would prove nothing.
    const canary = await session.context.newPage();
    await canary.evaluate(() => alert('canary'));
    await canary.close();
    expect(dialogs.splice(0)).toEqual(['canary']);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
    expect(dialogs).toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows markup in article text as text in the popup and in the hover card', async () => {
    const { page, popup } = await visit('hostile/markup-in-text.html');
    const report = await settle(popup);
    expect(report.outlets.map((o) => o.id)).toEqual(['reuters', 'associated-press']);
    const reuters = report.outlets[0].mentions.map((m) => m.text).join(' ');
    expect(reuters).toContain('<img src=x onerror=alert(document.domain)>');
    expect(await popup.evaluate(countInjectedElements)).toBe(0);

    const spot = await poll(() => page.evaluate(centreOfHighlight, 'sourcelens-report'), {
      message: 'a drawn highlight',
    });
    await page.mouse.move(spot.x, spot.y);
    const card = await poll(() => readShadowRootChromium(page, 'sourcelens-card', snapshotCard), {
      message: 'the hover card',
    });
    expect(card.evidence).toContain('<img src=x onerror=alert(document.domain)>');
    expect(card.tags.filter((t) => ['img', 'script', 'b'].includes(t))).toEqual([]);
    expect(await page.evaluate(countInjectedElements)).toBe(0);
  });

  it('works under a strict Content-Security-Policy (default-src none), card styled and placed', async () => {
    const { page, popup, tabId } = await visit('csp/article.html');
    expect((await settle(popup)).outlets.map((o) => o.id)).toEqual(['reuters', 'associated-press']);
    expect(await readBadge(session.worker, tabId)).toBe('2');
    const spot = await poll(() => page.evaluate(centreOfHighlight, 'sourcelens-report'), {
      message: 'a drawn highlight',
    });
    await page.mouse.move(spot.x, spot.y);
    const card = await poll(() => readShadowRootChromium(page, 'sourcelens-card', snapshotCard), {
      message: 'the hover card',
    });
    expect(card.name).toBe('Reuters');
    // The card's style sheet applies despite `style-src 'self'` (else it falls into the page flow).
    expect(card.position).toBe('absolute');
    expect(card.background).toBe('rgb(255, 255, 255)');
  });

  it('keeps the report when the page keeps clearing CSS.highlights, and the page stays responsive', async () => {
    const { page, popup, tabId } = await visit('hostile/clears-highlights.html');
    expect((await settle(popup)).outlets.map((o) => o.id)).toEqual(['reuters', 'associated-press']);
    expect(await readBadge(session.worker, tabId)).toBe('2');
    // Wait through several re-draw attempts: SourceLens must give up, not fight the page forever.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await page.evaluate(() => document.title)).toBe('Harbour reopens after storm');
  });

  it('follows an article replaced after load: the report describes the new article', async () => {
    const { page, popup } = await visit('hostile/replaces-article.html');
    expect((await settle(popup)).outlets.map((o) => o.id)).toEqual(['reuters', 'associated-press']);
    await page.waitForSelector('body[data-replaced="yes"]', { timeout: 30_000 });
    const ids = await poll(
      async () => {
        await popup.reload();
        const snap = await settle(popup);
        const now = snap.outlets.map((o) => o.id);
        return now.includes('agence-france-presse') ? now : null;
      },
      { timeout: 30_000, message: 'the report of the replacing article' },
    );
    expect(ids).toEqual(['agence-france-presse']);
    const drawn = await poll(
      async () => {
        const all = await page.evaluate(readHighlights);
        return all.some((h) => h.texts.some((t) => t.includes('AFP'))) ? all : null;
      },
      { message: 'highlights on the new article' },
    );
    expect(drawn.flatMap((h) => h.texts).join(' ')).not.toContain('Reuters');
  });

  it('annotates a 10 MB page without hanging it', async () => {
    const { page, popup, tabId } = await visit('big.html');
    const report = await settle(popup);
    expect(report.outlets.map((o) => o.id)).toEqual(['reuters']);
    expect(await readBadge(session.worker, tabId)).toBe('1');
    // The page still answers quickly (no long task left running).
    const t0 = Date.now();
    await page.evaluate(() => document.querySelectorAll('p').length);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('annotates only the top frame of a page with 50 iframes', async () => {
    const { page, popup, tabId } = await visit('frames.html');
    expect((await settle(popup)).outlets.map((o) => o.id)).toEqual(['agence-france-presse']);
    expect(await readBadge(session.worker, tabId)).toBe('1');
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(50);
    // Each frame holds an article crediting Reuters and AP: none may be drawn.
    const drawn = await Promise.all(frames.map((f) => f.evaluate(readHighlights)));
    expect(drawn.flat()).toEqual([]);
  });

  it.each([
    ['plain text', 'hostile/plain.txt'],
    ['JSON', 'hostile/data.json'],
    ['an image', 'hostile/image.png'],
    ['a PDF (the built-in viewer)', 'hostile/document.pdf'],
  ])('says "not an article" for %s and sets no badge', async (_name, path) => {
    const { popup, tabId } = await visit(path);
    expect((await settle(popup)).state).toBe('not-article');
    expect(await readBadge(session.worker, tabId)).toBe('');
  });

  it('gives a clear state, not "loading" forever, on a browser page', async () => {
    const { popup } = await visit('chrome://version');
    // Opened as a page, the popup cannot see chrome:// addresses; the background finds that no
    // content script runs there. (With the toolbar click, activeTab shows the address and the
    // popup says "unsupported" itself: tests/background/unsupported-pages.test.ts.)
    expect(['not-running', 'unsupported']).toContain((await settle(popup)).state);
  });
});
