import { join } from 'node:path';
import { startStaticServer, type StaticAnswer } from '../../../scripts/static-server.mjs';
import { ROOT } from '../support/paths';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

const HTML = 'text/html; charset=utf-8';

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
  const server = await startStaticServer((pathname): StaticAnswer | null => {
    hits.push(pathname);
    if (pathname === '/big.html') return { body: (big ??= makeBigPage()), type: HTML };
    if (pathname === '/frames.html') return { body: makeFramesPage(50), type: HTML };
    if (pathname === '/canary') return { body: '', status: 204 };
    const [, prefix, name = '', ...more] = pathname.split('/');
    // Only plain file names: no sub-folders, no `..`.
    if (more.length || !/^[\w.-]+$/.test(name) || name.startsWith('.')) return null;
    if (prefix === 'hostile') return { file: join(HOSTILE, name) };
    if (prefix === 'csp') {
      return { file: join(HOSTILE, name), headers: { 'content-security-policy': STRICT_CSP } };
    }
    return null;
  });
  return { ...server, hits };
}
