import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex } from '../../utils/core/report';
import { foldText } from '../../utils/core/text';
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
let chars = 0; for (const a of arts) chars += a.text.length;
for (const [k, c] of Object.entries(cats)) {
  const idx = buildCatalogIndex(c);
  let raw = 0; let t = performance.now();
  for (const a of arts) idx.aliases.automaton.scan(foldText(a.text), () => { raw++; });
  const scan = performance.now() - t;
  t = performance.now(); for (const a of arts) foldText(a.text); const fold = performance.now() - t;
  console.log(k, 'nodes', idx.aliases.automaton.size, 'raw hits', raw, 'per 1k chars', (raw / chars * 1000).toFixed(1), 'scan ms', scan.toFixed(1), 'fold ms', fold.toFixed(1));
}
console.log('chars', chars);
