import type { OutletSummary } from '@/utils/core/report';
import { t } from '@/utils/ui/i18n';
import { catalogSourceLabel, languageName, typologyLabel } from '@/utils/ui/labels';

/** Props for `OutletFacts`. */
export interface OutletFactsProps {
  outlet: OutletSummary;
}

/**
 * Who an outlet is beyond its row's line: languages, owner and state affiliation (with its
 * source). Nothing when the catalog knows none of these.
 */
export default function OutletFacts({ outlet }: OutletFactsProps) {
  const state = outlet.stateAffiliation;
  if (!outlet.languages.length && !outlet.owner && !state) return null;
  return (
    <dl class="outlet-facts">
      {outlet.languages.length ? (
        <div>
          <dt>{t('fact_languages')}</dt>
          <dd class="outlet-languages">
            {outlet.languages.map((l) => languageName(l)).join(', ')}
          </dd>
        </div>
      ) : null}
      {outlet.owner ? (
        <div>
          <dt>{t('fact_owner')}</dt>
          <dd class="outlet-owner">{outlet.owner}</dd>
        </div>
      ) : null}
      {state ? (
        <div>
          <dt>{t('fact_state')}</dt>
          <dd class="outlet-state" data-typology={state.typology}>
            {typologyLabel(state.typology)}{' '}
            <span class="fact-source">{t('fact_source', catalogSourceLabel(state.source))}</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
