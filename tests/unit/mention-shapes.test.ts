/**
 * Mention finding on the blind shape table (mention-shapes.blind.cases.ts): every shape is found
 * as a mention of its outlet, except the known misses below, which must still miss (a fix moves
 * them into the table's passing part); no look-alike is a sure credit of its outlet.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { buildAliasIndex } from '../../utils/core/alias-index';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { traceDetection } from '../../utils/core/detect';
import { credits } from './lang/cases';
import { LOOK_ALIKES, SHAPES } from './mention-shapes.blind.cases';

const aliases = buildAliasIndex(parseCatalog(rawCatalog).catalog);

/** Shapes the engine does not find yet, each with why (sentence → reason). */
const KNOWN_MISSES = new Map<string, string>([
  ['the guardian reported on Monday that the talks had stalled.', 'lower case: a common noun'],
  ['Selon Monde, la réforme sera votée en juin.', 'no article: a common word'],
  ['Según País, el Ejecutivo cambiará la ley.', 'no article: a common word'],
  ['Dat meldt Telegraaf zaterdag.', 'no article: a common word'],
  ['SkyNews reported that the flights were cancelled.', 'words run together'],
  ['Lo scrive il Sole24Ore.', 'words run together'],
  ['Liberation reported that the minister will resign.', 'an English word without its accent'],
  ["Sabah'ın haberine göre anlaşma imzalandı.", 'a common word (morning) with a suffix'],
  ["Cumhuriyet'in haberine göre vergi artıyor.", 'a common word (republic) with a suffix'],
  ['Това съобщи вестник „24 часа“.', 'the bare name is a common phrase'],
  ['כך דיווח הבוקר בהארץ הכתב הצבאי.', 'the bare name is a common word'],
  ['Podle Práva vláda chystá změnu zákona.', 'the bare name is a common word (rights)'],
  ['Das sagte er der Süddeutschen.', 'a one-word adjective name: German stems need two words'],
]);

function found(lang: string, sentence: string, outlet: string): boolean {
  const { state } = traceDetection(sentence, aliases, { lang });
  return state.mentions.some((m) => m.outletIds.includes(outlet));
}

describe('mention shapes (blind table)', () => {
  it('covers at least 20 languages and 120 shapes, 40 look-alikes', () => {
    expect(new Set(SHAPES.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(20);
    expect(SHAPES.length).toBeGreaterThanOrEqual(120);
    expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SHAPES)('%s: %s → %s', (lang, sentence, outlet) => {
    expect(found(lang, sentence, outlet)).toBe(!KNOWN_MISSES.has(sentence));
  });

  it.each(LOOK_ALIKES)('%s look-alike: %s (not %s)', (lang, sentence, outlet) => {
    expect(credits(sentence, lang).filter((c) => c.startsWith(`${outlet}:`))).toEqual([]);
  });
});
