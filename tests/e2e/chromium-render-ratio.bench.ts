import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBaselineBuild, median, BASELINE_COMMIT } from './support/baseline';
import {
  launchChromiumWithExtension,
  openPopup,
  openTab,
  type ChromiumSession,
} from './support/chromium';
import { readPopupTimings } from './support/probes';
import { REFERENCE_PAGE } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

// The compact popup's first render with a report against the long popup it replaced (built
// from BASELINE_COMMIT), in the same run on the same machine: two profiles side by side, the
// popup opened alternately in each, medians compared. Ratios in one run, as the shared 2-core
// machine makes absolute times noisy.

/** Popup opens per build; odd, for a true median. */
const RUNS = 9;
/** The compact popup may take at most this much longer than the long one. */
const MAX_RATIO = 1.2;

interface Side {
  session: ChromiumSession;
  tabId: number;
}

/** Opens the popup for the side's article once and returns its first-render mark (ms). */
async function renderOnce({ session, tabId }: Side): Promise<number> {
  const popup: Page = await openPopup(session, tabId);
  await popup.waitForSelector('[data-outlet-id]', { timeout: 30_000 });
  const { rendered } = await popup.evaluate(readPopupTimings);
  await popup.close();
  if (rendered === null) throw new Error('no sourcelens-popup-rendered mark');
  return rendered;
}

/** A profile with `dir` loaded and the reference article analyzed (its popup opened once). */
async function openSide(server: FixtureServer, dir?: string): Promise<Side> {
  const session = await launchChromiumWithExtension(dir);
  const { tabId } = await openTab(session, server.url(REFERENCE_PAGE));
  const warm = await openPopup(session, tabId);
  await warm.waitForSelector('[data-outlet-id]', { timeout: 60_000 });
  await warm.close();
  return { session, tabId };
}

describe('Popup first render against the long popup, in Chromium', () => {
  let server: FixtureServer;
  let baseline: Side | null = null;
  let current: Side;

  beforeAll(async () => {
    server = await startFixtureServer();
    const dir = ensureBaselineBuild();
    if (dir) baseline = await openSide(server, dir);
    current = await openSide(server);
  }, 240_000);
  afterAll(async () => {
    await baseline?.session.close();
    await current?.session.close();
    await server?.close();
  });

  it(`stays within ${MAX_RATIO}× the first render of ${BASELINE_COMMIT}`, async (ctx) => {
    if (!baseline) return ctx.skip();
    const before: number[] = [];
    const after: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      before.push(await renderOnce(baseline));
      after.push(await renderOnce(current));
    }
    const ratio = median(after) / median(before);
    console.log(
      `popup first render, median of ${RUNS}: long popup ${median(before).toFixed(1)} ms, ` +
        `compact ${median(after).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  }, 240_000);
});
