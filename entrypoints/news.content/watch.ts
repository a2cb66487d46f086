import type { ContentScriptContext } from './context';

/** Quiet time after the last mutation before we look at the article again. */
const MUTATION_DEBOUNCE = 400;
/** How often to check that the page has not cleared `CSS.highlights` (only while drawn). */
const REGISTRY_CHECK = 2_000;

/**
 * Counts re-anchors in a sliding window, so a page that keeps changing makes us give up
 * instead of redrawing forever: at most `max` in `windowMs`.
 */
export function createBudget(max = 5, windowMs = 10_000, now: () => number = () => Date.now()) {
  const times: number[] = [];
  return {
    /** Records one re-anchor; false when the budget is spent (the caller should give up). */
    take(): boolean {
      const t = now();
      while (times.length && t - times[0] > windowMs) times.shift();
      times.push(t);
      return times.length <= max;
    },
  };
}

export interface ArticleWatch {
  stop(): void;
}

/**
 * Calls `onChange` (debounced) when the page changes under `target` (the article root's parent,
 * so a framework replacing the root is seen too), and `onCleared` when the periodic check finds
 * our highlights gone from the page's registry. All timers and the observer go with `ctx`.
 */
export function watchArticle(
  ctx: ContentScriptContext,
  target: Node,
  handlers: { onChange: () => void; isIntact: () => boolean; onCleared: () => void },
): ArticleWatch {
  let timer: number | undefined;
  let stopped = false;
  // The hover card comes and goes under <html>: when that is watched, the look finds no change.
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (!stopped) handlers.onChange();
    }, MUTATION_DEBOUNCE);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const interval = ctx.setInterval(() => {
    if (!stopped && !handlers.isIntact()) handlers.onCleared();
  }, REGISTRY_CHECK);
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearInterval(interval);
    if (timer !== undefined) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return { stop };
}
