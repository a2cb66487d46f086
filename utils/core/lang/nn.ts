import type { LanguagePack } from './pack';
import { NB, norwegianRules } from './nb';

/**
 * Norwegian Nynorsk: the Norwegian tables of nb.ts (they hold the forms of both written
 * standards: "seier", "fortel", "ifølgje", "avisa", "Kjelde:"), under its own code.
 */
export const NN: LanguagePack = {
  ...NB,
  code: 'nn',
  name: 'Norwegian Nynorsk',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ikkje', 'ikke', 'aldri'],
  otherCodes: [],
  rules: norwegianRules('nn'),
};
