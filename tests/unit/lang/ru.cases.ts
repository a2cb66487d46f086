/** Russian (utils/core/lang/ru.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ru',
  rules: {
    'ru-source-label': {
      fires: [['Порт закрыт. (Источник: ТАСС)', 'tass:report']],
      silent: ['Источники ТАСС не сообщают деталей.'],
    },
    'ru-po-dannym': {
      fires: [['По данным ТАСС, переговоры продолжатся.', 'tass:report']],
      silent: ['По словам министра, ТАСС ошибается.'],
    },
    'ru-citing': {
      fires: [['Агентство Reuters, со ссылкой на ТАСС, сообщило об этом.', 'tass:report']],
      silent: ['Агентство Reuters и ТАСС встретились.'],
    },
    'ru-photo': {
      fires: [['Фото: ТАСС', 'tass:photo']],
      silent: ['Фотограф ТАСС снимал.'],
    },
    'ru-told': {
      fires: [['Министр сказал в интервью ТАСС, что уходит.', 'tass:interview']],
      silent: ['Министр сказал, что ТАСС ошибается.'],
    },
    'ru-reported': {
      fires: [['ТАСС сообщает, что переговоры продолжатся.', 'tass:report']],
      silent: ['ТАСС открыл новый офис.'],
    },
  },
  examples: [
    ['По данным ТАСС, переговоры продолжатся.', ['tass:report']],
    ['Об этом сообщает Reuters.', ['reuters:report']],
    ['Это случилось, как передавало местное издание NewsMaker.', ['newsmaker-moldova:report']],
    ['Порт закрыт. (Источник: ТАСС)', ['tass:report']],
    ['Фото: ТАСС', ['tass:photo']],
    ['Министр сказал в интервью ТАСС, что уходит.', ['tass:interview']],
    ['ТАСС сообщает, что переговоры продолжатся.', ['tass:report']],
    ['Агентство Reuters, со ссылкой на ТАСС, сообщило об этом.', ['reuters:report', 'tass:report']],
    ['Как пишет Reuters, цены на нефть выросли.', ['reuters:report']],
    ['Фото ТАСС', ['tass:photo']],
  ],
  lookAlikes: [
    'ТАСС открыл новый офис.',
    'Фотограф ТАСС снимал.',
    'Министр сказал, что ТАСС ошибается.',
    'Источники ТАСС не сообщают деталей.',
    'По словам министра, ТАСС ошибается.',
  ],
};
