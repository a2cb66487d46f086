/**
 * Names decided in the session-6 round of catalog requests (decisions recorded in the team's
 * requests file): each form is a credit with a cue, and the ordinary word it looks like (the
 * parliament, the republic, politics) stays silent. Read by the real core on the real catalog.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('names from the session-6 requests', () => {
  it.each([
    ['id', 'Menurut media lokal Radar Bogor, banjir merendam 30 rumah.', 'radar-bogor:report'],
    ['uk', 'Про це він сказав в ефірі телеканалу «Рада».', 'rada-tv:interview'],
    ['uk', 'Як повідомляє hromadske, контракт підписали вночі.', 'hromadske:report'],
    ['pl', 'Jak ustalił tygodnik „Polityka”, minister poda się do dymisji.', 'polityka:report'],
    [
      'pl',
      'W rozmowie z „Rzeczpospolitą” minister przyznał, że się pomylił.',
      'rzeczpospolita:interview',
    ],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    ['uk', 'Верховна Рада ухвалила закон, повідомили в парламенті.'],
    ['pl', 'Polityka rządu, jak informuje ministerstwo, się nie zmieni.'],
    ['pl', 'Umowę z Rzeczpospolitą Polską, jak podało ministerstwo, podpisano.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
