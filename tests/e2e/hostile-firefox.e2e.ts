import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openPopup,
  openTab,
  readBadge,
  type FirefoxSession,
} from './support/firefox';
import { poll } from './support/poll';
import { PENDING_STATES } from './support/waits';
import { snapshotPopup, type PopupSnapshot } from './support/probes';
import { startHostileServer, type HostileServer } from './support-security/hostile-server';

// The hostile and odd pages of hostile.e2e.ts in Debian Firefox ESR (WebDriver BiDi through
// Puppeteer) with .output/firefox-mv2 (or FIREFOX_BUILD_DIR): a report or a clear popup state
// for each, markup from the page shown as text, never a dialog.

const REPORT = ['reuters', 'associated-press'];

const cases: [string, string, { outlets?: string[]; state?: string; badge: string }][] = [
  ['markup in article text', 'hostile/markup-in-text.html', { outlets: REPORT, badge: '2' }],
  ['a strict Content-Security-Policy', 'csp/article.html', { outlets: REPORT, badge: '2' }],
  [
    'a page clearing CSS.highlights',
    'hostile/clears-highlights.html',
    { outlets: REPORT, badge: '2' },
  ],
  ['50 iframes (top frame only)', 'frames.html', { outlets: ['agence-france-presse'], badge: '1' }],
  ['a generated 10 MB page', 'big.html', { outlets: ['reuters'], badge: '1' }],
  ['plain text', 'hostile/plain.txt', { state: 'not-article', badge: '' }],
  ['JSON', 'hostile/data.json', { state: 'not-article', badge: '' }],
  ['an image', 'hostile/image.png', { state: 'not-article', badge: '' }],
];

describe('hostile and odd pages in Firefox', () => {
  let server: HostileServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startHostileServer();
    session = await launchFirefoxWithExtension(process.env.FIREFOX_BUILD_DIR || undefined);
    // The dialog listener must see a dialog, or "no dialog" would prove nothing.
    const canary = await session.browser.newPage();
    const seen: string[] = [];
    canary.on('dialog', (d) => {
      seen.push(d.message());
      void d.dismiss();
    });
    await canary.evaluate(() => alert('canary'));
    expect(seen).toEqual(['canary']);
    await canary.close();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(cases)(
    '%s: %s gets a report or a clear state, and no dialog',
    async (_name, path, want) => {
      const dialogs: string[] = [];
      const { page, tabId } = await openTab(session, server.url(path));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const popup: Page = await openPopup(session, tabId);
      const snap: PopupSnapshot = await poll(
        async () => {
          const s = await popup.evaluate(snapshotPopup);
          return !PENDING_STATES.includes(s.state) && (s.state !== null || s.outlets.length > 0)
            ? s
            : null;
        },
        { timeout: 90_000, message: `a report or a state for ${path}` },
      );
      if (want.outlets) expect(snap.outlets.map((o) => o.id)).toEqual(want.outlets);
      if (want.state) expect(snap.state).toBe(want.state);
      expect(await readBadge(session, tabId)).toBe(want.badge);
      if (path.includes('markup')) {
        expect(snap.outlets[0].mentions.map((m) => m.text).join(' ')).toContain(
          '<img src=x onerror=alert(document.domain)>',
        );
        expect(
          await popup.evaluate(
            () => document.querySelectorAll('img[src="x"], [onerror], script:not([src])').length,
          ),
        ).toBe(0);
      }
      expect(dialogs).toEqual([]);
      await popup.close();
      await page.close();
    },
  );
});
