import type { ArticleReport } from '../core/report';
import type { HighlightSpec } from '../messaging';
import { originalReportUrl, outletTerms } from '../related/links';

/** Turns a report into the list of spans the content script draws, in text order. */
export function toHighlightSpecs(report: ArticleReport): HighlightSpec[] {
  const specs: HighlightSpec[] = [];
  report.outlets.forEach((outlet, outletIndex) => {
    const relatedUrl = originalReportUrl(outlet, outletTerms(report, outlet));
    outlet.mentions.forEach((m, mentionIndex) => {
      specs.push({
        outletIndex,
        mentionIndex,
        outletId: outlet.id,
        outletName: outlet.name,
        outletType: outlet.type,
        country: outlet.country,
        kind: m.kind,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        cueStart: Math.min(m.start, m.cue?.start ?? m.start),
        cueEnd: Math.max(m.end, m.cue?.end ?? m.end),
        relatedUrl,
      });
    });
  });
  return specs.sort((a, b) => a.start - b.start);
}
