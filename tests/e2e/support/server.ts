import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from './paths';

/** URL prefix → folder served under it. Nothing else on disk is reachable. */
const ROOTS: Record<string, string> = {
  pages: join(ROOT, 'tests/fixtures/pages'),
  e2e: join(ROOT, 'tests/e2e/fixtures'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A running fixture server: `url('pages/x/source.html')` gives the address of a fixture. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a file inside one of ROOTS, or null (unknown prefix, `..` escapes). */
export function resolveFixture(pathname: string): string | null {
  const [, prefix, ...rest] = decodeURIComponent(pathname).split('/');
  const base = ROOTS[prefix];
  if (!base || !rest.length) return null;
  const file = normalize(join(base, ...rest));
  return file.startsWith(base + sep) ? file : null;
}

/**
 * Serves the test fixtures on 127.0.0.1 at a random free port, so the browsers load the
 * pages over real http (content scripts only match http/https) with no network at all.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const file = resolveFixture(new URL(req.url ?? '/', 'http://x').pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
