import { startStaticServer } from '../static-server.mjs';

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
  const server = await startStaticServer((pathname) => {
    const file = files.get(pathname.replace(/^\/+/, '').replace(/\.html$/, ''));
    return file && pathname.endsWith('.html') ? { file, type: 'text/html' } : null;
  });
  return {
    urlOf: (id) => server.url(`${encodeURIComponent(id)}.html`),
    close: () => server.close(),
  };
}
