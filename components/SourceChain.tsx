import type { OutletSummary } from '@/utils/core/report';
import { t } from '@/utils/ui/i18n';
import { describeSourceChain, type ChainNode, type SourceChain as Chain } from '@/utils/ui/chain';

/** Props for `SourceChain`. */
export interface SourceChainProps {
  chain: Chain;
}

/** One outlet box of the diagram. Chain nodes carry no `data-outlet-id` (that marks rows only). */
function Node({ outlet, role }: { outlet: OutletSummary; role: string }) {
  return (
    <span class={`chain-node chain-${role}`} data-chain-id={outlet.id}>
      {outlet.name}
    </span>
  );
}

/** Cited outlets, each with the outlets it relays hanging below it. */
function Branches({ nodes }: { nodes: ChainNode[] }) {
  return (
    <ul class="chain-branches">
      {nodes.map((node) => (
        <li key={node.outlet.id}>
          <Node outlet={node.outlet} role="cited" />
          {node.relayed.length ? <Branches nodes={node.relayed} /> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * How the information reached the page, as a small top-down tree: the publisher, the outlet it
 * republished, the outlets cited, and the outlets those relay. The tree is drawn for the eye
 * (aria-hidden); its caption says the same in one sentence for everyone.
 */
export default function SourceChain({ chain }: SourceChainProps) {
  const text = describeSourceChain(chain);
  if (!text) return null;
  return (
    <section class="chain" aria-labelledby="chain-title">
      <h2 id="chain-title" class="section-title">
        {t('chain_title')}
      </h2>
      <figure class="chain-figure">
        <div class="chain-diagram" aria-hidden="true">
          <span class="chain-node chain-publisher">
            {chain.publisher?.name ?? t('chain_this_page')}
          </span>
          {chain.original ? (
            <div class="chain-step">
              <span class="chain-arrow">{t('chain_arrow_republished')}</span>
              <Node outlet={chain.original} role="original" />
            </div>
          ) : null}
          <div class="chain-step">
            <span class="chain-arrow">{t('chain_arrow_cites')}</span>
            <Branches nodes={chain.cited} />
          </div>
        </div>
        <figcaption class="chain-text">{text}</figcaption>
      </figure>
    </section>
  );
}
