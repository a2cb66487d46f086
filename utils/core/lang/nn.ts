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
  otherCodes: [],
  rules: norwegianRules('nn'),
};
