/** The context vote: a name several outlets share goes to the one the article's country backs. */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { CountryEvidence, countryOfAddress } from '../../utils/core/country-vote';
import { detectAttributions } from '../../utils/core/detect';
import { UNCERTAIN_BELOW, type ArticleContext } from '../../utils/core/types';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

/** The outlet credited for "The Nation" and whether it is sure. */
function nation(text: string, ctx: ArticleContext = { lang: 'en' }) {
  const a = detectAttributions(text, aliases, ctx).attributions.find(
    (x) => x.surface === 'The Nation',
  );
  return a && { id: a.outletId, sure: a.confidence >= UNCERTAIN_BELOW };
}

const CREDIT = 'Petrol prices will fall again next week, according to The Nation.';

describe('the context vote', () => {
  it('is split without evidence: the credit stays uncertain', () => {
    expect(nation(CREDIT)?.sure).toBe(false);
  });

  it("follows the article's places and currency", () => {
    const text = `Motorists in Lagos paid ₦865 a litre, and NGN prices are set by the Nigerian regulator. ${CREDIT}`;
    expect(nation(text)).toEqual({ id: 'the-nation-nigeria', sure: true });
  });

  it('follows the other outlets the article names', () => {
    const text = `Dawn and Geo News carried the minister's remarks on Monday. ${CREDIT}`;
    expect(nation(text)).toEqual({ id: 'the-nation-pakistan', sure: true });
  });

  it('reads currency codes only as whole words in capitals', () => {
    const score = (text: string, lang: string, country: string) =>
      new CountryEvidence(text, lang, [], []).score(country);
    expect(score('Le ministre a démenti, puis a démissionné.', 'fr', 'DE')).toBe(0);
    expect(score('Ils ont tout vendu.', 'fr', 'IL')).toBe(0);
    expect(score('Le litre coûte 280 PKR.', 'fr', 'PK')).toBeGreaterThan(0);
  });

  it("follows the site's country suffix", () => {
    expect(
      nation(CREDIT, {
        lang: 'en',
        page: { url: 'https://www.bangkokpost.co.th/x' },
      }),
    ).toEqual({ id: 'the-nation-thailand', sure: true });
  });

  it('stays uncertain when the evidence is split evenly', () => {
    const text = `Officials in Nigeria and in Pakistan reacted. ${CREDIT}`;
    expect(nation(text)?.sure).toBe(false);
  });

  it('reads country suffixes, not generic ones', () => {
    expect(countryOfAddress('https://www.elpais.com.uy/a')).toBe('UY');
    expect(countryOfAddress('https://www.bbc.co.uk/news')).toBe('GB');
    expect(countryOfAddress('https://www.example.com/')).toBeUndefined();
    expect(countryOfAddress('https://news.example.tv/')).toBeUndefined();
  });
});
