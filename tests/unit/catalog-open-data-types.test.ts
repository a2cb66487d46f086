/**
 * Types the build guesses for State Media Matrix assets (the matrix has no type column): an
 * asset's own name first; its company's name only when the asset is the company itself, so an
 * agency's or publisher's papers are not agencies.
 */
import { describe, expect, it } from 'vitest';
import { smmCandidates, splitName } from '../../scripts/catalog-build/candidates';

const HEADER = 'Region,Country,Media company,Main assets,URL,Typology,Status,Notes';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describe('State Media Matrix asset types', () => {
  it('take the type from the asset, else from the company the asset is', () => {
    const types = smmCandidates(
      csv(
        'Africa,Niger,Agence Nigérienne de Presse,ANP,https://anp.ne/,SC,,',
        'Africa,Morocco,Maghreb Arabe Presse,MAP,https://www.mapnews.ma/,SC,,',
        'Asia,Vietnam,Vietnam News Agency (VNA),The Tao Van Hoa,https://thethaovanhoa.vn/,SC,,',
        "Africa,Niger,Office National d'Edition et de Presse,Le Sahel,https://lesahel.org/,SC,,",
        'Africa,Tunisia,SNIPE,La Presse,https://lapresse.tn/,SC,,',
        'Africa,Ethiopia,Ethiopian Press Agency,Ethiopian Herald,https://press.et/herald,SC,,',
        'Asia,Kazakhstan,Khabar Agency,Khabar TV,https://khabar.kz/,SC,,',
      ),
    ).map((c) => [c.name, c.type]);
    expect(types).toEqual([
      ['ANP', 'news-agency'],
      ['MAP', 'news-agency'],
      ['The Tao Van Hoa', 'other'],
      ['Le Sahel', 'other'],
      ['La Presse', 'other'],
      ['Ethiopian Herald', 'newspaper'],
      ['Khabar TV', 'broadcaster'],
    ]);
  });

  it('close a bracket a row left open, so the name and its abbreviation come apart', () => {
    expect(splitName('Radio-Television of the Federation (RTVFBiH')).toEqual({
      name: 'Radio-Television of the Federation (RTVFBiH)',
      aliases: ['Radio-Television of the Federation'],
      abbreviations: ['RTVFBiH'],
    });
  });
});
