import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (tests/e2e/support → ../../..). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The built extensions the tests load; `npm run build` makes them. */
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

/** Debian's browsers (never downloaded); overridable for other machines. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Screenshots the README shows (committed), and throwaway debug output (gitignored). */
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/** The Firefox build's gecko id, from wxt.config.ts. */
export const GECKO_ID = 'sourcelens@sourcelens.dev';

/** Fails early, and says why, when the extension hasn't been built (`npm run build`). */
export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension in ${dir}: run \`npm run build\` before the browser tests.`,
    );
  }
}
