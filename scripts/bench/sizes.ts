import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { REPO_ROOT } from './pages';

/** A file's size as shipped and gzipped. */
export interface Size {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function sizeOf(file: string, root: string): Size {
  const data = readFileSync(file);
  return {
    file: relative(root, file),
    bytes: data.length,
    gzipBytes: gzipSync(data, { level: 9 }).length,
  };
}

function sizeOfText(name: string, text: string): Size {
  const data = Buffer.from(text);
  return { file: name, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

/**
 * Readability and its gate bundled alone and minified: the floor any content script that runs
 * Readability pays (SourceLens's content script carries no polyfill).
 */
async function bundleBaseline(): Promise<Size> {
  const result = await build({
    stdin: {
      contents: "export { Readability, isProbablyReaderable } from '@mozilla/readability';\n",
      resolveDir: REPO_ROOT,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return sizeOfText('Readability + gate (esbuild, minified)', result.outputFiles[0].text);
}

/** Every script the manifest injects into pages by default (its `content_scripts`). */
function contentScriptFiles(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  return [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
}

/** Zip size of a folder from zlib: deflated entries plus the zip headers for each. */
function estimateZip(dir: string): number {
  let bytes = 22; // end of central directory
  for (const file of listFiles(dir)) {
    const name = Buffer.byteLength(relative(dir, file));
    bytes += 30 + name + deflateRawSync(readFileSync(file), { level: 9 }).length + 46 + name;
  }
  return bytes;
}

/**
 * Bundle sizes of the built Chrome extension (.output/chrome-mv3): the content scripts (all
 * the manifest injects), background, popup, the Readability floor, and the whole zip (`wxt
 * zip`'s file when present).
 */
export async function measureSizes(outDir = join(REPO_ROOT, '.output', 'chrome-mv3')) {
  if (!existsSync(outDir)) return null;
  const files = listFiles(outDir).map((f) => relative(outDir, f));
  const measure = (keep: (f: string) => boolean) =>
    files.filter(keep).map((f) => sizeOf(join(outDir, f), outDir));
  const injected = contentScriptFiles(outDir);
  const content = measure((f) => injected.includes(f));
  // Injected only into pages whose gate found an article (utils/background/inject.ts).
  const onDemand = [
    ...measure((f) => f.startsWith('content-scripts/') && !injected.includes(f)).map((s) => ({
      ...s,
      file: `${s.file} (on articles only)`,
    })),
    // Readability in the page, only when the off-page parse failed and the reader asks.
    ...measure((f) => f === 'reader.js').map((s) => ({ ...s, file: `${s.file} (on request)` })),
  ];
  const background = measure((f) => f === 'background.js');
  // The popup's page, script chunk and stylesheet.
  const popup = measure((f) => /(^|\/)popup[.-]/.test(f));
  const baseline = await bundleBaseline();
  const zips = readdirSync(join(outDir, '..')).filter((f) => /chrome.*\.zip$/.test(f));
  const zip = zips.length
    ? {
        file: zips.sort().at(-1)!,
        bytes: statSync(join(outDir, '..', zips.sort().at(-1)!)).size,
        from: 'wxt zip',
      }
    : { file: '(computed)', bytes: estimateZip(outDir), from: 'zlib estimate' };
  const contentGzip = content.reduce((a, s) => a + s.gzipBytes, 0);
  return {
    /** When the measured build was made (the manifest's modification time). */
    builtAt: statSync(join(outDir, 'manifest.json')).mtime.toISOString(),
    content,
    onDemand,
    background,
    popup,
    baseline,
    zip,
    contentScriptGzipBytes: contentGzip,
    /** Every file under content-scripts/ (the gate and the article script), gzipped, summed. */
    contentScriptsDirGzipBytes: measure((f) => f.startsWith('content-scripts/')).reduce(
      (a, s) => a + s.gzipBytes,
      0,
    ),
    contentBeyondBaselineGzipBytes: contentGzip - baseline.gzipBytes,
  };
}
