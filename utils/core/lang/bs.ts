import type { LanguagePack } from './pack';
import { BCS_DESC_BEFORE, BCS_INFLECTION, BCS_OUTLET_NOUNS, BCS_WORDS, bcsRules } from './bcs';

/**
 * Bosnian, in Latin and Cyrillic script: the Serbo-Croatian tables of bcs-tables.ts (they hold
 * the ijekavian forms Bosnian writes: "prenio", "saopćio", "izvještaj", "sedmičnik"), under its
 * own code.
 */
export const BS: LanguagePack = {
  code: 'bs',
  name: 'Bosnian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nije', 'nisu', 'nikada', 'nikad'],
  descBefore: BCS_DESC_BEFORE,
  rules: bcsRules('bs', true),
  words: BCS_WORDS,
  countries: {
    BA: ['bosan', 'bih', 'bh'],
    HR: ['hrvat'],
    RS: ['srpsk', 'srbij'],
    ME: ['crnogor'],
    TR: ['tursk'],
    DE: ['njemač'],
    AT: ['austrij'],
    GB: ['britan'],
    US: ['americk', 'sad'],
    RU: ['rusk', 'rusij'],
  },
  outletNouns: BCS_OUTLET_NOUNS,
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministarstvo',
    'Vlada',
    'Univerzitet',
    'Ured',
    'Sud',
    'Policija',
    'Institut',
    'Banka',
    'Fondacija',
    'Udruženje',
    'Stranka',
    'Skupština',
    'Uprava',
    'Direkcija',
    'Zavod',
    'Općina',
  ],
  ownerWords: ['svom', 'svojem', 'svoj', 'svog', 'svojoj', 'svoju', 'njegovom', 'njenom'],
  nameEndings: {
    newspaper: ['list', 'novine'],
    broadcaster: ['TV', 'Radio'],
  },
  nameStarts: {
    broadcaster: ['TV', 'Radio', 'Televizija'],
  },
  inflection: BCS_INFLECTION,
};
