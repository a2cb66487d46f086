import type { CitedOutlet } from '@/utils/core/report';
import type { CreditKind } from '@/utils/core/types';
import type { LiveArticle } from '@/utils/messaging';
import type { OutletLinks as Links } from '@/utils/related/links';
import { t, tCount } from '@/utils/ui/i18n';
import { kindLabel } from '@/utils/ui/labels';
import LiveArticles from './LiveArticles';
import MarkedSentence from './MarkedSentence';
import OutletFacts from './OutletFacts';
import OutletLinks from './OutletLinks';

/** Props for `OutletCard`. */
export interface OutletCardProps {
  outlet: CitedOutlet;
  links?: Links;
  /** Live results for this outlet, when a live lookup ran. */
  liveArticles?: LiveArticle[];
  /** Called when the reader picks one credit, to scroll the page to it. */
  onFocusMention?: (mentionIndex: number) => void;
  /** Marks the card as uncertain (kept apart from the cited outlets). */
  isUncertain?: boolean;
}

/** Kinds of credit and how many of each, in order of first appearance. */
function countKinds(outlet: CitedOutlet): [CreditKind, number][] {
  const counts = new Map<CreditKind, number>();
  for (const m of outlet.mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts];
}

/** One outlet: who it is, how it is credited, every credit with its evidence, related coverage. */
export default function OutletCard({
  outlet,
  links,
  liveArticles,
  onFocusMention,
  isUncertain,
}: OutletCardProps) {
  return (
    <li class={`outlet${isUncertain ? ' outlet-uncertain' : ''}`} data-outlet-id={outlet.id}>
      <h3 class="outlet-name">{outlet.name}</h3>
      <OutletFacts outlet={outlet} />
      <p class="kinds" aria-label={t('credit_kinds')}>
        {countKinds(outlet).map(([kind, n]) => (
          <span key={kind} class={`kind kind-${kind}`} data-kind={kind} data-count={n}>
            {kindLabel(kind)} × {n}
          </span>
        ))}
      </p>
      <details class="mentions-details">
        <summary>{tCount('show_credits', outlet.mentions.length)}</summary>
        <ul class="mentions">
          {outlet.mentions.map((m, i) => (
            <li key={`${m.start}-${i}`} class="mention" data-kind={m.kind}>
              {onFocusMention ? (
                <button
                  type="button"
                  class="mention-button"
                  onClick={() => onFocusMention(i)}
                  title={t('show_in_page')}
                >
                  <span class="kind">{kindLabel(m.kind)}</span>
                  <MarkedSentence sentence={m.sentence} surface={m.surface} />
                </button>
              ) : (
                <p class="mention-text">
                  <span class="kind">{kindLabel(m.kind)}</span>
                  <MarkedSentence sentence={m.sentence} surface={m.surface} />
                </p>
              )}
            </li>
          ))}
        </ul>
      </details>
      {links ? <OutletLinks links={links} outletName={outlet.name} /> : null}
      {liveArticles ? <LiveArticles articles={liveArticles} /> : null}
    </li>
  );
}
