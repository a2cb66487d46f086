import type { LanguagePack } from './pack';
import { BCS_DESC_BEFORE, BCS_INFLECTION, BCS_OUTLET_NOUNS, BCS_WORDS, bcsRules } from './bcs';

/**
 * Croatian: the Serbo-Croatian tables of bcs-tables.ts (they hold the Croatian forms: "prenio",
 * "priopćio", "doznaje", "izvijestio", "neslužbeno", "tjednik"), under its own code. Croatian
 * keeps foreign names as written and declines them ("Reutersa", "Reutersu", "Bloombergom").
 */
export const HR: LanguagePack = {
  code: 'hr',
  name: 'Croatian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nije', 'nisu', 'nikada', 'nikad'],
  descBefore: BCS_DESC_BEFORE,
  rules: bcsRules('hr', true),
  words: BCS_WORDS,
  countries: {
    HR: ['hrvat'],
    RS: ['srpsk', 'srbij'],
    BA: ['bosan', 'bih'],
    SI: ['sloven'],
    HU: ['mađar'],
    IT: ['talijan'],
    DE: ['njemač'],
    AT: ['austrij'],
    GB: ['britan'],
    US: ['americk', 'sad'],
    FR: ['francu'],
    RU: ['rusk', 'rusij'],
  },
  outletNouns: BCS_OUTLET_NOUNS,
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministarstvo',
    'Vlada',
    'Sveučilište',
    'Ured',
    'Sud',
    'Policija',
    'Institut',
    'Banka',
    'Zaklada',
    'Udruga',
    'Stranka',
    'Sabor',
    'Uprava',
    'Direkcija',
    'Zavod',
    'Općina',
  ],
  ownerWords: ['svom', 'svojem', 'svoj', 'svog', 'svojoj', 'svoju', 'njegovom', 'njezinom'],
  nameEndings: {
    newspaper: ['list', 'novine'],
    broadcaster: ['TV', 'Radio'],
  },
  nameStarts: {
    broadcaster: ['TV', 'Radio', 'Televizija'],
  },
  inflection: BCS_INFLECTION,
};
