#!/usr/bin/env node
// `npm start`: install if needed, build, then open Chromium with the unpacked extension on the
// bundled reference article, served from 127.0.0.1. With no display it says how to load the
// build by hand and exits 0. `npm start -- --serve` only serves the article (no browser).
// Plain Node (no tsx), so it runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderRoute, startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, 'tests/fixtures/pages');
const REFERENCE = 'pages/us-israel-relations/source.html';
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the repository, inheriting the terminal; exits on failure. */
function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(
      `\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status || 1);
  }
}

/** True where a browser window can be shown (Linux needs an X11 or Wayland display). */
function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The first Chromium-family browser found: CHROME_PATH, Debian's chromium, then Chrome. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].flatMap((name) =>
      (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)),
    ),
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function printManualSteps(reason) {
  console.log(`
${reason}

The extension is built. Load it by hand:

  Chrome or Chromium: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose
    ${CHROME_BUILD}
  Firefox: open about:debugging, click "This Firefox", then "Load Temporary Add-on…"
    and choose ${join(FIREFOX_BUILD, 'manifest.json')}

Then open any news article (http or https) and click the SourceLens icon.
To try the bundled reference article, \`npm start -- --serve\` serves it on 127.0.0.1
(content scripts run on http and https pages only, not on file://).`);
}

/** Serves tests/fixtures/pages on 127.0.0.1 at a free port, under /pages/. */
function serveFixtures() {
  return startStaticServer(folderRoute({ pages: PAGES }));
}

async function main() {
  if (!existsSync(join(ROOT, 'node_modules'))) {
    run(npm, existsSync(join(ROOT, 'package-lock.json')) ? ['ci'] : ['install']);
  }
  run(npm, ['run', 'build']);

  if (process.argv.includes('--serve')) {
    const server = await serveFixtures();
    console.log(
      `\nServing the reference article at ${server.url(REFERENCE)}\nPress Ctrl+C to stop.`,
    );
    return;
  }
  if (!hasDisplay()) {
    printManualSteps(
      'No display found ($DISPLAY and $WAYLAND_DISPLAY are empty), so no browser was opened.',
    );
    return;
  }
  const chrome = findChrome();
  if (!chrome) {
    printManualSteps('No Chromium or Chrome found (set CHROME_PATH to its executable).');
    return;
  }

  const server = await serveFixtures();
  const profile = mkdtempSync(join(tmpdir(), 'sourcelens-start-'));
  const url = server.url(REFERENCE);
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${CHROME_BUILD}`,
    `--load-extension=${CHROME_BUILD}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is turned off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  console.log(`\nOpening ${chrome}\n  with the extension from ${CHROME_BUILD}\n  on ${url}`);
  console.log(
    'Click the SourceLens icon in the toolbar (puzzle piece → pin it) to see the report.',
  );
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const browser = spawn(chrome, args, { stdio: 'ignore' });
  const cleanUp = () => {
    void server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.on('SIGINT', () => browser.kill());
  browser.on('error', (e) => {
    cleanUp();
    printManualSteps(`Could not start ${chrome}: ${e.message}`);
  });
  browser.on('exit', cleanUp);
}

await main();
