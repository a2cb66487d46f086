import {
  buildReport,
  type CatalogIndex,
  type MentionReport,
  type OutletSummary,
} from '../../utils/core/report';
import type { Outlet } from '../../utils/core/catalog-schema';
import { extractArticle } from '../../utils/extract/extract';
import { loadDocument } from './load-dom';

type Brief = Pick<
  OutletSummary,
  'id' | 'name' | 'listed' | 'domains' | 'country' | 'type' | 'wikidata'
>;

/** One file's result in the command line's stable JSON format. */
export interface FileResult {
  file: string;
  url: string | null;
  title: string | null;
  lang: string | null;
  publisher: Brief | null;
  originalSource: Brief | null;
  outlets: (Brief & {
    mentions: {
      surface: string;
      kind: string;
      start: number;
      end: number;
      sentence: string;
      confidence: number;
      /** The id of the rule that decided (for checking and research). */
      rule: string;
      /** For a relayed credit ("AFP, citing the Daily Y"): the id of the relaying outlet. */
      via?: string;
    }[];
  })[];
  uncertain: FileResult['outlets'];
  error?: string;
}

/**
 * The addresses printed for an outlet: its own, else those of the nearest parent that has some.
 * A programme or sub-brand without a site of its own ("Face the Nation", "NRK Dagsnytt") is
 * published at its broadcaster's, so the JSON points to the site the credit leads to.
 */
function addressesOf(o: OutletSummary, outlets: Map<string, Outlet>): string[] {
  if (o.domains.length || !o.listed) return o.domains;
  let cur = outlets.get(o.id);
  for (let depth = 0; cur && !cur.domains.length && cur.parent && depth < 4; depth++)
    cur = outlets.get(cur.parent);
  return cur?.domains ?? [];
}

/** The outlet facts the command line prints (`wikidata` only when the catalog has it). */
function brief(o: OutletSummary | null, outlets: Map<string, Outlet>): Brief | null {
  if (!o) return null;
  const { id, name, listed, country, type, wikidata } = o;
  const b: Brief = { id, name, listed, domains: addressesOf(o, outlets), country, type };
  if (wikidata) b.wikidata = wikidata;
  return b;
}

/** One mention in the command line's format (confidence to two decimals). */
function briefMention(m: MentionReport): FileResult['outlets'][number]['mentions'][number] {
  const { surface, kind, start, end, sentence, confidence, rule, via } = m;
  const b = {
    surface,
    kind,
    start,
    end,
    sentence,
    confidence: Math.round(confidence * 100) / 100,
    rule,
  };
  return via ? { ...b, via } : b;
}

/** Extracts and annotates one page's HTML; never throws (errors go in `error`). */
export function annotateHtml(
  file: string,
  html: string,
  index: CatalogIndex,
  url: string | null,
): FileResult {
  const empty: FileResult = {
    file,
    url,
    title: null,
    lang: null,
    publisher: null,
    originalSource: null,
    outlets: [],
    uncertain: [],
  };
  try {
    const doc = loadDocument(html);
    const extraction = extractArticle(doc, { url });
    if (!extraction) return { ...empty, error: 'no article found' };
    const report = buildReport(extraction.article, index);
    const byId = index.aliases.outlets;
    const outlets = (list: typeof report.outlets) =>
      list.map((o) => ({ ...brief(o, byId)!, mentions: o.mentions.map(briefMention) }));
    return {
      file,
      url: report.url || null,
      title: report.title,
      lang: report.lang,
      publisher: brief(report.publisher, byId),
      originalSource: brief(report.originalSource, byId),
      outlets: outlets(report.outlets),
      uncertain: outlets(report.uncertain),
    };
  } catch (e) {
    return { ...empty, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Human-readable table of results. */
export function formatTable(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.file}${r.title ? ` — ${r.title}` : ''}`);
    if (r.error) {
      lines.push(`  error: ${r.error}`, '');
      continue;
    }
    lines.push(`  publisher: ${r.publisher?.name ?? '(unknown)'}   language: ${r.lang ?? '?'}`);
    if (r.originalSource) lines.push(`  original source: ${r.originalSource.name}`);
    lines.push(`  cited outlets: ${r.outlets.length}`);
    for (const o of r.outlets) {
      const kinds = [...new Set(o.mentions.map((m) => m.kind))].join(', ');
      lines.push(`    ${o.name.padEnd(28)} ${o.type.padEnd(12)} ${o.country}  ${kinds}`);
      for (const m of o.mentions)
        lines.push(`      · ${m.kind.padEnd(9)} “${m.sentence.slice(0, 110)}”`);
    }
    for (const o of r.uncertain) lines.push(`    ? ${o.name} (uncertain)`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
