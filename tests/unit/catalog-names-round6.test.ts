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
    // Abbreviations the press uses, exact-case.
    [
      'en',
      'TOI reported that the Mumbai civic body had approved the plan.',
      'times-of-india:report',
    ],
    ['de', 'Wie der KStA berichtet, ist die Brücke gesperrt.', 'kolner-stadt-anzeiger:report'],
    // Later requests: a shared name the article's language and places decide, quoted forms.
    [
      'ro',
      'Ministrul a declarat la Antena 3 că taxele nu cresc în București.',
      'antena-3-romania:interview',
    ],
    ['es', 'Según Antena 3, los impuestos no subirán en Madrid.', 'antena-3:report'],
    ['fa', 'به گزارش روزنامه همشهری، قیمت‌ها افزایش یافت.', 'hamshahri:report'],
    ['sr', 'Kako je objavio portal Insajder, ministar je podneo ostavku.', 'insajder:report'],
    // Business dailies as their press writes them.
    [
      'en',
      'Business Day reported that Eskom would cut power in Johannesburg.',
      'businesslive:report',
    ],
    ['en', 'The chancellor told City AM that taxes would not rise.', 'city-a-m:interview'],
    // Sports dailies and sites added by coverage.
    ['en', 'According to Soccer Laduma, the striker will join Chiefs.', 'soccer-laduma:report'],
    ['zh', '据懂球帝报道，该球员将加盟上海申花。', 'dongqiudi:report'],
    ['fr', "Selon Le Buteur, l'entraîneur a démissionné.", 'le-buteur:report'],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    ['uk', 'Верховна Рада ухвалила закон, повідомили в парламенті.'],
    ['pl', 'Polityka rządu, jak informuje ministerstwo, się nie zmieni.'],
    ['pl', 'Umowę z Rzeczpospolitą Polską, jak podało ministerstwo, podpisano.'],
    ['en', 'At HT the score was 1-0, the coach said.'],
    ['sr', 'Insajder iz vlade je rekao da ministar odlazi.'],
    ['en', 'The refund arrives within one Business Day, the bank said.'],
    ['en', 'The TOI-700 system, NASA said, has an Earth-size planet.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
