import { useState } from 'preact/hooks';
import type { MissedCredit } from '@/utils/settings/corrections';
import { t } from '@/utils/ui/i18n';

/** Props for `MissedCreditForm`. */
export interface MissedCreditFormProps {
  /** Missed credits the reader already noted on this site. */
  noted: MissedCredit[];
  onSubmit: (outlet: string, sentence: string) => void;
}

/**
 * "A credit was missed": the reader names the outlet and, if they like, pastes the sentence.
 * A form in the popup rather than a selection in the page: it needs no context-menu permission
 * and no change to the content script, and works the same in the side panel and both browsers.
 */
export default function MissedCreditForm({ noted, onSubmit }: MissedCreditFormProps) {
  const [outlet, setOutlet] = useState('');
  const [sentence, setSentence] = useState('');
  const [saved, setSaved] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const name = outlet.trim();
    if (!name) return;
    onSubmit(name, sentence.trim());
    setOutlet('');
    setSentence('');
    setSaved(t('missed_saved', name));
  };
  return (
    <details class="missed">
      <summary>{t('missed_title')}</summary>
      <form class="missed-form" onSubmit={submit}>
        <label for="missed-outlet">{t('missed_outlet')}</label>
        <input
          id="missed-outlet"
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          value={outlet}
          onInput={(e) => setOutlet(e.currentTarget.value)}
        />
        <label for="missed-sentence">{t('missed_sentence')}</label>
        <textarea
          id="missed-sentence"
          rows={2}
          maxLength={500}
          value={sentence}
          onInput={(e) => setSentence(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('missed_submit')}
        </button>
        <p class="missed-status" role="status">
          {saved}
        </p>
      </form>
      {noted.length ? (
        <ul class="missed-list" aria-label={t('missed_noted')}>
          {noted.map((m, i) => (
            <li key={`${m.at}-${i}`}>{m.outlet}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
