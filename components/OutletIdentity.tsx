import type { OutletSummary } from '@/utils/core/report';
import { t, uiLocale } from '@/utils/ui/i18n';
import { catalogSourceLabel } from '@/utils/ui/labels';

/** Props for `OutletIdentity`. */
export interface OutletIdentityProps {
  outlet: OutletSummary;
}

/** Localized names of the facts whose source the report gives. */
const FACT_LABELS = {
  name: 'fact_name',
  type: 'fact_type',
  country: 'fact_country',
  languages: 'fact_languages',
  owner: 'fact_owner',
  wikidata: 'fact_wikidata',
} as const;

/** Facts grouped by the catalog source they come from: [source id, fact labels]. */
function groupBySource(sources: Record<string, string>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  const locale = uiLocale();
  for (const [field, source] of Object.entries(sources)) {
    const key = FACT_LABELS[field as keyof typeof FACT_LABELS];
    if (key) groups.set(source, [...(groups.get(source) ?? []), t(key).toLocaleLowerCase(locale)]);
  }
  return [...groups];
}

const webSearch = (name: string) =>
  `https://www.google.com/search?${new URLSearchParams({ q: `"${name}" news outlet` })}`;

/**
 * Where the outlet's identity can be checked: its Wikidata item and the sources of each catalog
 * fact; for an outlet the catalog does not know, a web search for it instead.
 */
export default function OutletIdentity({ outlet }: OutletIdentityProps) {
  if (!outlet.listed) {
    return (
      <p class="identity identity-unlisted">
        {t('unlisted_help')}{' '}
        <a
          class="unlisted-search"
          href={webSearch(outlet.name)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('unlisted_search')}
          <span class="visually-hidden"> ({outlet.name})</span>
        </a>
      </p>
    );
  }
  const groups = groupBySource(outlet.sources ?? {});
  return (
    <div class="identity">
      {outlet.wikidata ? (
        <a
          class="wikidata-link"
          href={`https://www.wikidata.org/wiki/${outlet.wikidata}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('wikidata_link', outlet.wikidata)}
          <span class="visually-hidden"> ({outlet.name})</span>
        </a>
      ) : null}
      {groups.length ? (
        <ul class="fact-sources" aria-label={t('fact_sources')}>
          {groups.map(([source, facts]) => (
            <li key={source} data-source={source}>
              {t('fact_sources_line', [facts.join(', '), catalogSourceLabel(source)])}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
