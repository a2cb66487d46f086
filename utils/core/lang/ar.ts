import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/** Verbs of saying, with and without the glued و ("and"). */
const AR_SAID =
  '(?:قال|وقال|قالت|وقالت|صرح|وصرح|صرحت|أكد|وأكد|أكدت|أوضح|وأوضح|أوضحت|أضاف|وأضاف|كشف|وكشف)';
/** One Arabic word after a space. */
const AR_WORD = '(?:\\s+[\\u0621-\\u064a]+)';

/** Arabic: its cue rules, descriptors and words. Prepositions glue to the name ("لرويترز"): `namePrefix`. */
export const AR: LanguagePack = {
  code: 'ar',
  name: 'Arabic',
  // و/ف ("and", "so") then ل/ب/ك ("to", "by", "as"), a tatweel after ل or ب: "لرويترز", "ولـرويترز".
  namePrefix: /(?:[وف][لبك]?|[لبك])ـ?$/u,
  descBefore:
    /(?:^|\s)(?:ال)?(?:وكالة|لوكالة|بوكالة|صحيفة|لصحيفة|بصحيفة|قناة|لقناة|شبكة|لشبكة|موقع|لموقع|إذاعة|لإذاعة|مجلة|لمجلة|تلفزيون|التلفزيون)(?:\s+[\u0600-\u06ff]+){0,2}\s+$/u,
  rules: [
    {
      id: 'ar-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before:
        /(?:^|\s)(?:وفقا|وفقاً|وفقًا|طبقا|طبقاً|بحسب|وبحسب|حسب|وحسب|نقلا|نقلاً|نقلًا|ونقلت|نقلت|ذكرت|وذكرت|أفادت|وأفادت|أوردت|وأوردت|قالت|وقالت|أشارت|وأشارت|كشفت|وكشفت|بثت|نشرت|ونشرت)\s*(?:عن|لـ|ل|إلى|الى)?\s*(?:ما\s+(?:ذكرته|أوردته|نشرته|أفادت\s+به)\s*)?(?:ل|ب|و)?$/u,
    },
    {
      id: 'ar-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        [
          // "وقال المسؤول لرويترز": a verb of saying, up to two words, then ل glued to the name
          // (not "وقال المسؤول إن رويترز…", where the outlet is what is talked about).
          `(?:^|\\s)${AR_SAID}${AR_WORD}{0,2}\\s+(?:ل|لـ)$`,
          // "وقال في مقابلة مع رويترز"
          `(?:^|\\s)(?:${AR_SAID}${AR_WORD}{0,2}\\s+)?في\\s+(?:مقابلة|حديث|تصريحات?)\\s+(?:مع|إلى)\\s*(?:ل|لـ)?$`,
          // "مقابلة مع رويترز", "تصريحات لرويترز"
          `(?:^|\\s)(?:مقابلة\\s+مع|حديث\\s+(?:مع|إلى)|تصريحات?\\s+إلى)\\s*$`,
          `(?:^|\\s)(?:مقابلة|حديث|تصريحات?)\\s+(?:ل|لـ)$`,
        ].join('|'),
        'u',
      ),
    },
    {
      id: 'ar-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: /^\s+(?:ذكرت|أفادت|قالت|نقلت|أوردت|أشارت|كشفت|نشرت)/u,
    },
  ],
  words: {
    and: [],
    articles: ['al', 'el'],
    sourceLabels: ['المصدر', 'مصدر', 'المصادر'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [],
    photoMarks: ['صورة'],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  outletNouns: {
    'news-agency': ['وكالة'],
    newspaper: ['صحيفة'],
    broadcaster: ['قناة', 'شبكة', 'إذاعة', 'تلفزيون'],
    magazine: ['مجلة'],
    online: ['موقع'],
  },
  nameEndings: {},
};
