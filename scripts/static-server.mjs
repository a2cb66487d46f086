// One small static file server for `npm start`, the benchmark and the browser tests: 127.0.0.1,
// a free port, no caching, and nothing on disk but what `route` names. Plain JavaScript (its
// types are in static-server.d.mts) because `npm start` runs it before anything is installed.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** The content type served for a file name. */
export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A route over folders: `/<prefix>/<path…>` answers `<roots[prefix]>/<path…>`. Unknown prefixes
 * and paths that climb out of their folder (`..`) answer nothing.
 */
export function folderRoute(roots) {
  return (pathname) => {
    const [, prefix, ...rest] = pathname.split('/');
    const base = Object.prototype.hasOwnProperty.call(roots, prefix) ? roots[prefix] : null;
    if (!base || !rest.length) return null;
    const file = normalize(join(base, ...rest));
    return file.startsWith(base + sep) ? { file } : null;
  };
}

/** The request's path, decoded; null when it does not decode. */
function pathOf(req) {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/**
 * Serves what `route(pathname)` answers (`{ file }`, or `{ body, type }`, with optional `status`
 * and `headers`); anything else is a quick 404, so a page never waits on a missing image.
 */
export async function startStaticServer(route) {
  const server = createServer(async (req, res) => {
    const pathname = pathOf(req);
    const answer = pathname === null ? null : await route(pathname);
    const body =
      answer?.body ?? (answer?.file ? await readFile(answer.file).catch(() => null) : null);
    if (!answer || body === null || body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(answer.status ?? 200, {
      'content-type': answer.type ?? contentType(answer.file ?? ''),
      'cache-control': 'no-store',
      ...answer.headers,
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
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
