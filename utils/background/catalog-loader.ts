import rawCatalog from '../core/catalog.json';
import { parseCatalog } from '../core/catalog-schema';
import { buildCatalogIndex, type CatalogIndex } from '../core/report';

let index: CatalogIndex | null = null;

/**
 * The bundled catalog, validated and indexed on first use. Invalid entries are dropped and
 * logged (one bad entry must not blind the extension). Later calls reuse the index.
 */
export function getCatalogIndex(): CatalogIndex {
  if (index) return index;
  const { catalog, errors } = parseCatalog(rawCatalog);
  if (errors.length) console.warn(`SourceLens: ${errors.length} catalog entries skipped`, errors);
  index = buildCatalogIndex(catalog);
  return index;
}
