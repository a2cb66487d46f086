/** Polish (utils/core/lang/pl.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'pl',
  rules: {
    'pl-source-label': {
      fires: [['Port zamknięto w poniedziałek. (Źródło: PAP)', 'pap:report']],
      silent: ['Źródła PAP nie podały szczegółów.'],
    },
    'pl-wedlug': {
      fires: [['Według PAP rozmowy zakończyły się fiaskiem.', 'pap:report']],
      silent: ['Według ministra PAP się myli.'],
    },
    'pl-told': {
      fires: [['Minister powiedział w rozmowie z TVN24, że odchodzi.', 'tvn24:interview']],
      silent: ['Minister powiedział, że TVN24 się myli.'],
    },
    'pl-interview': {
      fires: [['W rozmowie z RMF FM premier zapowiedział zmiany.', 'rmf-fm:interview']],
      silent: ['W studiu RMF FM premier zapowiedział zmiany.'],
    },
    'pl-inverted': {
      fires: [['Rozmowy zakończyły się fiaskiem, podaje PAP.', 'pap:report']],
      silent: ['Rozmowy zakończyły się fiaskiem, a PAP milczy.'],
    },
    'pl-reported': {
      fires: [['PAP podała, że rozmowy zakończyły się fiaskiem.', 'pap:report']],
      silent: ['PAP ma nową siedzibę.'],
    },
  },
  examples: [
    ['Według PAP rozmowy zakończyły się fiaskiem.', ['pap:report']],
    ['aja/PAP', ['pap:byline']],
    ['Jak podaje Reuters, ceny ropy wzrosły.', ['reuters:report']],
    ['Port zamknięto w poniedziałek. (Źródło: PAP)', ['pap:report']],
    ['Minister powiedział w rozmowie z TVN24, że odchodzi.', ['tvn24:interview']],
    ['W rozmowie z RMF FM premier zapowiedział zmiany.', ['rmf-fm:interview']],
    ['Rozmowy zakończyły się fiaskiem, podaje PAP.', ['pap:report']],
    ['PAP podała, że rozmowy zakończyły się fiaskiem.', ['pap:report']],
    ['Fot. PAP/Leszek Szymański', ['pap:photo']],
    ['Zdjęcie: Reuters', ['reuters:photo']],
  ],
  lookAlikes: [
    'PAP ma nową siedzibę.',
    'Źródła PAP nie podały szczegółów.',
    'Minister powiedział, że TVN24 się myli.',
    'Fotograf PAP był na miejscu.',
    'Rozmowy zakończyły się fiaskiem, a PAP milczy.',
  ],
};
