import { useState } from 'preact/hooks';
import { MAX_DISABLED_SITES } from '@/utils/settings/schema';
import { normalizeHostname } from '@/utils/settings';
import { t } from '@/utils/ui/i18n';

/** Props for `SiteList`. */
export interface SiteListProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

/** The sites where SourceLens stays off: add by typing a site or an address, remove by button. */
export default function SiteList({ sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHostname(draft);
    if (!host) return setError(t('sites_invalid'));
    if (sites.length >= MAX_DISABLED_SITES) return setError(t('sites_full'));
    setError('');
    setDraft('');
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };
  return (
    <section class="options-section" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites')}</h2>
      <p class="help">{t('options_sites_help')}</p>
      <form class="site-form" onSubmit={add}>
        <label for="site-input">{t('sites_add_label')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('sites_add')}
        </button>
      </form>
      {error ? (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      ) : null}
      {sites.length ? (
        <ul class="site-list" aria-label={t('options_sites')}>
          {sites.map((site) => (
            <li key={site} class="site" data-site={site}>
              <span>{site}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('sites_remove')}
                <span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{t('sites_none')}</p>
      )}
    </section>
  );
}
