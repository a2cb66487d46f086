/**
 * Facts corrected by the session-6 audit of curated rows (150 sampled across 60 countries and
 * checked against the open data and the outlets' own sites): the languages an outlet publishes
 * in (not its country's official languages), the identity behind an address, and the type of a
 * State Media Matrix asset whose company is an agency.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';

const outlets = new Map(parseCatalog(rawCatalog).catalog.outlets.map((o) => [o.id, o]));

describe('facts fixed by the audit', () => {
  it.each([
    ['sin-chew-daily', ['zh']],
    ['eenadu', ['te']],
    ['daily-thanthi', ['ta']],
    ['navbharat-times', ['hi']],
    ['iltalehti', ['fi']],
    ['hamilton-spectator', ['en']],
    ['die-burger', ['af']],
    ['breaking-news-ie', ['en']],
    ['al-jadeed', ['ar']],
  ])('%s publishes in %j', (id, languages) => {
    expect(outlets.get(id)?.languages).toEqual(languages);
  });

  it('keeps the Caucasian Knot and RFE/RL’s Kavkaz.Realii apart', () => {
    expect(outlets.get('kavkazsky-uzel')?.name).toBe('Kavkazsky Uzel');
    expect(outlets.get('kavkaz-realii')?.domains).toEqual(['kavkazr.com']);
    expect(outlets.get('kavkaz-realii')?.parent).toBe('rfe-rl');
  });

  it.each([
    ['the-tao-van-hoa', 'newspaper'],
    ['iran-daily', 'newspaper'],
    ['khabar-tv', 'broadcaster'],
    ['map', 'news-agency'],
    ['tdh', 'news-agency'],
  ])('%s is a %s', (id, type) => {
    expect(outlets.get(id)?.type).toBe(type);
  });

  it('does not make an agency of the papers its company publishes', () => {
    for (const id of ['le-soleil', 'le-sahel', 'la-presse-lapresse-tn', 'gabon-matin'])
      expect(outlets.get(id)?.type).not.toBe('news-agency');
  });
});
