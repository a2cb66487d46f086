import type { LiveArticle } from '@/utils/messaging';
import { t, uiLocale } from '@/utils/ui/i18n';

/** Props for `LiveArticles`. */
export interface LiveArticlesProps {
  articles: LiveArticle[];
  /** Most articles listed. */
  max?: number;
}

const formatDate = (iso: string | null) => {
  if (!iso) return null;
  try {
    return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
};

/** Articles a live lookup found on an outlet's site: title, outlet, date, link. */
export default function LiveArticles({ articles, max = 5 }: LiveArticlesProps) {
  if (!articles.length) return <p class="live-none">{t('live_none')}</p>;
  return (
    <ul class="live-articles" aria-label={t('live_heading')}>
      {articles.slice(0, max).map((a) => (
        <li key={a.url} class="live-article">
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {a.title}
          </a>
          <span class="live-meta">
            {a.domain}
            {a.date ? (
              <>
                {' · '}
                <time dateTime={a.date}>{formatDate(a.date)}</time>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
