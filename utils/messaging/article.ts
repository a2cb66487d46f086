import * as v from 'valibot';

/**
 * The article a content script sends (`submitArticle`): its schema, which the background runs
 * on every submission, and `fitArticlePayload`, which the content script runs first so a huge
 * page is annotated in part instead of refused. Both read the same limits.
 */

/** Upper bound on the article text a content script may send (UTF-16 units). */
export const MAX_TEXT_LENGTH = 3_000_000;
/** Upper bound on a title, byline, site name or error message. */
export const MAX_META = 2_000;
const MAX_BLOCKS = 20_000;
const MAX_URL = 8_192;
const MAX_LANG = 35;
const MAX_TIME = 100;

export const ShortText = v.pipe(v.string(), v.maxLength(MAX_META));
const NullableShort = v.nullable(ShortText);
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ArticlePayloadSchema = v.pipe(
  v.object({
    url: v.pipe(v.string(), v.maxLength(MAX_URL)),
    canonicalUrl: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL)))),
    title: ShortText,
    byline: NullableShort,
    siteName: NullableShort,
    lang: v.nullable(v.pipe(v.string(), v.maxLength(MAX_LANG))),
    publishedTime: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TIME))),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
    blocks: v.optional(
      v.pipe(
        v.array(
          v.object({
            start: Offset,
            end: Offset,
            role: v.picklist(['caption', 'byline', 'heading', 'quote']),
          }),
        ),
        v.maxLength(MAX_BLOCKS),
      ),
    ),
  }),
  // Blocks are regions of this text: one that ends past it or before it starts is a lie.
  v.check(
    (a) => (a.blocks ?? []).every((b) => b.start <= b.end && b.end <= a.text.length),
    'Blocks must lie inside the text',
  ),
);

/** An extracted article as the content script sends it. */
export type ArticlePayload = v.InferOutput<typeof ArticlePayloadSchema>;

/**
 * Cuts an extracted article down to the limits `ArticlePayloadSchema` accepts, so a huge page
 * (10 MB of text, a 5,000-character title) is annotated in part instead of refused outright.
 * Keeps a prefix of the text, so every offset into it stays valid; drops blocks past its end.
 */
export function fitArticlePayload(a: ArticlePayload): ArticlePayload {
  const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
  const cutOrNull = (s: string | null | undefined, max: number) => (s == null ? null : cut(s, max));
  const text = cut(a.text, MAX_TEXT_LENGTH);
  const blocks = a.blocks
    ?.filter((b) => b.start <= b.end && b.start < text.length)
    .map((b) => ({ ...b, end: Math.min(b.end, text.length) }))
    .slice(0, MAX_BLOCKS);
  return {
    url: cut(a.url, MAX_URL),
    canonicalUrl: cutOrNull(a.canonicalUrl, MAX_URL),
    title: cut(a.title, MAX_META),
    byline: cutOrNull(a.byline, MAX_META),
    siteName: cutOrNull(a.siteName, MAX_META),
    lang: cutOrNull(a.lang, MAX_LANG),
    publishedTime: cutOrNull(a.publishedTime, MAX_TIME),
    text,
    ...(blocks ? { blocks } : {}),
  };
}
