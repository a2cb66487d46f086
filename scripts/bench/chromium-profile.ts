import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { profilePage } from './in-page-entry';
import { REPO_ROOT } from './pages';

/** What `profilePage` measured in one page (ms). */
export type InPageProfile = ReturnType<typeof profilePage>;

/** Bundles in-page-entry.ts (with the catalog) into one script for the page's main world. */
export async function bundleProfiler(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, 'scripts', 'bench', 'in-page-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__slProfile',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Runs the profiler in `page` (already loaded, without the extension). CDP's Runtime.evaluate
 * is not subject to the page's Content-Security-Policy, unlike an injected <script>.
 */
export async function profileInPage(
  page: Page,
  script: string,
  reps: number,
): Promise<InPageProfile | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.evaluate', { expression: script });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `__slProfile.profilePage(${reps})`,
      returnByValue: true,
    });
    return exceptionDetails ? null : (result.value as InPageProfile);
  } finally {
    await cdp.detach();
  }
}
