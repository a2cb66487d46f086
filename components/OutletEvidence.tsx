import type { CitedOutlet } from '@/utils/core/report';
import { t } from '@/utils/ui/i18n';
import { kindLabel } from '@/utils/ui/labels';
import MarkedSentence from './MarkedSentence';

/** Props for `OutletEvidence`. */
export interface OutletEvidenceProps {
  outlet: CitedOutlet;
  /** Called with a credit's index when the reader picks it; without it credits are plain text. */
  onFocusMention?: (mentionIndex: number) => void;
}

/** Every credit of one outlet: its kind and the sentence that gives it, with the name marked. */
export default function OutletEvidence({ outlet, onFocusMention }: OutletEvidenceProps) {
  return (
    <ul class="mentions" aria-label={t('evidence_label')}>
      {outlet.mentions.map((m, i) => {
        const body = (
          <>
            <span class="kind">{kindLabel(m.kind)}</span>
            <MarkedSentence sentence={m.sentence} surface={m.surface} />
          </>
        );
        return (
          <li key={`${m.start}-${i}`} class="mention" data-kind={m.kind}>
            {onFocusMention ? (
              <button
                type="button"
                class="mention-button"
                onClick={() => onFocusMention(i)}
                title={t('show_in_page')}
              >
                {body}
              </button>
            ) : (
              <p class="mention-text">{body}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
