import { expect } from 'vitest';
import type { ArticleReport } from '../../../utils/core/report';
import type { HighlightEntry, PopupSnapshot } from './probes';
import { squash, type ExpectedOutlet } from './reference';

/** The report as the background sends it (plain JSON of the core's type). */
export type ReportShape = ArticleReport;

/** Unwraps `{ ok, value: { status: 'ready', report } }` from a getTabState reply, or null. */
export function reportOf(reply: unknown): ReportShape | null {
  const r = reply as { ok?: boolean; value?: { status?: string; report?: ReportShape } } | null;
  return r?.ok && r.value?.status === 'ready' && r.value.report ? r.value.report : null;
}

/** The report names the expected publisher, original source, and exactly the expected outlets and kinds. */
export function expectReferenceReport(
  report: ReportShape,
  expected: { publisherDomain: string; originalSourceDomain: string; outlets: ExpectedOutlet[] },
): void {
  expect(report.publisher?.domains).toContain(expected.publisherDomain);
  expect(report.originalSource?.domains).toContain(expected.originalSourceDomain);
  const got = report.outlets.map((o) => ({
    name: o.name,
    kinds: o.mentions.map((m) => m.kind).sort(),
  }));
  const want = expected.outlets.map((o) => ({ name: o.name, kinds: o.kinds }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(got.sort(byName)).toEqual(want.sort(byName));
}

/** The popup shows one row per expected outlet, each with every evidence sentence. */
export function expectReferencePopup(popup: PopupSnapshot, outlets: ExpectedOutlet[]): void {
  expect(popup.state).toBeNull();
  expect(popup.outlets.map((o) => o.name).sort()).toEqual(outlets.map((o) => o.name).sort());
  for (const want of outlets) {
    const row = popup.outlets.find((o) => o.name === want.name)!;
    expect(row.id, `${want.name} row has a data-outlet-id`).not.toBe('');
    expect(row.mentions.length, `${want.name} shows one credit per kind`).toBe(want.kinds.length);
    for (const evidence of want.evidence) {
      expect(
        row.mentions.some((m) => m.text.includes(squash(evidence))),
        `${want.name}: "${evidence}"`,
      ).toBe(true);
    }
  }
}

/**
 * Every expected credit is drawn, with SourceLens's own highlight names, over text that holds
 * the outlet's name; and nothing else is drawn.
 */
export function expectReferenceHighlights(
  entries: HighlightEntry[],
  outlets: ExpectedOutlet[],
): string[] {
  const ours = entries.filter(
    (e) => e.name.startsWith('sourcelens-') && e.name !== 'sourcelens-focus',
  );
  expect(ours.length, 'SourceLens registers its highlights').toBeGreaterThan(0);
  const texts = ours.flatMap((e) => e.texts.map(squash));
  const credits = outlets.reduce((n, o) => n + o.kinds.length, 0);
  expect(texts.length, `one range per credit: ${JSON.stringify(texts)}`).toBe(credits);
  for (const want of outlets) {
    const hits = texts.filter((t) => want.surfaces.some((s) => t.includes(s)));
    expect(hits.length, `${want.name} highlighted once per credit`).toBe(want.kinds.length);
  }
  return texts;
}

/**
 * Each cited outlet's "find the original report" link leads to that outlet: its own site, or a
 * search restricted to one of its domains.
 */
export function expectRelatedLinks(popup: PopupSnapshot, report: ReportShape): void {
  for (const outlet of report.outlets) {
    const row = popup.outlets.find((o) => o.id === outlet.id);
    expect(row?.related.length, `${outlet.name} has a related-coverage link`).toBeGreaterThan(0);
    for (const href of row!.related) {
      const url = new URL(href);
      const target = `${url.hostname} ${decodeURIComponent(url.search)}`;
      expect(
        outlet.domains.some((d) => target.includes(d)),
        `${outlet.name}: ${href} points at ${outlet.domains.join(', ')}`,
      ).toBe(true);
    }
  }
}

/**
 * The popup tells the reader SourceLens can't run in this tab: the "unsupported" state, or,
 * where the popup can't see the tab's address (no "tabs" permission), the background's
 * "not-running" state, which names browser pages as the reason.
 */
export function expectCantRunHere(popup: PopupSnapshot): void {
  const says = `${popup.state}: ${popup.stateText}`;
  expect(popup.state === 'unsupported' || popup.state === 'not-running', says).toBe(true);
  expect(popup.outlets).toEqual([]);
}

/**
 * Each expected credit is highlighted where the labels say it stands: a highlight holding the
 * outlet's name sits in the block (paragraph, caption…) that holds that credit's evidence.
 */
export function expectHighlightsInPlace(
  places: { text: string; block: string }[],
  outlets: ExpectedOutlet[],
): void {
  for (const want of outlets) {
    for (const evidence of want.evidence) {
      const found = places.some(
        (p) => want.surfaces.some((s) => p.text.includes(s)) && p.block.includes(squash(evidence)),
      );
      expect(found, `${want.name} highlighted beside "${evidence}"`).toBe(true);
    }
  }
}
