import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { gotoExtensionPage, type FirefoxSession } from '../support/firefox';
import { FIREFOX_BUILD, FIREFOX_PATH, GECKO_ID } from '../support/paths';

/**
 * Like `launchFirefoxWithExtension` (tests/e2e/support/firefox.ts), with extra preferences:
 * the privacy test routes all of Firefox's traffic through a recording proxy this way.
 */
export async function launchFirefoxWithPrefs(prefs: Record<string, unknown>, dir = FIREFOX_BUILD): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelens-firefox-'));
  const instance = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }), ...prefs },
    defaultViewport: { width: 1100, height: 800 },
  });
  const close = async () => {
    await instance.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    await instance.installExtension(dir);
    const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    const control = await instance.newPage();
    await gotoExtensionPage(control, extensionUrl('popup.html'));
    return { browser: instance, extensionUrl, control, close };
  } catch (e) {
    await close();
    throw e;
  }
}
