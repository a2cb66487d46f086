import type { ArticleReport, CitedOutlet, OutletSummary } from '../core/report';
import { formatList, t } from './i18n';

/** One cited outlet in the source chain, with the outlets that reached the article through it. */
export interface ChainNode {
  outlet: OutletSummary;
  /** Outlets this one relays ("AFP, citing the Daily Y": Daily Y is a relayed node of AFP). */
  relayed: ChainNode[];
}

/** How the information reached the page: publisher ← original source ← cited outlets. */
export interface SourceChain {
  publisher: OutletSummary | null;
  original: OutletSummary | null;
  cited: ChainNode[];
}

/** The relays an outlet's credits name (`via`), among the outlets shown; itself excluded. */
function relaysOf(outlet: CitedOutlet, shown: Set<string>): string[] {
  const ids = outlet.mentions.flatMap((m) =>
    m.via && m.via !== outlet.id && shown.has(m.via) ? [m.via] : [],
  );
  return [...new Set(ids)];
}

/**
 * Builds the chain from the outlets shown (in report order). An outlet credited directly at
 * least once hangs from the original source; one credited only through relays hangs from each
 * relay. Each outlet appears once per path and a relay loop (A via B, B via A) is cut where it
 * would close, so the tree is finite for any report.
 */
export function buildSourceChain(
  report: Pick<ArticleReport, 'publisher' | 'originalSource'>,
  outlets: CitedOutlet[],
): SourceChain {
  const shown = new Set(outlets.map((o) => o.id));
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const children = new Map<string, CitedOutlet[]>();
  const roots: CitedOutlet[] = [];
  for (const outlet of outlets) {
    const relays = relaysOf(outlet, shown);
    const isDirect = outlet.mentions.some((m) => !m.via || !relays.includes(m.via));
    if (isDirect || !relays.length) roots.push(outlet);
    for (const id of relays) children.set(id, [...(children.get(id) ?? []), outlet]);
  }
  const reached = new Set<string>();
  const grow = (outlet: CitedOutlet, path: Set<string>): ChainNode => {
    reached.add(outlet.id);
    const next = new Set(path).add(outlet.id);
    const relayed = (children.get(outlet.id) ?? []).filter((c) => !next.has(c.id));
    return { outlet, relayed: relayed.map((c) => grow(c, next)) };
  };
  const cited = roots.map((o) => grow(o, new Set()));
  // Outlets only reachable through a loop of relays: shown as cited directly, not dropped.
  for (const o of outlets) if (!reached.has(o.id)) cited.push(grow(byId.get(o.id)!, new Set()));
  return { publisher: report.publisher, original: report.originalSource, cited };
}

/** "AFP, citing the Daily Y and Z" for a node with relayed outlets, else the outlet's name. */
function describeNode(node: ChainNode): string {
  if (!node.relayed.length) return node.outlet.name;
  return t('chain_relays', [node.outlet.name, formatList(node.relayed.map(describeNode))]);
}

/**
 * The chain as one sentence, reading as the diagram does: "Vietnam.vn republished Báo Quốc tế,
 * which cites AP, AFP, citing the Daily Y, and Reuters." Empty when nothing is cited.
 */
export function describeSourceChain(chain: SourceChain): string {
  if (!chain.cited.length) return '';
  const cited = formatList(chain.cited.map(describeNode));
  const page = chain.publisher?.name ?? t('chain_this_page');
  if (chain.original) return t('chain_text_republished', [page, chain.original.name, cited]);
  return t('chain_text', [page, cited]);
}
