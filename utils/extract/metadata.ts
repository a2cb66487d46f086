/** Page facts Readability does not give: the canonical address and the document language. */

/** The page's canonical address: `<link rel=canonical>`, then `og:url`, then `fallback`. */
export function findCanonicalUrl(doc: Document, fallback: string | null): string | null {
  const link = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [link, og]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, fallback ?? undefined);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a usable address; try the next one.
    }
  }
  return fallback;
}

/** The document's language as an ISO 639-1 code, from `<html lang>` or `content-language`. */
export function findDocumentLang(doc: Document): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    null;
  const m = raw?.trim().match(/^([a-z]{2})\b/i);
  return m ? m[1].toLowerCase() : null;
}
