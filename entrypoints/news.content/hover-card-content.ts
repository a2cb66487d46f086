import type { HoverCardContent } from '@/utils/highlight/hover-card';
import type { HighlightSpec } from '@/utils/messaging';

/**
 * The hover card's text for one credit, in the reader's language: the background localized the
 * facts and the kind (utils/background/highlights.ts); the two labels come from the locale files.
 * Plain strings only.
 */
export function toHoverCardContent(spec: HighlightSpec): HoverCardContent {
  const label = (key: string) => browser.i18n.getMessage(key as 'card_close');
  return {
    outletName: spec.outletName,
    facts: spec.facts,
    kindLabel: spec.kindLabel,
    evidence: spec.sentence,
    related: spec.relatedUrl ? { href: spec.relatedUrl, label: label('card_related') } : null,
    closeLabel: label('card_close'),
  };
}
