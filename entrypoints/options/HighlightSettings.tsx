import { CREDIT_KINDS, type CreditKind } from '@/utils/core/types';
import type { Settings } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';
import { kindLabel } from '@/utils/ui/labels';

/** Props for `HighlightSettings`. */
export interface HighlightSettingsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/** Highlights on or off, and which kinds of credit get one. */
export default function HighlightSettings({ settings, onChange }: HighlightSettingsProps) {
  const toggleKind = (kind: CreditKind, on: boolean) => {
    const kinds = new Set(settings.highlightKinds);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    // Kept in the catalog order, so the stored list (and an exported file) is stable.
    onChange({ highlightKinds: CREDIT_KINDS.filter((k) => kinds.has(k)) });
  };
  return (
    <section class="options-section" aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t('options_highlights')}</h2>
      <label class="check">
        <input
          type="checkbox"
          name="highlightsEnabled"
          checked={settings.highlightsEnabled}
          onChange={(e) => onChange({ highlightsEnabled: e.currentTarget.checked })}
        />
        {t('options_highlights_on')}
      </label>
      <fieldset class="kinds-fieldset" disabled={!settings.highlightsEnabled}>
        <legend>{t('options_kinds')}</legend>
        {CREDIT_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              name="highlightKinds"
              value={kind}
              checked={settings.highlightKinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
            />
            {kindLabel(kind)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
