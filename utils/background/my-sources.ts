import {
  summarizeOutlet,
  type ArticleReport,
  type CatalogIndex,
  type OutletSummary,
} from '../core/report';
import { recordArticle } from '../my-sources/store';

/**
 * The one place the background feeds "My sources": `count(report)` is called when a tab's report
 * completes. It stores nothing unless the reader opted in (`isOn`), counts one report at a time
 * (two tabs finishing together must not overwrite each other's count), and a failure here never
 * touches the report.
 */
export function createReportCounter(
  isOn: () => Promise<boolean>,
  record: (report: ArticleReport) => Promise<void> = recordArticle,
): (report: ArticleReport) => Promise<void> {
  let queue = Promise.resolve();
  const countOne = async (report: ArticleReport) => {
    try {
      if (!(await isOn()) || !/^https?:/i.test(report.url)) return;
      await record(report);
    } catch (e) {
      console.warn('SourceLens: My sources could not count this article', e);
    }
  };
  return (report) => (queue = queue.then(() => countOne(report)));
}

/**
 * Catalog facts of the outlets with these ids, in the order asked, for the My sources page
 * (the tally stores ids only, and the page does not load the catalog). Unknown ids are left out.
 */
export function describeOutlets(index: CatalogIndex, ids: string[]): OutletSummary[] {
  return ids.flatMap((id) => {
    const outlet = index.aliases.outlets.get(id);
    return outlet ? [summarizeOutlet(outlet)] : [];
  });
}
