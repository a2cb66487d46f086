/**
 * The reporting verb later in the outlet's clause (detect-deferred.ts): adverbials, auxiliaries
 * and clitics between the name and its verb, in several languages. Written before the rule was
 * run on them. `fires`: the sure credit expected; `silent`: the same outlet, no sure credit.
 */
export const DEFERRED_CASES: {
  lang: string;
  fires: [sentence: string, credit: string][];
  silent: [sentence: string, outlet: string][];
}[] = [
  {
    lang: 'en',
    fires: [
      ['The BBC late on Tuesday reported that the talks had collapsed.', 'bbc:report'],
      [
        'The Guardian in its Saturday edition reported that ministers had been warned.',
        'the-guardian:report',
      ],
    ],
    silent: [
      ['The Guardian building in King’s Cross was evacuated on Tuesday.', 'the-guardian'],
      ['Reuters photographers in Gaza said they had been shot at.', 'reuters'],
    ],
  },
  {
    lang: 'de',
    fires: [
      [
        'Die Süddeutsche Zeitung hat am Freitag unter Berufung auf Regierungskreise gemeldet, der Plan sei gescheitert.',
        'sueddeutsche-zeitung:report',
      ],
    ],
    silent: [
      [
        'Die Süddeutsche Zeitung hat am Freitag ihre Druckerei in München geschlossen.',
        'sueddeutsche-zeitung',
      ],
    ],
  },
  {
    lang: 'fr',
    fires: [['Reuters a lundi soir rapporté que deux soldats avaient été tués.', 'reuters:report']],
    silent: [['Le Monde a mardi licencié trois journalistes.', 'le-monde']],
  },
  {
    lang: 'es',
    fires: [
      ['El País en su edición del domingo publicó que el Gobierno lo sabía.', 'el-pais:report'],
    ],
    silent: [['El País en su edición del domingo cambió de director.', 'el-pais']],
  },
  {
    lang: 'hr',
    fires: [['HINA je u utorak navečer izvijestila da je ministar podnio ostavku.', 'hina:report']],
    silent: [['HINA je u utorak navečer dobila novog ravnatelja.', 'hina']],
  },
  {
    lang: 'nl',
    fires: [
      [
        'De NOS heeft dinsdagavond op basis van ingewijden gemeld dat het kabinet valt.',
        'nos:report',
      ],
    ],
    silent: [['De NOS heeft dinsdagavond een nieuwe presentator aangesteld.', 'nos']],
  },
  {
    lang: 'sv',
    fires: [
      [
        'Dagens Nyheter har under tisdagen rapporterat att regeringen visste.',
        'dagens-nyheter:report',
      ],
    ],
    silent: [['Dagens Nyheter har under tisdagen bytt chefredaktör.', 'dagens-nyheter']],
  },
  {
    lang: 'pl',
    fires: [['TVN24 we wtorek wieczorem poinformowała, że rząd upadł.', 'tvn24:report']],
    silent: [['TVN24 we wtorek wieczorem zmieniła ramówkę.', 'tvn24']],
  },
  {
    lang: 'it',
    fires: [
      [
        'Il Corriere della Sera nell’edizione di martedì ha rivelato che il ministro sapeva.',
        'corriere-della-sera:report',
      ],
    ],
    silent: [
      [
        'Il Corriere della Sera nell’edizione di martedì ha cambiato grafica.',
        'corriere-della-sera',
      ],
    ],
  },
  {
    lang: 'pt',
    fires: [
      [
        'A Folha de S.Paulo na edição desta terça-feira revelou que o ministro sabia.',
        'folha-de-s-paulo:report',
      ],
    ],
    silent: [
      ['A Folha de S.Paulo na edição desta terça-feira mudou de diretor.', 'folha-de-s-paulo'],
    ],
  },
];
