import type { ContentScriptContext } from './context';
import { commonAncestor, findLiveRoot, type AnchorSource } from '@/utils/extract/anchor';
import { collapseSpace } from '@/utils/extract/text-index';
import { paint, type Painting } from '@/utils/highlight/highlight-api';
import type { DrawPlan, HighlightSpec } from '@/utils/messaging';
import { anchorSpecSteps, anchorSpecs } from './anchor-specs';
import { attachInteraction } from './interaction';
import { runInSlices } from './schedule';
import { recordStep } from './steps';
import { createBudget, watchArticle, type ArticleWatch } from './watch';

/** Visible characters under `el`: white space is left out, since re-renders often drop it. */
const textSize = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

interface Drawn {
  painting: Painting;
  /** Spec index of each drawn range. */
  indexes: number[];
  texts: string[];
  detach: () => void;
}

/**
 * Places specs in the page in slices of `SLICE_MS`, letting the page run between them: the
 * anchoring pauses between spans and inside the page-text index it may build, so neither one
 * credit nor a big page's index makes a long task. Resolves null when `signal` aborts first (a
 * newer pass took over).
 */
async function anchorInSlices(
  doc: Document,
  source: AnchorSource,
  specs: HighlightSpec[],
  signal: AbortSignal,
): Promise<(Range | null)[] | null> {
  const steps = anchorSpecSteps(doc, source, specs);
  let ranges: (Range | null)[] | null = null;
  const step = (hasTime: () => boolean) => {
    let next = steps.next();
    while (!next.done && hasTime()) next = steps.next();
    if (next.done) ranges = next.value;
    return next.done === true;
  };
  const done = await runInSlices(
    step,
    () => signal.aborted,
    (start) => recordStep('anchor', start),
  );
  return done ? ranges : null;
}

/**
 * Owns what SourceLens draws in one page: anchors the background's specs, draws those the
 * reader's settings allow while highlights are on, and keeps them right as the page changes
 * (re-anchoring, re-registering, or asking for a full re-run through `rerun`), giving up after
 * too many changes. Nothing stays in the page, and no listener stays on, while nothing is drawn.
 * Created only on pages with credits to draw, so other pages never run any of this.
 */
