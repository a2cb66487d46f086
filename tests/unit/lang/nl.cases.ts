/** Dutch (utils/core/lang/nl.ts): words only so far. */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'nl',
  rules: {
    'nl-source-label': {
      fires: [['De haven sloot maandag. (Bron: ANP)\nMeer.', 'anp:report']],
      silent: ['De bron van ANP zweeg.'],
    },
  },
  examples: [
    ['De haven sloot maandag. (Bron: ANP)\nMeer.', ['anp:report']],
    ['Foto: ANP', ['anp:photo']],
  ],
  lookAlikes: ['De bron van ANP zweeg.'],
};
