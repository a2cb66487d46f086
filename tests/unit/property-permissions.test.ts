/**
 * Every permission the manifest asks for is justified in docs/privacy.md and used
 * by shipped code, and nothing else is asked for. Adding a permission means adding it here,
 * with the code that needs it and the docs/privacy.md line that says why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown>;
const manifestFor = (browser: string) =>
  (
    config.manifest as (env: {
      browser: string;
      manifestVersion: number;
      mode: string;
      command: string;
    }) => Manifest
  )({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  });

const GDELT = 'https://api.gdeltproject.org/*';

/** Shipped source (entrypoints, components, utils), concatenated. */
function shippedSource(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.push(readFileSync(path, 'utf8'));
    }
  };
  ['entrypoints', 'components', 'utils'].forEach(walk);
  return files.join('\n');
}

describe('manifest permissions', () => {
  const source = shippedSource();
  const privacy = readFileSync('docs/privacy.md', 'utf8');

  it.each([
    ['chrome', ['activeTab', 'offscreen', 'scripting', 'sidePanel', 'storage']],
    ['firefox', ['activeTab', 'http://*/*', 'https://*/*', 'storage']],
  ])('%s asks for %j only (never "tabs"), and GDELT only as optional', (browser, permissions) => {
    const m = manifestFor(browser);
    expect([...(m.permissions as string[])].sort()).toEqual(permissions);
    // Hosts: exactly the content script's own patterns (injecting the article script needs them).
    const contentScriptPatterns = ['http://*/*', 'https://*/*'];
    if (browser === 'chrome') expect(m.host_permissions).toEqual(contentScriptPatterns);
    else expect(m.host_permissions).toBeUndefined();
    const optional = browser === 'firefox' ? m.optional_permissions : m.optional_host_permissions;
    expect(optional).toEqual([GDELT]);
  });

  it.each<[string, RegExp]>([
    ['storage', /browser\.storage\.session|from 'wxt\/utils\/storage'/],
    ['activeTab', /tabs\.query\(\{ active: true/],
    ['sidePanel', /browser\.sidePanel\.open\(/],
    ['offscreen', /offscreen\s*\.createDocument\(/],
    ['scripting', /scripting\.executeScript\(/],
    [GDELT, /permissions\.request\(\{ origins: GDELT_ORIGINS \}\)/],
  ])('%s is used by shipped code and justified in docs/privacy.md', (permission, use) => {
    expect(source).toMatch(use);
    expect(privacy).toContain(permission.replace('https://', '').replace('/*', ''));
  });
});
