import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../support/paths';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** The strictest useful policy: nothing but same-origin style sheets. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

/** Size of the generated big page, in bytes (at least). */
export const BIG_PAGE_BYTES = 10 * 1024 * 1024;

const PARAGRAPH =
  'The committee met again on the third floor of the old town hall and went through the budget line by line, ' +
  'while the public gallery stayed half empty and the clerk read out the amendments one at a time for the record. ';

/** A ~10 MB article, made at test time (never committed): long paragraphs, a credit in every tenth. */
function makeBigPage(): string {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget marathon</title></head><body><main><article><h1>Budget marathon</h1>',
  ];
  let size = parts[0].length;
  for (let i = 0; size < BIG_PAGE_BYTES; i++) {
    const credit = i % 10 === 0 ? `Item ${i} was approved, according to Reuters. ` : '';
    const p = `<p>${credit}${PARAGRAPH.repeat(2)}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** An article in the top frame (crediting AFP) with `count` iframes that each credit Reuters and AP. */
function makeFramesPage(count: number): string {
  const frames = Array.from(
    { length: count },
    (_, i) =>
      `<iframe src="/hostile/article.html?frame=${i}" width="200" height="80" title="frame ${i}"></iframe>`,
  );
  const p = (s: string) => `<p>${s}</p>`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fifty frames</title></head><body><main><article><h1>Fifty frames</h1>',
    p(
      'The festival opened on Friday with fifty small stages spread across the old market square, according to AFP, which counted more than ten thousand visitors in the first few hours of the weekend.',
    ),
    p(
      'Organisers said the number of stages had doubled since last year because the city had allowed them to use the side streets and the courtyard of the museum for the first time.',
    ),
    p(
      'Local shops reported a busy evening and several restaurants ran out of food before midnight, while the police said the crowds had been calm and no incidents had been recorded.',
    ),
    p(
      'The festival continues until Sunday, when the closing concert is due to take place on the main stage in front of the cathedral if the weather allows it.',
    ),
    '</article>',
    ...frames,
    '</main></body></html>',
  ].join('\n');
}

/** A running hostile-page server; `hits` lists every path asked of it, in order. */
export interface HostileServer {
  origin: string;
  url(path: string): string;
  hits: string[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/hostile on 127.0.0.1: `/hostile/<file>` as is, `/csp/<file>` with
 * `STRICT_CSP`, plus the generated `/big.html` (10 MB) and `/frames.html` (50 iframes), and
 * `/canary` (an empty answer, to prove a request recorder sees a request).
 */
export async function startHostileServer(): Promise<HostileServer> {
  const hits: string[] = [];
  let big: string | null = null;
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    hits.push(pathname);
    const [, prefix, name = ''] = pathname.split('/');
    if (pathname === '/big.html') {
      big ??= makeBigPage();
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(big);
      return;
    }
    if (pathname === '/frames.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(makeFramesPage(50));
      return;
    }
    if (pathname === '/canary') {
      res.writeHead(204).end();
      return;
    }
    // Only plain file names: no sub-folders, no `..`.
    const body =
      (prefix === 'hostile' || prefix === 'csp') && /^[\w.-]+$/.test(name) && !name.startsWith('.')
        ? await readFile(join(HOSTILE, name)).catch(() => null)
        : null;
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
    };
    if (prefix === 'csp') headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
