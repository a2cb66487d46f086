import type { LanguagePack } from './pack';
import { BCS_DESC_BEFORE, BCS_INFLECTION, BCS_OUTLET_NOUNS, BCS_WORDS, bcsRules } from './bcs';

/**
 * Serbian, in Latin and Cyrillic script: the Serbo-Croatian tables of bcs-tables.ts (they hold
 * the ekavian forms: "preneo", "saopštio", "izveštaj"), under its own code. Serbian press writes
 * foreign names as they sound ("Rojters", "Ројтерс", "Asošijeted pres"), and declines them.
 */
export const SR: LanguagePack = {
  code: 'sr',
  otherCodes: ['cnr', 'sh'],
  name: 'Serbian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['ne', 'nije', 'nisu', 'nikada', 'не', 'није', 'нису', 'никада'],
  descBefore: BCS_DESC_BEFORE,
  rules: bcsRules('sr', true),
  words: BCS_WORDS,
  countries: {
    RS: ['srps', 'srbij', 'српс', 'србиј'],
    HR: ['hrvat', 'хрват'],
    BA: ['bosan', 'босан', 'bih'],
    ME: ['crnogor', 'црногор'],
    MK: ['makedon', 'македон'],
    SI: ['sloven', 'словен'],
    RU: ['rusk', 'rusij', 'руск', 'русиј'],
    US: ['americk', 'америчк', 'sad'],
    GB: ['britan', 'британ'],
    DE: ['nemač', 'немач'],
    FR: ['francu', 'франц'],
  },
  outletNouns: BCS_OUTLET_NOUNS,
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Ministarstvo',
    'Vlada',
    'Univerzitet',
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
    'Opština',
    'Министарство',
    'Влада',
    'Универзитет',
    'Суд',
    'Полиција',
    'Институт',
    'Банка',
    'Фондација',
    'Удружење',
    'Странка',
    'Скупштина',
    'Управа',
    'Дирекција',
    'Завод',
    'Општина',
  ],
  ownerWords: [
    'svom',
    'svojem',
    'svoj',
    'svog',
    'svojoj',
    'svoju',
    'njegovom',
    'njenom',
    'свом',
    'свој',
    'свог',
    'својој',
    'своју',
  ],
  nameEndings: {
    newspaper: ['novine', 'Novosti', 'list'],
    broadcaster: ['TV', 'Radio', 'ТВ', 'Радио'],
  },
  nameStarts: {
    broadcaster: ['TV', 'Radio', 'Televizija', 'ТВ', 'Радио', 'Телевизија'],
  },
  inflection: BCS_INFLECTION,
};
