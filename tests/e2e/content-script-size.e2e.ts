import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Every page a reader opens downloads, parses and compiles the content script, so its size is a
// cost paid everywhere (docs/performance.md). The budget counts everything the manifest injects
// by default, gzipped at level 9, on the built Chrome extension (CHROME_BUILD_DIR overrides).
const BUDGET_BYTES = 20 * 1024;
const outDir = process.env.CHROME_BUILD_DIR ?? join(process.cwd(), '.output', 'chrome-mv3');

describe('content scripts', () => {
  it('stay within 20 KiB gzipped in all', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.map((f) => gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length);
    const total = gzipped.reduce((a, b) => a + b, 0);
    console.log(`content scripts: ${(total / 1024).toFixed(2)} KiB gzipped (${files.join(', ')})`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leave the article and reader scripts to injection: not in the manifest, not web-accessible', () => {
    const raw = readFileSync(join(outDir, 'manifest.json'), 'utf8');
    // The reader script (the in-page Readability fallback) lies outside content-scripts/.
    for (const script of ['content-scripts/article.js', 'reader.js']) {
      const gzipped = gzipSync(readFileSync(join(outDir, script)), { level: 9 }).length;
      console.log(`injected on request only: ${script} ${(gzipped / 1024).toFixed(2)} KiB gzipped`);
      // Pages could detect a web-accessible file; the background injects it (utils/background/inject.ts).
      expect(raw).not.toContain(script);
    }
    expect(raw).not.toContain('web_accessible_resources');
  });

  it('compile the article script whole when it is injected, and the gate lazily', () => {
    // V8's explicit compile hint works only as the file's first line (modules/content-script-build.ts).
    const firstLine = (script: string) =>
      readFileSync(join(outDir, script), 'utf8').split('\n', 1)[0];
    expect(firstLine('content-scripts/article.js')).toBe('//# allFunctionsCalledOnLoad');
    // The gate runs on every page, and on most of them only its first function.
    expect(readFileSync(join(outDir, 'content-scripts/news.js'), 'utf8')).not.toContain(
      'allFunctionsCalledOnLoad',
    );
  });

  it('keep everything under content-scripts/ within 20 KiB gzipped (the gate and the article script)', () => {
    const dir = join(outDir, 'content-scripts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const total = files
      .map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    console.log(`content-scripts/: ${(total / 1024).toFixed(2)} KiB gzipped (${files.join(', ')})`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
