/** Ukrainian (utils/core/lang/uk.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'uk',
  rules: {
    'uk-source-label': {
      fires: [['Порт закрито. (Джерело: Укрінформ)', 'ukrinform:report']],
      silent: ['Джерела Укрінформ мовчать.'],
    },
    'uk-za-danymy': {
      fires: [['Як повідомляє Reuters, переговори тривають.', 'reuters:report']],
      silent: ['Як відомо, Reuters має офіс у Києві.'],
    },
    'uk-citing': {
      fires: [
        ['Агентство Reuters, з посиланням на Укрінформ, повідомило про це.', 'ukrinform:report'],
      ],
      silent: ['Агентство Reuters та Укрінформ зустрілися.'],
    },
    'uk-told': {
      fires: [["Міністр сказав в інтерв'ю РБК-Україна, що йде.", 'rbc-ukraine:interview']],
      silent: ['Міністр сказав, що РБК-Україна помиляється.'],
    },
  },
  examples: [
    ['Прокурори вивчали матеріали / Фото РБК', ['rbc-ukraine:photo']],
    ['Як повідомляє Reuters, переговори тривають.', ['reuters:report']],
    ['Порт закрито. (Джерело: Укрінформ)', ['ukrinform:report']],
    ["Міністр сказав в інтерв'ю РБК-Україна, що йде.", ['rbc-ukraine:interview']],
    [
      'Агентство Reuters, з посиланням на Укрінформ, повідомило про це.',
      ['reuters:report', 'ukrinform:report'],
    ],
    ['За даними Укрінформ, обстріли тривали.', ['ukrinform:report']],
    ['Фото: Укрінформ', ['ukrinform:photo']],
    ['Як пише Reuters, ціни зросли.', ['reuters:report']],
    ['Про це повідомляє Укрінформ.', ['ukrinform:report']],
    ['Джерело: Reuters\nНаступний абзац.\nЩе один.\nІ ще.\nКінець.', ['reuters:report']],
  ],
  lookAlikes: [
    'Агентство Reuters та Укрінформ зустрілися.',
    'Джерела Укрінформ мовчать.',
    'Як відомо, Reuters має офіс у Києві.',
    'Міністр сказав, що РБК-Україна помиляється.',
    'Фотограф Укрінформ знімав.',
  ],
};
