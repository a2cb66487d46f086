/**
 * Outlets the catalog does not know: a strong cue next to a name-shaped phrase reports them
 * (listed: false, id "unlisted:<slug>", the name as the text gives it, in the nominative), and
 * people, companies, ministries, journals, social networks, polling firms and the page's own
 * outlet never come out as outlets.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport, type ArticleInput } from '../../utils/core/report';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

function report(text: string, lang: string, page: Partial<ArticleInput> = {}) {
  return buildReport(
    {
      url: 'https://news.example.org/a',
      title: 'A story',
      byline: null,
      siteName: null,
      lang,
      publishedTime: null,
      text,
      ...page,
    },
    index,
  );
}

/** "name | type | kind" of every unlisted outlet cited. */
const unlisted = (text: string, lang: string, page?: Partial<ArticleInput>) =>
  report(text, lang, page)
    .outlets.filter((o) => !o.listed)
    .map((o) => `${o.name} | ${o.type} | ${o.mentions[0].kind}`);

describe('outlets the catalog does not know', () => {
  it.each([
    [
      '“We will not close it,” the mayor told the local newspaper Westfield Courier on Monday.',
      'en',
      'Westfield Courier | newspaper | quote',
    ],
    [
      'According to the Springfield Tribune, the plant will close.',
      'en',
      'Springfield Tribune | newspaper | report',
    ],
    ['“It is over,” she told Radio Valle Norte.', 'en', 'Radio Valle Norte | broadcaster | quote'],
    [
      'According to the broadcaster KTVX, the plant will close.',
      'en',
      'KTVX | broadcaster | report',
    ],
    [
      'According to westfieldcourier.com, the plant will close.',
      'en',
      'westfieldcourier.com | online | report',
    ],
    [
      'Das sagte der Bürgermeister der Westfälischen Rundschau.',
      'de',
      'Westfälische Rundschau | newspaper | interview',
    ],
    [
      'Laut Westfälischer Rundschau wird das Werk geschlossen.',
      'de',
      'Westfälische Rundschau | newspaper | report',
    ],
    [
      'Laut der Zeitung „Westfälische Rundschau“ wird das Werk geschlossen.',
      'de',
      'Westfälische Rundschau | newspaper | report',
    ],
    [
      "Selon le quotidien régional Le Courrier de l'Ouest, l'usine va fermer.",
      'fr',
      "Le Courrier de l'Ouest | newspaper | report",
    ],
    [
      'Según el diario El Heraldo de Soria, la planta cerrará.',
      'es',
      'El Heraldo de Soria | newspaper | report',
    ],
    [
      '地元紙ケアンズ・ポストは、ワニが目撃されたと伝えた。',
      'ja',
      'ケアンズ・ポスト | newspaper | report',
    ],
    [
      '米誌ウェストフィールド・レビューによると、交渉は難航している。',
      'ja',
      'ウェストフィールド・レビュー | magazine | report',
    ],
    ['米紙ＷＥＳＴＦＩＥＬＤは伝えた。', 'ja', 'ＷＥＳＴＦＩＥＬＤ | newspaper | report'],
  ])('%s', (text, lang, expected) => {
    expect(unlisted(text, lang)).toEqual([expected]);
  });

  it('gives a stable id and the address the text shows', () => {
    const [o] = report('According to westfieldcourier.com, the plant will close.', 'en').outlets;
    expect(o).toMatchObject({
      id: 'unlisted:westfieldcourier-com',
      listed: false,
      domains: ['westfieldcourier.com'],
      country: '',
    });
  });

  it.each([
    ['A study in the journal Nature found the same, the scientists said.', 'en'],
    ['The Lancet reported that the trial failed.', 'en'],
    ['A poll by the polling firm YouGov found the race tied.', 'en'],
    ['According to the Ministry of Health, the plant will close.', 'en'],
    ['According to the social network Facebook, the post was removed.', 'en'],
    ['According to the space agency NASA, the launch was delayed.', 'en'],
    ['Jane Herald told reporters that the plant will close.', 'en'],
    ['According to the newspaper, the plant will close.', 'en'],
    ['The annual rate fell to 5.7 percent, according to Edmunds.com.', 'en'],
    ['Laut Deutscher Post wird das Paket morgen zugestellt.', 'de'],
    ['Sie redeten über Gewichtstraining (und Reality-TV) und Memoiren.', 'de'],
    ['同紙ウェブサイトによると、死者が増えた。', 'ja'],
    ['同紙ケアンズ・ポストによると、ワニが出た。', 'ja'],
    ['当局ホワイトハウスは発表した。', 'ja'],
    ['地元紙によると、ワニが出た。', 'ja'],
  ])('not an outlet: %s', (text, lang) => {
    expect(unlisted(text, lang)).toEqual([]);
  });

  it('never reports the page’s own outlet', () => {
    const text = 'According to the Westfield Courier, the plant will close.';
    expect(unlisted(text, 'en', { url: 'https://www.westfieldcourier.com/news/1' })).toEqual([]);
    expect(unlisted(text, 'en', { siteName: 'Westfield Courier' })).toEqual([]);
    expect(unlisted(text, 'en', { title: 'Plant to close | Westfield Courier' })).toEqual([]);
  });
});
