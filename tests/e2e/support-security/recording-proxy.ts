import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP proxy on 127.0.0.1 that records every request a browser sends through it. */
export interface RecordingProxy {
  port: number;
  /** Every address asked for, in order: `http://…` URLs, and `host:port` for HTTPS tunnels. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * Starts the proxy. Plain-http requests to an origin in `forwardTo` are passed on (the test's
 * own fixture server); everything else, HTTPS tunnels included, is recorded and refused, so
 * nothing reaches the network.
 */
export async function startRecordingProxy(forwardTo: string[]): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    const target = URL.canParse(url) ? new URL(url) : null;
    if (!target || !forwardTo.includes(target.origin)) {
      res.writeHead(403).end();
      return;
    }
    const upstream = request(target, { method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request, localhost included, through the proxy. */
export function firefoxProxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}
