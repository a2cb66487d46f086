import type { OutletSummary } from '@/utils/core/report';
import { t } from '@/utils/ui/i18n';
import {
  catalogSourceLabel,
  countryFlag,
  countryName,
  languageName,
  typeLabel,
  typologyLabel,
} from '@/utils/ui/labels';

/** Props for `OutletFacts`. */
export interface OutletFactsProps {
  outlet: OutletSummary;
}

/** Who an outlet is: type, country, languages, owner and state affiliation (with its source). */
export default function OutletFacts({ outlet }: OutletFactsProps) {
  const state = outlet.stateAffiliation;
  return (
    <dl class="outlet-facts">
      <div>
        <dt>{t('fact_type')}</dt>
        <dd class="outlet-type">{typeLabel(outlet.type)}</dd>
      </div>
      <div>
        <dt>{t('fact_country')}</dt>
        <dd class="outlet-country" data-country={outlet.country}>
          {countryFlag(outlet.country) ? (
            <span aria-hidden="true">{countryFlag(outlet.country)} </span>
          ) : null}
          {countryName(outlet.country)}
        </dd>
      </div>
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
