/**
 * Polish blind set (6 December): written from how the Polish press credits its sources (cases of
 * names: "w rozmowie z «Rzeczpospolitą»", "dla «Faktu»", "podała PAP", "jak ustaliła", "za
 * portalem", polls for an outlet, "agencja Reutera", local papers) before this round's rules were
 * read, then kept as a regression table. Taken out: "z „Rzeczpospolitą”" (the catalog lists
 * only "dziennik Rzeczpospolita", requested) and "dla „Super Expressu”" (shared with Super Express
 * USA; without a country word the vote is split and it stays uncertain). "tygodnik „Polityka”"
 * comes out unlisted under its own name (the catalog has "tygodnik Polityka" unquoted, requested):
 * the name is right, the id is not yet.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pl',
  rules: {},
  examples: [
    ['Jak podała PAP, w wypadku zginęły trzy osoby.', ['pap:report']],
    ['Jak ustaliła „Gazeta Wyborcza”, prokuratura wszczęła śledztwo.', ['gazeta-wyborcza:report']],
    ['– Nie mamy na to pieniędzy – powiedział w rozmowie z RMF FM.', ['rmf-fm:interview']],
    ['Jak dowiedziało się Radio ZET, premier zwołał posiedzenie rządu.', ['radio-zet:report']],
    ['– To nie jest koniec – powiedział w TVN24 wicepremier.', ['tvn24:interview']],
    ['Według sondażu IBRiS dla „Rzeczpospolitej” PiS traci poparcie.', ['rzeczpospolita:analysis']],
    [
      'Według sondażu United Surveys dla Wirtualnej Polski koalicja prowadzi.',
      ['wirtualna-polska:analysis'],
    ],
    ['{{caption:Premier w Sejmie. Fot. PAP/Leszek Szymański}}', ['pap:photo']],
    [
      'Jak pisze „Dziennik Gazeta Prawna”, rząd szykuje nowy podatek.',
      ['dziennik-gazeta-prawna:report'],
    ],
    ['Informację potwierdził w rozmowie z Interią rzecznik ministerstwa.', ['interia:interview']],
    ['– Tak nie może być – przekazał w rozmowie z Polsat News.', ['polsat-news:interview']],
    ['Jak donosi agencja Reuters, statek zatonął u wybrzeży Libii.', ['reuters:report']],
    ['Według Bloomberga bank rozważa sprzedaż oddziału.', ['bloomberg:report']],
    ['Jak podaje serwis money.pl, ceny mieszkań wciąż rosną.', ['money-pl:report']],
    ['Według ustaleń „Faktu” piosenkarka trafiła do szpitala.', ['fakt:report']],
    [
      'Jak podaje lokalny dziennik „Nowa Trybuna Opolska”, most zostanie zamknięty.',
      ['unlisted:nowa-trybuna-opolska:report'],
    ],
    ['Jak podało Radio Olsztyn, w pożarze nikt nie ucierpiał.', ['unlisted:radio-olsztyn:report']],
    ['Sprawę opisał tygodnik „Polityka”.', ['polityka:report']],
    ['Jak poinformowała „Rzeczpospolita”, umowa została podpisana.', ['rzeczpospolita:report']],
    ['Jak zauważa „Financial Times”, inwestorzy tracą cierpliwość.', ['financial-times:report']],
    ['Według „New York Timesa” spotkanie odbędzie się w czerwcu.', ['the-new-york-times:report']],
    ['– Nie poddamy się – powiedział PAP wiceminister.', ['pap:quote']],
    ['Jak ustalił reporter RMF FM, decyzja już zapadła.', ['rmf-fm:report']],
    ['Jak przekazała agencja Reutera, rozmowy zostały zawieszone.', ['reuters:report']],
    ['OKO.press ustaliło, że kontrakt podpisano bez przetargu.', ['oko-press:report']],
    ['Na łamach „Tygodnika Powszechnego” biskup skrytykował rząd.', ['tygodnik-powszechny:report']],
    ['Portal wPolityce.pl podał, że minister złoży dymisję.', ['wpolityce:report']],
    ['Jak informuje portal Onet, śledztwo zostało umorzone.', ['onet:report']],
    ['– Jestem spokojny – mówił na antenie Radia Maryja.', ['radio-maryja:interview']],
    ['Jak podaje „Puls Biznesu”, spółka planuje emisję akcji.', ['puls-biznesu:report']],
  ],
  lookAlikes: [
    'Rzeczpospolita Polska jest demokratycznym państwem prawnym.',
    'Fakt, że minister milczy, budzi wątpliwości.',
    'Polityka rządu spotkała się z ostrą krytyką.',
    'Wprost przeciwnie, sytuacja wyraźnie się poprawiła.',
    'Sieci komórkowe działały bez zarzutu.',
    'Wcześniej pracował w TVN i Polsacie.',
    'Według Ministerstwa Zdrowia liczba zakażeń spadła.',
    '„Gazeta Wyborcza” zmieniła redaktora naczelnego.',
    'Według Głównego Urzędu Statystycznego inflacja spadła.',
    'Interia została sprzedana nowemu inwestorowi.',
    'Według Facebooka konto zostało zablokowane.',
    'Do Rzeczy, panie ministrze, proszę przejść do konkretów.',
  ],
};
