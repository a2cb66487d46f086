/** Czech (utils/core/lang/cs.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'cs',
  rules: {
    'cs-source-label': {
      fires: [['Přístav byl zavřen. (Zdroj: ČTK)\nDalší.', 'ctk:report']],
      silent: ['Zdroje ČTK mlčí.'],
    },
    'cs-podle': {
      fires: [['Podle agentury ČTK jednání pokračuje.', 'ctk:report']],
      silent: ['Podle ministra ČTK chybuje.'],
    },
    'cs-quote-inverted': {
      fires: [['„Jednání pokračuje,“ píše ve zprávě ČTK.', 'ctk:report']],
      silent: ['„Jednání pokračuje,“ a ČTK mlčí.'],
    },
    'cs-told': {
      fires: [['Ministr řekl pro ČTK, že odchází.', 'ctk:interview']],
      silent: ['Ministr řekl, že ČTK chybuje.'],
    },
    'cs-reported': {
      fires: [['ČTK uvedla, že jednání pokračuje.', 'ctk:report']],
      silent: ['ČTK má novou budovu.'],
    },
  },
  examples: [
    ['Podle agentury ČTK jednání pokračuje.', ['ctk:report']],
    ['Přístav byl zavřen. (Zdroj: ČTK)\nDalší.', ['ctk:report']],
    ['„Jednání pokračuje,“ píše ve zprávě ČTK.', ['ctk:report']],
    ['Ministr řekl pro ČTK, že odchází.', ['ctk:interview']],
    ['ČTK uvedla, že jednání pokračuje.', ['ctk:report']],
    ['Jak uvedla ČTK, jednání pokračuje.', ['ctk:report']],
    ['Foto: ČTK', ['ctk:photo']],
    ['Podle Reuters ceny rostou.', ['reuters:report']],
    ['„Jednání pokračuje,“ uvádí ČTK.', ['ctk:report']],
    ['Jak informoval Reuters, ceny rostou.', ['reuters:report']],
  ],
  lookAlikes: [
    'ČTK má novou budovu.',
    'Zdroje ČTK mlčí.',
    'Ministr řekl, že ČTK chybuje.',
    'Podle ministra ČTK chybuje.',
    '„Jednání pokračuje,“ a ČTK mlčí.',
  ],
};
