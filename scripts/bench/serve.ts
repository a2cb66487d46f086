import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running page server and how to reach each page. */
export interface PageServer {
  urlOf(id: string): string;
  close(): Promise<void>;
}

/**
 * Serves saved pages from 127.0.0.1 on a free port: `/<id>.html` answers that page's file,
 * everything else (the pages' stylesheets, scripts and images) a quick 404, so a load never
 * waits on the network.
 */
export async function servePages(files: Map<string, string>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const id = decodeURIComponent(
      (req.url ?? '').replace(/^\/+/, '').replace(/\.html(\?.*)?$/, ''),
    );
    const file = files.get(id);
    if (!file || !req.url?.includes('.html')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (id) => `http://127.0.0.1:${port}/${encodeURIComponent(id)}.html`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
