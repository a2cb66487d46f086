import { readFileSync } from 'node:fs';
import { loadDocument } from '../../scripts/cli/load-dom';
import { getCatalogIndex } from '@/utils/background/catalog-loader';
import { buildReport, type ArticleReport } from '@/utils/core/report';
import { extractArticle } from '@/utils/extract/extract';

const PAGE = 'tests/fixtures/pages/us-israel-relations';

/** The reference page's report, built the way the extension builds it (extract, then core). */
export function referenceReport(): ArticleReport {
  const html = readFileSync(`${PAGE}/source.html`, 'utf8');
  const { url } = JSON.parse(readFileSync(`${PAGE}/meta.json`, 'utf8')) as { url: string };
  const extraction = extractArticle(loadDocument(html), { url });
  if (!extraction) throw new Error('reference page: no article');
  return buildReport(extraction.article, getCatalogIndex());
}
