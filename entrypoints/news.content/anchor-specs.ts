import { anchorSpanSteps, type AnchorSource, type IndexCache } from '@/utils/extract/anchor';
import { drain, type Steps } from '@/utils/extract/text-index-build';
import type { HighlightSpec } from '@/utils/messaging';

/**
 * The cue-and-name span of a spec, kept inside the name's own line: a cue read across a block
 * break (a caption's "Image" under a credit) would draw over two blocks and the gap between.
 */
function cueSpan(text: string, s: HighlightSpec): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = text.indexOf('\n', s.end);
  return {
    start: Math.max(s.cueStart, lineStart),
    end: Math.min(s.cueEnd, nl < 0 ? text.length : nl),
  };
}

/**
 * Places each spec in the page: its cue and name together, else the name alone. `indexes`
 * keeps the quote search's text indexes between calls (see `anchorSpanSteps`). Pauses between
 * spans and while indexing the page's text, so a caller can spread the work over slices.
 */
export function* anchorSpecSteps(
  doc: Document,
  source: AnchorSource,
  specs: HighlightSpec[],
  indexes: IndexCache = new Map(),
): Steps<(Range | null)[]> {
  const place = (targets: { start: number; end: number }[]) =>
    anchorSpanSteps(doc, source, targets, undefined, indexes);
  const cues = yield* place(specs.map((s) => cueSpan(source.text, s)));
  const missing = specs.map((s, i) =>
    cues[i] ? { start: 0, end: 0 } : { start: s.start, end: s.end },
  );
  const names = cues.some((c) => !c) ? yield* place(missing) : [];
  return specs.map((_, i) => cues[i]?.range ?? names[i]?.range ?? null);
}

/** Places each spec at once (see `anchorSpecSteps`). */
export function anchorSpecs(
  doc: Document,
  source: AnchorSource,
  specs: HighlightSpec[],
  indexes?: IndexCache,
): (Range | null)[] {
  return drain(anchorSpecSteps(doc, source, specs, indexes));
}