export function createHighlighter(ctx: ContentScriptContext, doc: Document, rerun: () => void) {
  let specs: HighlightSpec[] = [];
  let source: AnchorSource | null = null;
  let ranges: (Range | null)[] = [];
  let root: Element | null = null;
  /** What to draw (the background's decision: the switch, the settings, the corrections). */
  let plan: DrawPlan = { drawKinds: [], hideOutlets: [] };
  let drawn: Drawn | null = null;
  let watch: ArticleWatch | null = null;
  let watched: Node | null = null;
  /** `textSize` of the article root when drawn: a change means new or lost text. */
  let textLength = 0;
  let gaveUp = false;
  const budget = createBudget();

  function undraw() {
    if (!drawn) return;
    drawn.detach();
    drawn.painting.remove();
    drawn = null;
  }

  function stopWatching() {
    watch?.stop();
    watch = null;
    watched = null;
  }

  /**
   * The article's live root: kept while connected; else, after a re-render, the ranges' common
   * ancestor widened until it holds as much text as the old root did.
   */
  function locateRoot(indexes: number[]): Element {
    if (root?.isConnected) return root;
    const first = ranges[indexes[0]];
    const last = ranges[indexes[indexes.length - 1]];
    let el = (first && last && commonAncestor(first.startContainer, last.endContainer)) || doc.body;
    while (el.parentElement && el !== doc.body && textSize(el) < textLength) el = el.parentElement;
    return el;
  }

  /** Watches the root's parent, so a framework swapping the root itself is seen too. */
  function ensureWatch(target: Node) {
    if (watch && watched === target) return;
    stopWatching();
    watched = target;
    watch = watchArticle(ctx, target, {
      onChange,
      isIntact: () => drawn?.painting.isIntact() ?? true,
      onCleared,
    });
  }

  function draw() {
    undraw();
    const shown = (s: HighlightSpec) =>
      plan.drawKinds.includes(s.kind) && !plan.hideOutlets.includes(s.outletIndex);
    const indexes = specs.flatMap((s, i) => (ranges[i] && shown(s) ? [i] : []));
    if (gaveUp || !indexes.length) return stopWatching();
    root = locateRoot(indexes);
    textLength = textSize(root);
    const painting = paint(
      doc,
      indexes.map((i) => ({ kind: specs[i].kind, range: ranges[i]! })),
    );
    const detach = attachInteraction(
      doc,
      root,
      painting,
      indexes.map((i) => specs[i]),
    );
    drawn = {
      painting,
      indexes,
      texts: painting.ranges.map((r) => collapseSpace(r.toString())),
      detach,
    };
    ensureWatch(root.parentElement ?? root);
  }

  /** True while every drawn range still covers the text it was drawn over. */
  function rangesIntact(): boolean {
    if (!drawn) return true;
    return drawn.painting.ranges.every(
      (r, i) =>
        r.startContainer.isConnected &&
        r.endContainer.isConnected &&
        collapseSpace(r.toString()) === drawn!.texts[i],
    );
  }

  function giveUp() {
    gaveUp = true;
    undraw();
    stopWatching();
    console.info(
      'SourceLens: this page keeps changing; highlights are off for it until it reloads.',
    );
  }

  function onChange() {
    const intact = rangesIntact() && (drawn?.painting.isIntact() ?? true);
    const rootKept = root?.isConnected === true;
    if (rootKept && intact && textSize(root!) === textLength) return;
    if (!budget.take()) return giveUp();
    // Same nodes, but text was added or removed: the article changed, its credits may have too.
    if (rootKept && intact) return rerun();
    // Nodes replaced (a framework re-rendered): find the same credits again in the new nodes.
    const before = ranges.filter(Boolean).length;
    const oldLength = textLength;
    undraw();
    ranges = source ? anchorSpecs(doc, source, specs) : [];
    if (ranges.filter(Boolean).length < before) return rerun();
    if (!rootKept) root = null;
    draw();
    // The new article holds other text than the one we analyzed: analyze it again.
    if (textLength !== oldLength) rerun();
  }

  function onCleared() {
    if (!budget.take()) return giveUp();
    draw();
  }

  ctx.onInvalidated(() => {
    undraw();
    stopWatching();
  });

  return {
    /**
     * New specs for a freshly extracted article: anchors them in slices, then draws (one short
     * task). Does nothing if `signal` aborts meanwhile.
     */
    async setArticle(
      next: HighlightSpec[],
      nextSource: AnchorSource,
      nextPlan: DrawPlan,
      signal: AbortSignal = new AbortController().signal,
    ) {
      const placed = await anchorInSlices(doc, nextSource, next, signal);
      if (!placed) return;
      undraw();
      specs = next;
      source = nextSource;
      ranges = placed;
      root = findLiveRoot(nextSource.segments) ?? doc.body;
      plan = nextPlan;
      const start = performance.now();
      draw();
      recordStep('draw', start);
    },
    /** The page is (no longer) an article: nothing to draw. */
    clear() {
      undraw();
      stopWatching();
      specs = [];
      ranges = [];
      source = null;
    },
    /** Draws by this plan from now on (the popup's switch, the command, settings, corrections). */
    setPlan(nextPlan: DrawPlan) {
      // Switched on again: the reader asks, so try again on a page we had given up on.
      if (nextPlan.drawKinds.length > plan.drawKinds.length) gaveUp = false;
      plan = nextPlan;
      draw();
    },
    /** Counts a re-run the page caused (SPA navigation); false when we should give up. */
    allowRerun(): boolean {
      if (budget.take()) return true;
      giveUp();
      return false;
    },
    /** Scrolls to one credit and flashes it; false when it is not in the page. */
    focus(outletIndex: number, mentionIndex: number): boolean {
      const i = specs.findIndex(
        (s) => s.outletIndex === outletIndex && s.mentionIndex === mentionIndex,
      );
      const range = ranges[i];
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const at = drawn?.indexes.indexOf(i) ?? -1;
      const flash =
        drawn && at >= 0 ? drawn.painting : paint(doc, [{ kind: specs[i].kind, range }]);
      flash.setFocus(drawn && at >= 0 ? at : 0);
      ctx.setTimeout(
        () => (flash === drawn?.painting ? flash.setFocus(null) : flash.remove()),
        1600,
      );
      return true;
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
