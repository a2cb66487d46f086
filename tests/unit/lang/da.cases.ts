/** Danish (utils/core/lang/da.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'da',
  rules: {
    'da-source-label': {
      fires: [['Havnen lukkede. (Kilde: Ritzau)\nMere.', 'ritzau:report']],
      silent: ['Kilden hos Ritzau tav.'],
    },
    'da-byline-af': {
      fires: [['Af Jens Hansen, Ritzau', 'ritzau:byline']],
      silent: ['Det var af stor betydning for Ritzau.'],
    },
    'da-ifolge': {
      fires: [['Ifølge Reuters er flyet sikkert.', 'reuters:report']],
      silent: ['Ifølge ministeren er Reuters forkert.'],
    },
    'da-told': {
      fires: [['Ministeren siger til Berlingske, at han går af.', 'berlingske:interview']],
      silent: ['Ministeren siger, at Berlingske tager fejl.'],
    },
    'da-reported': {
      fires: [['Berlingske skriver, at ministeren går af.', 'berlingske:report']],
      silent: ['Berlingske har nyt hus.'],
    },
  },
  examples: [
    ['Ifølge Reuters er flyet sikkert.', ['reuters:report']],
    ['Foto: Liselotte Sabroe/Ritzau Scanpix', ['ritzau:photo']],
    ['Men ifølge den tyrkiske avis Hurriyet er det 225 millioner dollar.', ['hurriyet:report']],
    ['Af Jens Hansen, Ritzau', ['ritzau:byline']],
    ['Havnen lukkede. (Kilde: Ritzau)\nMere.', ['ritzau:report']],
    ['Ministeren siger til Berlingske, at han går af.', ['berlingske:interview']],
    ['Berlingske skriver, at ministeren går af.', ['berlingske:report']],
    ['Det oplyser Ritzau.', ['ritzau:report']],
    ['Det skriver Berlingske.', ['berlingske:report']],
    ['Det siger ministeren til DR.', ['dr:interview']],
  ],
  lookAlikes: [
    'Berlingske har nyt hus.',
    'Kilden hos Ritzau tav.',
    'Ministeren siger, at Berlingske tager fejl.',
    'Det var af stor betydning for Ritzau.',
    'Ifølge ministeren er Reuters forkert.',
  ],
};
