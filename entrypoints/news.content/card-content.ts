import type { CardContent } from '@/utils/highlight/card/card';
import type { HighlightSpec } from '@/utils/messaging';
import { countryFlag, countryName, kindLabel, typeLabel } from '@/utils/ui/labels';
import { t } from '@/utils/ui/i18n';

/** The card's text for one credit, in the reader's language. Plain strings only. */
export function toCardContent(spec: HighlightSpec): CardContent {
  const country = spec.country
    ? `${countryFlag(spec.country)} ${countryName(spec.country)}`.trim()
    : '';
  return {
    outletName: spec.outletName,
    facts: [typeLabel(spec.outletType), country].filter(Boolean).join(' · '),
    kindLabel: kindLabel(spec.kind),
    evidence: spec.sentence,
    related: spec.relatedUrl ? { href: spec.relatedUrl, label: t('card_related') } : null,
    closeLabel: t('card_close'),
  };
}
