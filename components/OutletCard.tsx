import type { CitedOutlet } from '@/utils/core/report';
import { countryFlag, countryName, kindLabel, typeLabel } from '@/utils/ui/labels';
import MarkedSentence from './MarkedSentence';

/** Props for `OutletCard`. */
export interface OutletCardProps {
  outlet: CitedOutlet;
  /** Called when the reader picks one credit, to scroll the page to it. */
  onFocusMention?: (mentionIndex: number) => void;
}

/** One cited outlet: who it is, and every credit with its evidence sentence. */
export default function OutletCard({ outlet, onFocusMention }: OutletCardProps) {
  return (
    <li class="outlet" data-outlet-id={outlet.id}>
      <h3 class="outlet-name">{outlet.name}</h3>
      <p class="outlet-facts">
        <span class="outlet-type">{typeLabel(outlet.type)}</span>
        {' · '}
        <span class="outlet-country" title={outlet.country}>
          {countryFlag(outlet.country)} {countryName(outlet.country)}
        </span>
      </p>
      <ul class="mentions">
        {outlet.mentions.map((m, i) => (
          <li key={`${m.start}-${i}`} class="mention">
            <button
              type="button"
              class="mention-button"
              onClick={() => onFocusMention?.(i)}
            >
              <span class={`kind kind-${m.kind}`}>{kindLabel(m.kind)}</span>
              <MarkedSentence sentence={m.sentence} surface={m.surface} />
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}
