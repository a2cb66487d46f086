import type { ArticleReport } from '../core/report';
import type { HighlightSpec } from '../messaging';
import { originalReportUrl, outletTerms } from '../related/links';
import { countryName, kindLabel, typeLabel } from '../ui/labels';

/**
 * How far a cue may stand from the name and still be drawn with it. A cue shared by a list
 * ("Con información de AFP, EFE y Reuters") would otherwise stretch one highlight from the cue
 * to each later name, overlapping ranges whose painting cost grows with the list squared.
 */
const MAX_CUE_GAP = 48;

/** The span to draw for a credit: the cue and the name together when they stand close. */
function drawnSpan(m: ArticleReport['outlets'][number]['mentions'][number]): [number, number] {
  const cue = m.cue;
  if (!cue) return [m.start, m.end];
  // Text between the cue and the name; 0 when they touch or overlap.
  const gap = Math.max(0, cue.start - m.end, m.start - cue.end);
  if (gap > MAX_CUE_GAP) return [m.start, m.end];
  return [Math.min(m.start, cue.start), Math.max(m.end, cue.end)];
}

/**
 * Turns a report into the list of spans the content script draws, in text order, with the
 * hover card's text in the reader's language.
 */
export function toHighlightSpecs(report: ArticleReport): HighlightSpec[] {
  const specs: HighlightSpec[] = [];
  report.outlets.forEach((outlet, outletIndex) => {
    const relatedUrl = originalReportUrl(outlet, outletTerms(report, outlet));
    // Localized here, once, so the content script carries no labels or display names.
    const country = outlet.country ? countryName(outlet.country) : '';
    const facts = [typeLabel(outlet.type), country].filter(Boolean).join(' · ');
    outlet.mentions.forEach((m, mentionIndex) => {
      const [cueStart, cueEnd] = drawnSpan(m);
      specs.push({
        outletIndex,
        mentionIndex,
        outletId: outlet.id,
        outletName: outlet.name,
        facts,
        kind: m.kind,
        kindLabel: kindLabel(m.kind),
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        cueStart,
        cueEnd,
        relatedUrl,
      });
    });
  });
  return specs.sort((a, b) => a.start - b.start);
}
