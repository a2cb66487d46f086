/** Polish (utils/core/lang/pl.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pl',
  rules: {
    'pl-source-label': {
      fires: [['Port zamknięto w poniedziałek. (Źródło: PAP)', 'pap:report']],
      silent: ['Źródła PAP nie podały szczegółów.'],
    },
    'pl-actor': {
      fires: [
        ['Pracował w TVN24 przez dziesięć lat.', 'tvn24'],
        ['Prezes TVP podał się do dymisji.', 'tvp'],
      ],
      silent: ['Minister mówił w TVN24 o podatkach.'],
    },
    'pl-actor-verb': {
      fires: [['TVP wyemitowała serial o wojnie.', 'tvp']],
      silent: ['TVP podała, że serial powstanie.'],
    },
    'pl-poll': {
      fires: [
        ['Sondaż IBRiS dla Onetu pokazuje przewagę KO.', 'onet:analysis'],
        [
          'W sondażu United Surveys dla Wirtualnej Polski KO prowadzi.',
          'wirtualna-polska:analysis',
        ],
      ],
      silent: ['Sondaż IBRiS opisał także Onet.'],
    },
    'pl-analysis': {
      fires: [['Według analizy Bankier.pl ceny rosną.', 'bankier-pl:analysis']],
      silent: ['Analitycy Bankier.pl się pomylili.'],
    },
    'pl-wedlug': {
      fires: [
        ['Według Reutersa ceny ropy wzrosły.', 'reuters:report'],
        ['Jak nieoficjalnie dowiedział się RMF FM, premier odchodzi.', 'rmf-fm:report'],
        ['Z ustaleń RMF FM wynika, że premier odchodzi.', 'rmf-fm:report'],
        ['Według informacji Wirtualnej Polski premier odchodzi.', 'wirtualna-polska:report'],
        ['Jak ustalił reporter RMF FM, decyzja już zapadła.', 'rmf-fm:report'],
      ],
      silent: ['Według ministra PAP się myli.', 'Jak ustalił reporter, RMF FM nadaje nadal.'],
    },
    'pl-citing': {
      fires: [
        ['AFP, powołując się na Reutersa, podała, że rozmowy trwają.', 'reuters:report'],
        ['Rozmowy trwają, podaje za agencją Reuters PAP.', 'reuters:report'],
      ],
      silent: ['AFP powołała nowego szefa, Reuters milczy.', 'Głosował za TVN24 w plebiscycie.'],
    },
    'pl-interview': {
      fires: [
        ['W rozmowie z RMF FM premier zapowiedział zmiany.', 'rmf-fm:interview'],
        ['Na antenie TVN24 minister przyznał, że się pomylił.', 'tvn24:interview'],
        ['Minister mówił w programie „Fakty po Faktach” w TVN24.', 'tvn24:interview'],
      ],
      silent: ['W studiu obok minister zapowiedział, że TVN24 przeprosi.'],
    },
    'pl-inverted-noun': {
      fires: [['O sprawie jako pierwszy poinformował portal Onet.', 'onet:report']],
      silent: ['Rzecznik powiedział agencji Reuters, że rozmowy zawieszono.'],
    },
    'pl-told': {
      fires: [
        ['Minister powiedział Onetowi, że odchodzi.', 'onet:quote'],
        ['Rzecznik przekazał PAP, że rozmowy trwają.', 'pap:quote'],
      ],
      silent: ['Minister powiedział, że TVN24 się myli.'],
    },
    'pl-told-front': {
      fires: [['Dla PAP potwierdził to rzecznik.', 'pap:quote']],
      silent: ['Dla PAP to był trudny rok.'],
    },
    'pl-footage': {
      fires: [['Nagranie opublikowane przez TVN24 pokazuje pożar.', 'tvn24:video']],
      silent: ['Nagrania z TVN24 nikt nie widział, mówi sąsiad.'],
    },
    'pl-published': {
      fires: [['Na łamach „Gazety Wyborczej” ukazał się tekst.', 'gazeta-wyborcza:report']],
      silent: ['Redaktor „Gazety Wyborczej” odszedł.'],
    },
    'pl-seen-by': {
      fires: [['Dokumenty, do których dotarł Onet, pokazują skalę.', 'onet:report']],
      silent: ['Dokumenty, do których dotarł prokurator, Onet opisze jutro.'],
    },
    'pl-byline': {
      fires: [['Autor: Jan Kowalski, PAP\nRząd obraduje.', 'pap:byline']],
      silent: ['Autor książki Jan Kowalski pracował dla PAP.'],
    },
    'pl-inverted': {
      fires: [
        ['Rozmowy zakończyły się fiaskiem, podaje PAP.', 'pap:report'],
        ['O sprawie pisał trojmiasto.pl w zeszłym tygodniu.', 'trojmiasto-pl:report'],
      ],
      silent: ['Rozmowy zakończyły się fiaskiem, a PAP milczy.'],
    },
    'pl-calculated': {
      fires: [['Money.pl wyliczył, że ceny prądu wzrosną o 20 proc.', 'money-pl:analysis']],
      silent: ['Money.pl podał, że ceny prądu wzrosną o 20 proc.'],
    },
    'pl-reported': {
      fires: [
        ['PAP podała, że rozmowy zakończyły się fiaskiem.', 'pap:report'],
        ['Tygodnik Polityka napisał, że rząd upada.', 'polityka:report'],
      ],
      silent: ['PAP ma nową siedzibę.'],
    },
  },
  examples: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    ['Jak podała Polska Agencja Prasowa, do wypadku doszło w nocy.', ['pap:report']],
    ['Według "Rzeczpospolitej" rząd przygotowuje nową ustawę.', ['rzeczpospolita:report']],
    ['O sprawie jako pierwszy poinformował portal Onet.', ['onet:report']],
    [
      '– Nie zamierzam się wycofywać – powiedział minister w rozmowie z RMF FM.',
      ['rmf-fm:interview'],
    ],
    [
      'Premier w wywiadzie dla "Gazety Wyborczej" zapowiedział zmiany w rządzie.',
      ['gazeta-wyborcza:interview'],
    ],
    [
      'Jak dowiedziała się "Rzeczpospolita", prokuratura wszczęła śledztwo.',
      ['rzeczpospolita:report'],
    ],
    ['Jak ustalił TVN24, policjanci zatrzymali dwóch mężczyzn.', ['tvn24:report']],
    ['Fot. PAP/Leszek Szymański', ['pap:photo']],
    ['Z sondażu IBRiS dla "Rzeczpospolitej" wynika, że KO prowadzi.', ['rzeczpospolita:analysis']],
    ['Gość Radia Zet stwierdził, że rząd nie przetrwa do jesieni.', ['radio-zet:interview']],
    ['Agencja Reutera podała, że rozmowy zostały zawieszone.', ['reuters:report']],
    [
      'Informację potwierdził w rozmowie z Polsat News rzecznik policji.',
      ['polsat-news:interview'],
    ],
    ['Źródło: PAP, Reuters', ['pap:report', 'reuters:report']],
    ['Według ustaleń Wirtualnej Polski minister zatrudnił rodzinę.', ['wirtualna-polska:report']],
    ['Jak czytamy w "Financial Times", UE rozważa nowe sankcje.', ['financial-times:report']],
    ['Wicepremier był gościem programu "Fakty po Faktach" w TVN24.', ['tvn24:interview']],
    ['Jak przekazał Bloomberg, bank planuje zwolnienia.', ['bloomberg:report']],
    ['Zdjęcie: Reuters/Kacper Pempel', ['reuters:photo']],
    [
      'Jak informuje lokalny dziennik "Gazeta Pomorska", most zostanie zamknięty.',
      ['gazeta-dailies-pomorska:report'],
    ],
    ['Money.pl wyliczył, że ceny prądu wzrosną o 20 proc.', ['money-pl:analysis']],
    ['Rzecznik rządu powiedział Interii, że decyzja zapadnie w piątek.', ['interia:quote']],
    ['Według PAP rozmowy zakończyły się fiaskiem.', ['pap:report']],
    ['aja/PAP', ['pap:byline']],
    ['Jak podaje Reuters, ceny ropy wzrosły.', ['reuters:report']],
    ['Port zamknięto w poniedziałek. (Źródło: PAP)', ['pap:report']],
    ['Minister powiedział w rozmowie z TVN24, że odchodzi.', ['tvn24:interview']],
    ['Fot. PAP/Leszek Szymański', ['pap:photo']],
    ['Zdjęcie: Reuters', ['reuters:photo']],
    ['Jak ustalił Onet, premier odchodzi.', ['onet:report']],
    ['Gościem Radia Zet był minister.', ['radio-zet:interview']],
    ['Minister powiedział w Polsat News, że odchodzi.', ['polsat-news:interview']],
    ['Według dziennika Fakt minister kłamał.', ['fakt:report']],
    ['Według Interii sprawa trwa.', ['interia:report']],
    ['Jak podał money.pl, inflacja spadła.', ['money-pl:report']],
    ['W wywiadzie dla tygodnika Polityka minister przyznał się do błędu.', ['polityka:interview']],
    ['Jak poinformowała w piątek agencja Reuters, ceny rosną.', ['reuters:report']],
  ],
  lookAlikes: [
    // Blind set (5 Dec 2026, evening): written from how the press credits, before reading the rules.
    'Autor jest dziennikarzem, wcześniej pracował w "Rzeczpospolitej" i TVN24.',
    'TVN24 zmienia ramówkę od września.',
    'Według Ministerstwa Zdrowia liczba zakażeń spada.',
    'Badanie opublikowano w czasopiśmie "The Lancet".',
    'Jak napisał na Twitterze premier, rząd się nie podda.',
    'Fakt, że minister zrezygnował, zaskoczył wszystkich.',
    'Polityka rządu wobec rolników budzi sprzeciw.',
    'Wprost przeciwnie, opozycja chwali projekt.',
    'Prezes Polsatu Zygmunt Solorz sprzedał część udziałów.',
    'PAP ma nową siedzibę.',
    'Źródła PAP nie podały szczegółów.',
    'Minister powiedział, że TVN24 się myli.',
    'Fotograf PAP był na miejscu.',
    'Rozmowy zakończyły się fiaskiem, a PAP milczy.',
    'Pracował w TVN24 przez dziesięć lat.',
    'TVP wyemitowała serial o wojnie.',
    'Polityka rządu wobec Ukrainy się zmienia.',
    'Fakt jest taki, że rząd się myli.',
    'Michael Bloomberg powiedział, że wystartuje.',
  ],
};
