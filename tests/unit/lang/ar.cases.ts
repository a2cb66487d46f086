/** Arabic (utils/core/lang/ar.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ar',
  rules: {
    'ar-source-label': {
      fires: [['أغلق الميناء. (المصدر: رويترز)\nفقرة أخرى.', 'reuters:report']],
      silent: ['مصادر رويترز لم تؤكد.'],
    },
    'ar-according': {
      fires: [['وفقا لرويترز، ارتفعت أسعار النفط.', 'reuters:report']],
      silent: ['وفقا للوزير، رويترز مخطئة.'],
    },
    'ar-told': {
      fires: [['وقال المسؤول لرويترز إن المحادثات مستمرة.', 'reuters:interview']],
      silent: ['وقال المسؤول إن رويترز مخطئة.'],
    },
    'ar-reported': {
      fires: [['رويترز ذكرت أن المحادثات مستمرة.', 'reuters:report']],
      silent: ['رويترز لديها مكتب جديد.'],
    },
  },
  examples: [
    ['وفقا لرويترز، ارتفعت أسعار النفط.', ['reuters:report']],
    ['وقال المسؤول لرويترز إن المحادثات مستمرة.', ['reuters:interview']],
    ['© REUTERS / SHOKRY HUSSIEN', ['reuters:photo']],
    ['ذكرت رويترز أن المحادثات مستمرة.', ['reuters:report']],
    ['رويترز ذكرت أن المحادثات مستمرة.', ['reuters:report']],
    ['أغلق الميناء. (المصدر: رويترز)\nفقرة أخرى.', ['reuters:report']],
    ['وقال في مقابلة مع رويترز إن المحادثات مستمرة.', ['reuters:interview']],
    ['وفي تصريحات لرويترز قال المسؤول.', ['reuters:interview']],
    ['بحسب رويترز، ارتفعت الأسعار.', ['reuters:report']],
    ['نقلا عن رويترز، ارتفعت الأسعار.', ['reuters:report']],
  ],
  lookAlikes: [
    'رويترز لديها مكتب جديد.',
    'وقال المسؤول إن رويترز مخطئة.',
    'مصادر رويترز لم تؤكد.',
    'وفقا للوزير، رويترز مخطئة.',
    'زار الوزير مكتب رويترز.',
  ],
};
