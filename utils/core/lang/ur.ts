import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Urdu, like Hindi, is verb-final with postpositions after the name: "اے پی پی کے مطابق"
 * (according to APP), "جیو نیوز نے بتایا" (Geo News reported; نے marks the agent), "روزنامہ جنگ
 * سے بات کرتے ہوئے" (talking to Jang), "رائٹرز کو بتایا" (told Reuters). Wire datelines put the
 * agency in brackets after the city: "سری نگر (یو این آئی)".
 */

/** After "X کے": "مطابق" (according to), "حوالے سے" (citing), "بقول". */
const ACCORDING = phrases(`
  مطابق
  بقول
  حوالے سے
  توسط سے
`);

/** What an outlet produced, after "X کی/کے": "اے پی پی کی رپورٹ کے مطابق". */
const PRODUCT = phrases(`
  رپورٹ
  ایک رپورٹ
  خبر
  رپورٹس
  اعداد و شمار
  سروے
  تجزیے
  تجزیہ
  نامہ نگار
  نمائندے
  نمائندہ
`);

/** Reporting verbs after "X نے": "جیو نیوز نے بتایا", "ڈان نے اپنی رپورٹ میں لکھا". */
const REPORTED = phrases(`
  بتایا
  لکھا
  کہا
  رپورٹ کیا
  رپورٹ دی
  خبر دی
  دعویٰ کیا
  دعوی کیا
  انکشاف کیا
  شائع کیا
  نشر کیا
  رپورٹ کی
  اطلاع دی
  نشر کی
  شائع کی
  تصدیق کی
`);

/** An interview, after the name: "سے بات کرتے ہوئے", "کو دیے گئے انٹرویو میں", "کو بتایا". */
const TOLD = phrases(`
  سے بات کرتے ہوئے
  سے بات چیت کرتے ہوئے
  سے گفتگو کرتے ہوئے
  سے گفتگو میں
  سے بات چیت میں
  سے خصوصی گفتگو میں
  سے خصوصی بات چیت میں
  سے کہا
  کو بتایا
  کو دیے گئے انٹرویو میں
  کو دیئے گئے انٹرویو میں
  کو دیے گئے ایک انٹرویو میں
  کو انٹرویو دیتے ہوئے
  کو خصوصی انٹرویو
  کو دیے گئے خصوصی انٹرویو میں
  کو دیئے گئے خصوصی انٹرویو میں
  کو انٹرویو میں
  کے ساتھ انٹرویو میں
  کے پروگرام میں
  کے پروگرام
  کے ٹاک شو میں
  کے پوڈکاسٹ میں
`);

/** Urdu: its cue rules, descriptors and words. */
export const UR: LanguagePack = {
  code: 'ur',
  name: 'Urdu',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['نہیں', 'نہ'],
  descBefore:
    /(?:^|\s)(?:(?:مقامی|انگریزی|اردو|سرکاری|نجی|غیر\s+ملکی|بین\s+الاقوامی|امریکی|برطانوی|بھارتی|پاکستانی)\s+){0,2}(?:خبر\s+رساں\s+ایجنسی|خبر\s+رساں\s+ادارے|خبر\s+رساں\s+ادارہ|نیوز\s+ایجنسی|ایجنسی|نشریاتی\s+ادارے|نشریاتی\s+ادارہ|روزنامہ|روزنامے|اخبار|جریدہ|جریدے|ہفت\s+روزہ|ماہنامہ|میگزین|ٹی\s+وی\s+چینل|نیوز\s+چینل|ٹی\s+وی|چینل|ریڈیو|نیوز\s+پورٹل|ویب\s+سائٹ)\s+$/u,
  descAfter: /^\s+(?:اخبار|نیوز\s+چینل|چینل|ایجنسی|ویب\s+سائٹ)(?=\s)/u,
  rules: [
    {
      // The outlet as owner, defendant or venue: "جیو نیوز کے مالک", "چینل پر پابندی".
      id: 'ur-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after:
        /^\s+(?:کے\s+(?:مالک|مالکان|خلاف|دفتر|دفاتر|سابق|اینکر|میزبان|ایڈیٹر|مدیر|سربراہ|ملازمین|شیئرز|حصص)|پر\s+(?:پابندی|جرمانہ|نشر\s+ہونے\s+والے\s+(?:ڈرامے|ڈرامہ)))/u,
    },
    {
      // "سری نگر (یو این آئی)": the wire in brackets after the dateline's city (a word or three
      // in Urdu script opening the line; a longer name before brackets is being abbreviated).
      id: 'ur-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|\n)\s*(?:\p{Script=Arabic}+\s+){0,2}\p{Script=Arabic}+\s*\(\s*$/u,
      after: /^\s*\)/u,
    },
    {
      // "یو این آئی 20 اپریل 2025": the wire opening a line, the date after it.
      id: 'ur-dateline-date',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|\n)\s*$/u,
      after: /^\s*[،,]?\s*\d{1,2}\s+\p{Script=Arabic}+[،,]?\s+\d{4}/u,
    },
    {
      // "تصویر بشکریہ رائٹرز", "فائل فوٹو: اے پی".
      id: 'ur-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before:
        /(?:تصویر|تصاویر|فوٹو|فائل\s+فوٹو|ویڈیو)\s*(?:[:：]\s*)?(?:بشکریہ|بہ\s+شکریہ)?\s*[:：]?\s*$/u,
    },
    {
      id: 'ur-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: /^\s+(?:کے|کی)\s+(?:ایک\s+)?(?:تجزیے|تجزیہ|سروے)\s+(?:کے\s+مطابق|میں)/u,
    },
    {
      id: 'ur-mutabiq',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: new RegExp(
        `^\\s+(?:(?:کی|کے)\\s+(?:${PRODUCT}\\s+)?(?:کے\\s+)?${ACCORDING}|(?:کی|کے)\\s+${PRODUCT}\\s+میں\\s+(?:کہا|بتایا|دعویٰ|لکھا)|(?:میں|پر)\\s+(?:شائع|نشر)\\s+(?:ہونے\\s+والی\\s+)?(?:ایک\\s+)?${PRODUCT}\\s+(?:کے\\s+مطابق|میں))`,
        'u',
      ),
    },
    {
      id: 'ur-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: new RegExp(`^\\s+${TOLD}`, 'u'),
    },
    {
      id: 'ur-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: new RegExp(`^\\s+نے\\s+(?:[^\\s۔.!?]+\\s+){0,4}?${REPORTED}(?=[\\s۔.,،!?]|$)`, 'u'),
    },
  ],
  words: {
    and: ['اور'],
    articles: [],
    sourceLabels: ['ماخذ', 'بشکریہ'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['تصویر', 'فوٹو', 'تصاویر', 'فائل فوٹو'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    PK: ['پاکستان'],
    IN: ['بھارت', 'ہندوستان'],
    US: ['امریک'],
    GB: ['برطانی', 'برطانوی'],
  },
  outletNouns: {
    'news-agency': ['خبر رساں ایجنسی', 'نیوز ایجنسی', 'ایجنسی'],
    newspaper: ['روزنامہ', 'اخبار'],
    broadcaster: ['ٹی وی چینل', 'نیوز چینل', 'چینل', 'ریڈیو'],
    magazine: ['جریدہ'],
    online: ['نیوز پورٹل', 'ویب سائٹ'],
  },
  nameEndings: {
    newspaper: ['ٹائمز', 'ٹریبیون'],
    broadcaster: ['نیوز', 'ٹی وی'],
  },
};
