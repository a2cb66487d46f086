import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchPage } from './pages';

/**
 * A generated forum thread in the style of the shared corpus's big forum page (`en-reddit-h1`,
 * held back, so never copied here): a short post under some 900 KB of atomic-class CSS, then
 * about 230 comments, each in a deep tree of divs with generated class names, vote and menu
 * buttons with icon elements, and pretty-printed indentation. The page the forum check
 * is about: big, mostly not text, and readerable enough to tempt a parse. Deterministic (a
 * seeded generator), about 2.5 MB.
 */
export const FORUM_PAGE_ID = 'forum-thread-generated';

/** A small seeded generator (mulberry32), so every run builds the same page. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the dog finally learned to open the door and now nobody in this house is safe from him ' +
  'my cat does the same thing every morning at five which is honestly impressive though ' +
  'this made my day thank you for sharing such a good boy who deserves all the treats'
).split(' ');
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

/** Builds the page's HTML. */
export function forumHtml(seed = 7): string {
  const rnd = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const cls = () => '_' + Array.from({ length: 21 }, () => pick([...CHARS])).join('');
  const classes = (n: number) => Array.from({ length: n }, cls).join(' ');
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const out: string[] = ['<!doctype html>\n<html lang="en-US" class="theme-light">\n<head>'];
  out.push('<meta charset="utf-8"><title>My dog learned to open doors : aww</title>');
  for (let block = 0; block < 40; block++) {
    const rules = Array.from(
      { length: 260 },
      () =>
        `.${cls()}{display:flex;margin:${Math.floor(rnd() * 16)}px;color:#${Math.floor(rnd() * 0xffffff).toString(16)}}`,
    );
    out.push(`<style>${rules.join('\n')}</style>`);
  }
  out.push('</head>\n<body>');
  out.push(
    `<header class="${classes(3)}"><nav>${'<a href="/r/aww/">r/aww</a>'.repeat(12)}</nav></header>`,
  );
  out.push(`<div class="${classes(2)}"><h1>My dog learned to open doors</h1>`);
  out.push(`<p>${sentence(40)}</p><img src="/dog.jpg" alt="a dog"></div>`);
  for (let c = 0; c < 230; c++) out.push(comment(c, Math.floor(rnd() * 7), classes, sentence, rnd));
  out.push('</body>\n</html>\n');
  return out.join('\n');
}

/** One comment: its depth's indentation, author, time, text, votes and menu buttons. */
function comment(
  n: number,
  depth: number,
  classes: (n: number) => string,
  sentence: (n: number) => string,
  rnd: () => number,
): string {
  const pad = (k: number) => '\n' + ' '.repeat(40 + depth * 8 + k * 2);
  const id = `t1_c${n.toString(36)}`;
  const lines: string[] = [];
  for (let d = 0; d < 16 + depth; d++) lines.push(`${pad(d)}<div class="${classes(3)}">`);
  lines.push(
    `${pad(17)}<button class="${classes(4)}"><i class="icon icon-expand ${classes(1)}"></i></button>`,
  );
  lines.push(`${pad(17)}<span class="${classes(1)}">level ${depth + 1}</span>`);
  lines.push(
    `${pad(17)}<a class="${classes(3)}" href="/user/u${n}/">u${n}</a> · <a href="/c/${id}/">4 yr. ago</a>`,
  );
  lines.push(
    `${pad(17)}<div data-testid="comment" class="${classes(1)}"><p class="${classes(1)}">${sentence(6 + Math.floor(rnd() * 30))}</p></div>`,
  );
  for (const label of ['upvote', 'downvote', 'reply', 'share', 'report', 'save', 'follow', 'more'])
    lines.push(
      `${pad(18)}<button aria-label="${label}" class="${classes(3)}"><span class="${classes(2)}"><i class="icon icon-${label} ${classes(1)}"></i></span></button>`,
    );
  for (let d = 16 + depth - 1; d >= 0; d--) lines.push(`${pad(d)}</div>`);
  return lines.join('');
}

/** Writes the page to a temporary folder and describes it as a bench page. */
export function writeForumPage(): BenchPage {
  const file = join(mkdtempSync(join(tmpdir(), 'sl-bench-forum-')), `${FORUM_PAGE_ID}.html`);
  writeFileSync(file, forumHtml());
  return {
    id: FORUM_PAGE_ID,
    file,
    origin: 'fixture',
    category: 'large',
    bytes: statSync(file).size,
  };
}
