import * as v from 'valibot';
import type { LiveArticle, LiveLookupError } from '../../messaging';

/** One entry of GDELT's ArtList JSON; extra fields are ignored. */
const GdeltArticleSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2_048), v.url(), v.regex(/^https?:\/\//i)),
  title: v.pipe(v.string(), v.maxLength(1_000)),
  seendate: v.optional(v.string()),
  domain: v.pipe(v.string(), v.maxLength(253)),
});

/** The reply's top level: `articles` is absent when nothing matched. */
const GdeltReplySchema = v.object({ articles: v.optional(v.array(v.unknown())) });

/** Most articles kept from one reply, whatever it claims. */
const MAX_ARTICLES = 100;

/** "20240327T081500Z" → "2024-03-27T08:15:00Z"; null for anything else. */
export function parseSeenDate(seen: string | undefined): string | null {
  const m = seen?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

/** Control characters and runs of white space out of a title shown to the reader. */
const cleanText = (s: string) => s.replace(/[\p{Cc}\s]+/gu, ' ').trim();

/**
 * Reads a GDELT reply body. GDELT answers errors with plain text even when JSON was asked for
 * ("Please limit requests to one every 5 seconds…", "The specified phrase is too short."), so
 * anything that is not JSON is classified by its words. Invalid articles are dropped one by one.
 */
export function parseGdeltReply(
  body: string,
): { ok: true; articles: LiveArticle[] } | { ok: false; error: LiveLookupError; detail?: string } {
  const text = body.trim();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    if (/limit requests|rate limit|too many requests/i.test(text))
      return { ok: false, error: 'rate-limited' };
    return {
      ok: false,
      error: 'service-error',
      detail: cleanText(text).slice(0, 200) || undefined,
    };
  }
  const top = v.safeParse(GdeltReplySchema, raw);
  if (!top.success) return { ok: false, error: 'invalid-reply' };
  const articles: LiveArticle[] = [];
  for (const entry of (top.output.articles ?? []).slice(0, MAX_ARTICLES)) {
    const parsed = v.safeParse(GdeltArticleSchema, entry);
    if (!parsed.success) continue;
    const { url, title, seendate, domain } = parsed.output;
    articles.push({
      url,
      title: cleanText(title) || url,
      domain: domain.toLowerCase(),
      date: parseSeenDate(seendate),
    });
  }
  return { ok: true, articles };
}
