import type { CitedOutlet } from '@/utils/core/report';
import type { CreditKind } from '@/utils/core/types';
import { t, tCount } from '@/utils/ui/i18n';
import { countryFlag, countryName, kindLabel, typeLabel, typologyLabel } from '@/utils/ui/labels';
import OutletDetails, { type OutletDetailsProps } from './OutletDetails';

/** Props for `OutletRow`. */
export interface OutletRowProps extends Omit<OutletDetailsProps, 'outlet'> {
  outlet: CitedOutlet;
  /** Marks the row as uncertain (kept apart from the cited outlets, and not one of them). */
  isUncertain?: boolean;
}

/** Kinds of credit and how many of each, in order of first appearance. */
function countKinds(outlet: CitedOutlet): [CreditKind, number][] {
  const counts = new Map<CreditKind, number>();
  for (const m of outlet.mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts];
}

/** Type and country in one line, or "not in the catalog" for an outlet found by the text only. */
function OutletMeta({ outlet }: { outlet: CitedOutlet }) {
  const flag = countryFlag(outlet.country);
  return (
    <span class="outlet-meta">
      <span class="outlet-type">{typeLabel(outlet.type)}</span>
      {outlet.country ? (
        <span class="outlet-country" data-country={outlet.country}>
          {flag ? <span aria-hidden="true">{flag} </span> : null}
          {countryName(outlet.country)}
        </span>
      ) : null}
      {outlet.stateAffiliation ? (
        <span class="state-badge" data-typology={outlet.stateAffiliation.typology}>
          {typologyLabel(outlet.stateAffiliation.typology)}
        </span>
      ) : null}
      {outlet.listed ? null : <span class="unlisted-badge">{t('unlisted_badge')}</span>}
    </span>
  );
}

/**
 * One outlet as a compact row — name, type, country, kinds of credit, count — that unfolds in
 * place (`<details>`) for its facts, evidence and links. Only a cited outlet's row carries
 * `data-outlet-id`: exactly one element per cited outlet has it.
 */
export default function OutletRow({ outlet, isUncertain, ...details }: OutletRowProps) {
  const n = outlet.mentions.length;
  return (
    <li
      class={`outlet${isUncertain ? ' outlet-uncertain' : ''}${outlet.listed ? '' : ' outlet-unlisted'}`}
      data-outlet-id={isUncertain ? undefined : outlet.id}
      data-uncertain-id={isUncertain ? outlet.id : undefined}
    >
      <details class="outlet-row">
        <summary class="outlet-head">
          <span class="outlet-name">{outlet.name}</span>
          <span class="outlet-count">
            <span aria-hidden="true">{n}</span>
            <span class="visually-hidden">{tCount('credits', n)}</span>
          </span>
          <OutletMeta outlet={outlet} />
          <span class="kinds">
            <span class="visually-hidden">{t('credit_kinds')}: </span>
            {countKinds(outlet).map(([kind, count]) => (
              <span key={kind} class={`kind kind-${kind}`} data-kind={kind} data-count={count}>
                {kindLabel(kind)}
                {count > 1 ? ` ×${count}` : ''}
              </span>
            ))}
          </span>
        </summary>
        <OutletDetails outlet={outlet} {...details} />
      </details>
    </li>
  );
}
