/**
 * Bundled by the benchmark (esbuild, IIFE, global `__slProfile`) and run in a loaded page's
 * main world (a browser without the extension), so Readability and our pruning are timed in the
 * real browser. Not shipped in the extension.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle, readClone } from '../../utils/extract/extract';
import { clonePruned } from '../../utils/extract/pruned-clone';
import { timeGate } from './own-work';
import { median } from './stats';

/** Times `run` `reps + 1` times: the first (cold) run apart, the median of the others (warm). */
function coldAndWarm(reps: number, run: () => unknown): { coldMs: number; warmMs: number } {
  const times: number[] = [];
  for (let i = 0; i <= reps; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { coldMs: times[0], warmMs: median(times.slice(1)) };
}

/**
 * Readability on this page, as a page without SourceLens would run it (a whole copy), and on
 * SourceLens's pruned copy (prune.ts), with the pruned copy's size and whether the article
 * comes out the same. Medians of `reps` warm runs; `cold*` is the first run.
 */
export function profilePage(reps: number) {
  const { readerable, gateMs } = timeGate(document, reps);
  const bare = coldAndWarm(reps, () =>
    new Readability(document.cloneNode(true) as Document).parse(),
  );
  const copy = coldAndWarm(reps, () => clonePruned(document));
  const pruned = clonePruned(document);
  // Each parse needs a fresh copy (Readability changes the one it reads): copies made untimed.
  const copies = Array.from({ length: reps + 1 }, () => clonePruned(document));
  const parse = coldAndWarm(reps, () => readClone(copies.pop()!));
  const whole = extractArticle(document, { unpruned: true })?.article ?? null;
  const mine = extractArticle(document)?.article ?? null;
  return {
    readerable,
    gateMs,
    bareReadabilityMs: bare.warmMs,
    coldBareReadabilityMs: bare.coldMs,
    prunedCopyMs: copy.warmMs,
    prunedParseMs: parse.warmMs,
    elements: document.getElementsByTagName('*').length,
    prunedElements: pruned.stats.elements,
    prunedTextChars: pruned.stats.textChars,
    sameArticle: JSON.stringify(whole) === JSON.stringify(mine),
    textChars: mine?.text.length ?? 0,
  };
}
