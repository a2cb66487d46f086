import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport } from '../../utils/core/report';
import { findMentions } from '../../utils/core/alias-index';
import { detectAttributions } from '../../utils/core/detect';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from '../cli/load-dom';
import { findPages } from './pages';
import { citedIds } from './catalog-bench';
import { growCatalog, shrinkCatalog } from './synthetic-catalog';
const full = parseCatalog(JSON.parse(readFileSync('utils/core/catalog.json', 'utf8'))).catalog;
const { pages } = findPages(undefined);
const arts = pages.flatMap(p => { try { const e = extractArticle(loadDocument(readFileSync(p.file, 'utf8')), { mapToLive: false }); return e ? [e.article] : []; } catch { return []; } });
const fi = buildCatalogIndex(full);
const cats = { small: shrinkCatalog(full, 100, citedIds(arts, fi)), full, big: growCatalog(full, 10) };
const idx = Object.entries(cats).map(([k, c]) => [k, buildCatalogIndex(c)] as const);
const best: Record<string, { mentions: number; detect: number; report: number }> = {};
for (let round = 0; round < 7; round++) {
  for (const [k, ix] of idx) {
    let t = performance.now(); for (const a of arts) findMentions(a.text, ix.aliases); const m = performance.now() - t;
    t = performance.now(); for (const a of arts) detectAttributions(a.text, ix.aliases, { lang: a.lang ?? undefined, blocks: a.blocks }); const d = performance.now() - t;
    t = performance.now(); for (const a of arts) buildReport(a, ix); const r = performance.now() - t;
    const b = best[k] ??= { mentions: 1e9, detect: 1e9, report: 1e9 };
    b.mentions = Math.min(b.mentions, m); b.detect = Math.min(b.detect, d); b.report = Math.min(b.report, r);
  }
}
console.log(JSON.stringify(best, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v));
