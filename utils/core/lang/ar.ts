import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';

/**
 * Verbs of saying in the past, masculine or feminine (ت), singular or plural (وا), with or
 * without the glued و/ف ("and", "so"): "قال", "وقالت", "وأكدوا", "فأوضح".
 */
const AR_SAID = '(?:[وف]?(?:قال|صرح|أكد|أوضح|أضاف|كشف|أبلغ|تابع)(?:ت|وا)?)';
/** A survey, study or analysis: "استطلاع أجرته", "دراسة أعدتها", "تحليل نشرته". */
const AR_STUDY = '(?:استطلاع|استطلاعا|استطلاعاً|دراسة|تحليل|تحليلا|تحليلاً|مسح)';
/** One Arabic word after a space. */
const AR_WORD = '(?:\\s+[\\u0621-\\u064a]+)';

/** The article and prepositions glued to a noun: "ال", "ل", "لل", "ب", "بال", "و…". */
const NOUN_PREFIXES = ['', 'ال', 'ل', 'لل', 'ب', 'بال', 'و', 'وال', 'ول', 'ولل', 'وب', 'وبال'];

/** Each noun with every prefix of `NOUN_PREFIXES`. */
function glued(nouns: string[]): string[] {
  return nouns.flatMap((n) => NOUN_PREFIXES.map((p) => p + n));
}

/** Arabic: its cue rules, descriptors and words. Prepositions glue to the name ("لرويترز"): `namePrefix`. */
export const AR: LanguagePack = {
  code: 'ar',
  name: 'Arabic',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['لم', 'لا', 'لن', 'ليس'],
  // و/ف ("and", "so") then ل/ب/ك ("to", "by", "as"), a tatweel after ل or ب: "لرويترز", "ولـرويترز".
  namePrefix: /(?:[وف][لبك]?|[لبك])ـ?$/u,
  descBefore:
    // Group 1 keeps a glued preposition for the rules: "قال لشبكة سي إن إن" reads "قال ل".
    /((?:^|\s)[وف]?[لب]?)(?:ال)?(?:وكالة|صحيفة|جريدة|يومية|قناة|شبكة|موقع|إذاعة|مجلة|تلفزيون|مراسل|مراسلة|موفد|موفدة)(?:\s+[\u0600-\u06ff]+){0,2}\s*[«"]?\s*$/u,
  rules: [
    {
      // The outlet as owner, employer, venue or target: "رئيس تحرير الأهرام", "مكتب الجزيرة",
      // "إغلاق قناة", "دعوى ضد", "عمل في" (an author bio).
      id: 'ar-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before:
        /(?:^|\s)(?:رئيس\s+تحرير|رئيسة\s+تحرير|مدير\s+عام|مالك|ملاك|مقر|مكتب|مكاتب|إغلاق|حظر|حجب|ضد|اقتحام|موظفي|موظفو|عمل\s+(?:سابقا\s+|سابقاً\s+)?(?:في|مع|لدى)|عملت\s+(?:سابقا\s+|سابقاً\s+)?(?:في|مع|لدى)|يعمل\s+(?:في|لدى)|تعمل\s+(?:في|لدى))\s*[«"]?$/u,
    },
    {
      // "وبحسب استطلاع أجرته جريدة الغد", "في دراسة أعدتها", "تحليل لوكالة بلومبرغ".
      id: 'ar-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)[وف]?[بل]?(?:حسب\\s+|في\\s+)?${AR_STUDY}(?:\\s+(?:للرأي|رأي|جديد|جديدة))?\\s+(?:(?:أجراه|أجرته|أجرتها|أعده|أعدته|أعدتها|نشره|نشرته|نشرتها)\\s+|(?:أجري|أجرى|أعد)\\s+(?:لصالح|ل)\\s*|لصالح\\s+|[لب]ـ?)$`,
        'u',
      ),
    },
    {
      id: 'ar-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before:
        /(?:^|\s)(?:وفقا|وفقاً|وفقًا|ووفقا|وفق|ووفق|طبقا|طبقاً|بحسب|وبحسب|حسب|وحسب|حسبما|وحسبما|استنادا|استناداً|نقلا|نقلاً|نقلًا|ونقلت|نقلت|ونقل|نقل|ذكرت|وذكرت|ذكر|وذكر|أفادت|وأفادت|أفاد|وأفاد|أوردت|وأوردت|أورد|وأورد|قالت|وقالت|أشارت|وأشارت|كشفت|وكشفت|كشف|وكشف|بثت|نشرت|ونشرت|نشر|ونشر|[وف]?(?:أوضح|أكد|أضاف|تابع|زعم)ت?)\s*(?:عن|لـ|ل|إلى|الى)?\s*(?:ما\s+(?:ذكرته|أوردته|نشرته|نقلته|بثته|كشفته|أعلنته|أفادت\s+به|أفاد\s+به)\s*)?(?:ل|ب|و)?[«"]?$/u,
    },
    {
      id: 'ar-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        [
          // "وقال المسؤول لرويترز": a verb of saying, up to two words, then ل glued to the name
          // (not "وقال المسؤول إن رويترز…", where the outlet is what is talked about).
          `(?:^|\\s)${AR_SAID}${AR_WORD}{0,2}\\s+(?:ل|لـ)\\s?$`,
          // "وقال في مقابلة مع رويترز"
          `(?:^|\\s)(?:${AR_SAID}${AR_WORD}{0,2}\\s+)?في\\s+(?:مقابلة|لقاء|حوار|حديث|تصريحات?)\\s+(?:مع|إلى)\\s*(?:ل|لـ)?$`,
          // "مقابلة مع رويترز", "تصريحات لرويترز"
          `(?:^|\\s)(?:مقابلة\\s+مع|حوار\\s+مع|لقاء\\s+مع|حديث\\s+(?:مع|إلى)|تصريحات?\\s+إلى|اتصال\\s+(?:هاتفي\\s+)?مع|مداخلة\\s+(?:هاتفية\\s+)?(?:مع|على|في)|تصريحات?\\s+خاصة\\s+(?:ل|لـ))\\s*[«"]?$`,
          // "في برنامج «الحكاية» على قناة", "خلال استضافته في برنامج … على شاشة".
          `(?:^|\\s)(?:في|خلال|عبر)\\s+(?:استضافته\\s+في\\s+|استضافتها\\s+في\\s+)?برنامج[^\\n.]{0,40}?\\s+(?:على|عبر)\\s+(?:شاشة\\s+|قناة\\s+|إذاعة\\s+)?[«"]?$`,
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
      // "رويترز ذكرت", "وكانت جريدة «X» قد كشفت", "موقع «X» أشار".
      after:
        /^\s*[»"]?\s+(?:قد\s+)?(?:ذكرت|ذكر|أفادت|أفاد|قالت|نقلت|نقل|أوردت|أورد|أشارت|أشار|كشفت|كشف|نشرت|نشر)(?=[\s،,.]|$)/u,
    },
  ],
  words: {
    and: [],
    articles: ['al', 'el'],
    sourceLabels: ['المصدر', 'مصدر', 'المصادر'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: [],
    photoMarks: ['صورة', 'تصوير'],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {},
  // With the article and prepositions glued on: "الصحيفة المحلية "X"", "لقناة "X"".
  outletNouns: {
    'news-agency': glued(['وكالة']),
    newspaper: glued(['صحيفة', 'جريدة']),
    broadcaster: glued(['قناة', 'شبكة', 'إذاعة', 'تلفزيون']),
    magazine: glued(['مجلة']),
    online: glued(['موقع']),
  },
  nameEndings: {},
};
