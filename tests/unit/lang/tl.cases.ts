/** Tagalog (utils/core/lang/tl.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'tl',
  rules: {
    'tl-analysis': {
      fires: [
        ['Ayon sa pagsusuri ng Rappler, dumoble ang gastos ng proyekto.', 'rappler:analysis'],
      ],
      silent: ['Ayon sa Rappler, may pagsusuri ng datos na ginagawa ang ahensiya.'],
    },
    'tl-read-also': {
      fires: [['Basahin: Presyo ng bigas tataas - Rappler', 'rappler']],
      silent: ['Tataas ang presyo ng bigas, ayon sa Rappler.'],
    },
    'tl-source-label': {
      fires: [
        [
          'Tumaas ang pamasahe. (Pinagmulan: PNA)\nIba pang balita.',
          'philippine-news-agency:report',
        ],
      ],
      silent: ['Ang pinagmulan ng PNA ay hindi malinaw.'],
    },
    'tl-actor': {
      fires: [['Mapapanood sa ABS-CBN ang laban mamayang gabi.', 'abs-cbn']],
      silent: ['Iniulat ng ABS-CBN ang laban mamayang gabi.'],
    },
    'tl-photo': {
      fires: [
        ['Larawan mula sa PNA', 'philippine-news-agency:photo'],
        ['Kuha ng Reuters', 'reuters:photo'],
      ],
      silent: ['Ang larawan ay ipinakita ng Rappler sa publiko.'],
    },
    'tl-citing': {
      fires: [['Ang AFP, na sumipi sa Reuters, ay nag-ulat ng pagsabog.', 'reuters:report']],
      silent: ['Ang AFP at ang Reuters ay nasa lugar.'],
    },
    'tl-ayon-sa': {
      fires: [
        [
          'Ayon sa ulat ng Philippine News Agency, tataas ang pamasahe.',
          'philippine-news-agency:report',
        ],
        ['Ayon naman sa Reuters, bumaba ang presyo ng langis.', 'reuters:report'],
        ['Sa ulat ng Rappler, sinabi ng opisyal na handa sila.', 'rappler:report'],
      ],
      silent: ['Ayon sa kalihim, mali ang Rappler.'],
    },
    'tl-told': {
      fires: [
        [
          'Sa panayam ng ABS-CBN News, sinabi ng alkalde na sarado ang kalsada.',
          'abs-cbn:interview',
        ],
        ['Sinabi niya sa Radyo Pilipinas na handa ang gobyerno.', 'radyo-pilipinas:interview'],
        ['Sa isang panayam sa Rappler, inamin ng senador ang pagkakamali.', 'rappler:interview'],
      ],
      silent: ['Sinabi niya na mali ang Rappler.'],
    },
    'tl-reported': {
      fires: [
        ['Iniulat din ng Rappler na tumaas ang presyo ng bigas.', 'rappler:report'],
        ['Nag-ulat ang ABS-CBN News tungkol sa baha.', 'abs-cbn:report'],
      ],
      silent: ['Nagulat ang ABS-CBN News sa desisyon.'],
    },
  },
  examples: [
    [
      'Ayon sa ulat ng Philippine News Agency (PNA), tataas ang pamasahe.',
      ['philippine-news-agency:report'],
    ],
    ['Larawan mula sa PNA', ['philippine-news-agency:photo']],
    ['Ayon naman sa Reuters, bumaba ang presyo ng langis.', ['reuters:report']],
    ['Iniulat din ng Rappler na tumaas ang presyo ng bigas.', ['rappler:report']],
    ['Sa panayam ng ABS-CBN News, sinabi ng alkalde na sarado ang kalsada.', ['abs-cbn:interview']],
    ['Sinabi niya sa Radyo Pilipinas na handa ang gobyerno.', ['radyo-pilipinas:interview']],
    ['MAYNILA (PNA) - Inanunsiyo ng DOTr ang bagong pamasahe.', ['philippine-news-agency:byline']],
    ['Kuha ng Reuters', ['reuters:photo']],
    ['Batay sa datos ng Rappler, 40 porsiyento ang tumaas.', ['rappler:report']],
    ['Tumaas ang pamasahe. (Pinagmulan: PNA)\nIba pang balita.', ['philippine-news-agency:report']],
    ['Ayon sa pahayagang Philippine Daily Inquirer, tuloy ang welga.', ['inquirer:report']],
  ],
  lookAlikes: [
    'Mapapanood sa ABS-CBN ang laban mamayang gabi.',
    'Nagulat ang ABS-CBN News sa desisyon ng korte.',
    'Pinag-usapan sa Kongreso ang prangkisa ng ABS-CBN.',
    'Ayon sa kalihim, mali ang Rappler.',
    'Si Michael Bloomberg ay bumisita sa Maynila.',
    'Binuksan ng Reuters ang bagong opisina sa Makati.',
  ],
};
