import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { u } from './regex';

const DESC =
  '(?:(?:[\\p{Ll}-]+(?:ое|ая|ий|ый|ое|ое|ого|ой|ому|ым|ом|ое|ее|ее|ие|ые)\\s+){0,2}(?:агентств[оауе]м?|информагентств[оауе]м?|изданиe|издани[еяюи]м?|газет[аыуеой]й?|телеканал[аеуом]*|канал[аеуом]*|радиостанци[яиюей]|радио|портал[аеуом]*|сайт[аеуом]*|журнал[аеуом]*|медиа|СМИ|видани[еяюи]м?|агенці[яїюєі]|газет[аиіу]|телеканал[уі]?|сайт[уі]?)\\s+)';

/** Ukrainian cues (the Cyrillic descriptors and verbs above cover some shared forms). */
export const UK: LanguagePack = {
  code: 'uk',
  name: 'Ukrainian',
  descBefore: u(new RegExp(`(?:^|\\s)${DESC}$`)),
  rules: [
    {
      id: 'uk-za-danymy',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        /\b(?:за\s+даними|за\s+інформацією|за\s+словами|згідно\s+з|як\s+повідомляє|як\s+повідомило|як\s+повідомив|як\s+повідомила|як\s+пише|як\s+писало|як\s+передає|як\s+передавало|як\s+зазначає|як\s+стало\s+відомо|як\s+з['’]ясувало|пише|повідомляє|повідомило|повідомив|передає|передало|зазначає|інформує|уточнює)\s+$/iu,
      ),
    },
    {
      id: 'uk-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(/\b(?:з\s+посиланням\s+на|посилаючись\s+на|цитує|цитуючи)\s+$/iu),
    },
    {
      id: 'uk-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:в\s+інтерв['’]ю|у\s+інтерв['’]ю|в\s+ефірі|у\s+ефірі|в\s+коментарі\s+для|у\s+коментарі\s+для|у\s+розмові\s+з|в\s+розмові\s+з|розповів|розповіла|сказав|сказала|заявив|заявила)\s+$/iu,
      ),
      after: /^\s*(?:[.,;:]|\s+(?:що|в\b|у\b))/u,
    },
  ],
  words: {
    and: ['та', 'і'],
    articles: [],
    sourceLabels: ['Джерело'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Відео'],
    photoMarks: ['Фото'],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['агенція', 'інформагенція'],
    newspaper: ['газета'],
    broadcaster: ['телеканал', 'канал', 'радіо'],
    magazine: ['журнал'],
    online: ['сайт', 'видання', 'портал'],
  },
  nameEndings: {},
};
