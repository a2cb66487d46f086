import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/**
 * Bundles the engine's tables, computed at build time, into the background
 * (utils/core/core-tables.ts): the names' automaton of the whole catalog and the cue patterns'
 * prefilter, which the background otherwise derives on every start (a Chrome service worker is
 * stopped after ~30 s idle, so every pause costs the next article that start). The tables come
 * from `scripts/core-tables.ts` run on this source tree, so they always fit the catalog and the
 * rules being bundled; nothing generated is checked in. Other entrypoints (the popup, pages)
 * keep the module's `null` and build what they need, as tests and the command line do.
 */
const coreTables = (root: string): Plugin => {
  const target = resolve(root, 'utils/core/core-tables.ts');
  let source: string | null = null;
  return {
    name: 'sourcelens:core-tables',
    load(id) {
      if (id.split('?')[0] !== target) return null;
      source ??= execFileSync(
        process.execPath,
        ['--import', 'tsx', resolve(root, 'scripts/core-tables.ts')],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      return source;
    },
  };
};

export default defineWxtModule({
  name: 'sourcelens:core-tables',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'background')) return;
      config.plugins = [...(config.plugins ?? []), coreTables(wxt.config.root)];
    });
  },
});
