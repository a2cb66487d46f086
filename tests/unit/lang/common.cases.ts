/** The language-independent layer (utils/core/lang/common.ts), read on an English page. */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'en',
  rules: {
    'glued-hyphen-before': {
      fires: [['The plan came from the pro-Reuters lobby.', 'reuters']],
      silent: ['The plan came from the lobby of Reuters.'],
    },
    'url-host': {
      fires: [
        ['Source: https://www.reuters.com/world/europe/talks-resume-2024-01-12/', 'reuters:report'],
        [
          'EMA empfiehlt Paxlovid: https://www.tagesschau.de/ausland/europa/ema-paxlovid-101.html',
          'tagesschau:report',
        ],
        ['Quellen: https://edition.cnn.com/2024/01/01/politics/story/index.html', 'cnn:report'],
      ],
      silent: [
        'Follow us: https://www.reuters.com/',
        'More by the author: https://www.reuters.com/authors/jane-doe/',
        'Subscribe: https://www.reuters.com/subscribe/digital-offer-2024',
        'See https://www.example.com/reuters-reports-on-talks-2024',
        'https://www.reuters.com/world/',
      ],
    },
    'url-path': {
      fires: [['See www.reuters.com for details.', 'reuters']],
      silent: ['See Reuters for details.'],
    },
    'paren-wire-dateline': {
      fires: [
        ['नई दिल्ली, 5 दिसंबर (आईएएनएस)। सरकार ने नई नीति जारी की।', 'ians:byline'],
        ['WASHINGTON (AP) — The Senate passed the bill on Friday.', 'associated-press:byline'],
        ['Hamburg (dpa/lno) - Bei einem Brand ist ein Mann verletzt worden.', 'dpa:byline'],
        ['Vienna (APA/dpa) - The government agreed on a budget.', 'dpa:byline'],
      ],
      silent: [
        'सरकार (आईएएनएस सहित) ने नीति जारी की।',
        'The Senate (AP count) passed the bill on Friday.',
      ],
    },
    'dated-wire-dateline': {
      fires: [
        [
          'La Habana, 3 feb (Prensa Latina) El Gobierno cubano anunció nuevas medidas.',
          'prensa-latina:byline',
        ],
        ['Caracas, 5 de marzo (Xinhua) El presidente firmó el decreto.', 'xinhua:byline'],
      ],
      silent: [
        'El Gobierno cubano (Prensa Latina) anunció nuevas medidas.',
        'La Habana, capital cubana (Prensa Latina) El Gobierno anunció medidas.',
      ],
    },
    'paren-wire-tag': {
      fires: [['The fire spread quickly overnight. (ats/nxp)', 'keystone-sda:byline']],
      silent: ['The fire spread quickly overnight (ats/nxp) and further.'],
    },
    'paren-wire-list': {
      fires: [['Poland closed the border.\n(TASR, ČTK, Reuters)', 'ctk:byline']],
      silent: ['Three channels (CNN, Fox and NBC) aired the debate.'],
    },
    'slash-wire-tag': {
      fires: [['The talks went on.\naja/PAP', 'pap:byline']],
      silent: ['The talks went on. aja/PAP and others agreed.'],
    },
    'with-material': {
      fires: [['Mit Material von dpa und AFP', 'dpa:report']],
      silent: ['Mit Material aus dem Baumarkt baute er ein Regal.'],
    },
    'wire-slash-initials': {
      fires: [
        ['Die Polizei sucht Zeugen. dpa/jk', 'dpa:byline'],
        ['Die Polizei sucht Zeugen. dpa/AFP/tno', 'agence-france-presse:byline'],
      ],
      silent: ['Die Polizei sucht Zeugen. dpa/picture alliance zeigt das Foto.'],
    },
    'bracket-dateline': {
      fires: [['【6月18日 AFP】ナイジェリア北東部で攻撃があった。', 'agence-france-presse:byline']],
      silent: ['【6月18日】AFPの記者がいた。'],
    },
    'photo-tag': {
      fires: [['(AP Photo/Evan Vucci)', 'associated-press:photo']],
      silent: ['The AP photographed the scene.'],
    },
    'video-tag': {
      fires: [['(Reuters Video/Jane Doe)', 'reuters:video']],
      silent: ['Reuters video editors were hired.'],
    },
    'credit-line': {
      fires: [
        ['© AFP / JEFF PACHOUD', 'agence-france-presse:photo'],
        ['Photo: David Zalubowski / Associated Press', 'associated-press:photo'],
      ],
      silent: [
        'The photographer worked for AFP for years.',
        '[PHOTO CREDIT: Dangote Group]\nThe Independent Petroleum Marketers Association spoke.',
      ],
    },
    'photo-slash-credit': {
      fires: [['(Chuck Burton/AP)', 'associated-press:photo']],
      silent: ['The Chuck Burton/AP partnership was new.'],
    },
    'credit-slash-name': {
      fires: [['REUTERS/Evelyn Hockstein', 'reuters:photo']],
      silent: ['REUTERS/ipsos poll results were out.'],
    },
    'via-getty': {
      fires: [['AFP via Getty Images', 'agence-france-presse:photo']],
      silent: ['AFP via its own site said so.'],
    },
    'credit-via': {
      fires: [['(Elias Funez/The Union via AP)', 'associated-press:photo']],
      silent: ['He sent the letter to the editors via AP.'],
    },
    'dash-credit': {
      fires: [['Firefighters at the scene - Reuters', 'reuters:photo']],
      silent: ['Firefighters at the scene - Reuters said later that day nobody was hurt.'],
    },
    'wire-signoff': {
      fires: [['The Senate passed the bill on Friday. Reuters', 'reuters:byline']],
      silent: [
        'The Senate passed the bill on Friday. Reuters later said so.',
        'Die Staatsausgaben stiegen kaum. Von\nHans Müller',
      ],
    },
    'with-wire': {
      fires: [['(Le Monde with AFP)', 'agence-france-presse:byline']],
      silent: ['Le Monde with AFP journalists covered it.'],
    },
    'name-colon-quote': {
      fires: [['Politico: “Biden thinks he can win”', 'politico:quote']],
      silent: ['Politico: the magazine thinks he can win'],
    },
  },
  examples: [
    ['(Reuters) - Oil prices rose on Monday.', ['reuters:byline']],
    ['SEOUL, Aug. 20 (Yonhap) -- North Korea slammed the drill.', ['yonhap:byline']],
    ['Bruselas, 7 oct (EFE).- El alto representante habló hoy.', ['efe:byline']],
    ['Mostafa Alkharouf/Anadolu via Getty Images', ['anadolu-agency:photo']],
    ['(Elias Funez/The Union via AP)', ['associated-press:photo', 'the-union-grass-valley:photo']],
    ['Foto: SWR/picture alliance/dpa', ['dpa:photo', 'swr:photo']],
    ['喜ぶメッシ＝ロイター', ['reuters:photo']],
    ['© REUTERS / SHOKRY HUSSIEN', ['reuters:photo']],
    ['Image copyright Reuters', ['reuters:photo']],
    ['The minister spoke on Monday. (AFP/dpa)', ['agence-france-presse:byline', 'dpa:byline']],
  ],
  lookAlikes: [
    'Mandel Ngan/Getty Images',
    'Associated Press',
    'Read the full story at www.reuters.com/world.',
    'The Reuters Institute publishes a yearly report.',
    'Photographs of the AFP headquarters hang in the lobby.',
  ],
};
