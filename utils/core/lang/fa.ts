import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Persian puts the credit before the name with an ezafe ("به گزارشِ ایسنا", by ISNA's report;
 * "روزنامهٔ شرق"), usually unwritten, written as a kasra, as "ٔ" on a final ه or as "‌ی"
 * ("نوشته‌ی"). Verbs end the clause: "ایرنا گزارش داد", "تسنیم نوشت", "به ایسنا گفت" (told
 * ISNA). Pages write ی and ک in their Arabic forms too (ي, ك), and the half-space (ZWNJ) of
 * "گفت‌وگو", "می‌گوید" as a space or not at all: `fa` accepts every spelling.
 */

/**
 * A pattern source in which ی/ک match their Arabic forms and a ZWNJ may be a space or nothing.
 * Idempotent: a letter already in its class (after "[") is left alone.
 */
function fa(source: string): string {
  return source
    .replace(/(?<!\[)ی/g, '[یيى]')
    .replace(/(?<!\[)ک/g, '[کك]')
    .replace(/\u200c/g, '[\\u200c ]?');
}

/** An ezafe written after a word: kasra, hamza on ه, or "‌ی"/"ی" after ه. */
const EZ = '(?:[\\u0650\\u0654]|\\u200c?[\\u06cc\\u064a])?';

/** What an outlet produced, after "به/طبق/بر اساس": "به گزارش", "به نوشته‌ی", "طبق آمار". */
const PRODUCT = fa(
  phrases(`
  گزارش
  نوشته
  اعلام
  آمار
  اطلاعات
  اخبار
  خبر
  ادعای
  روایت
  برآورد
  ارزیابی
  نقل از
  گفته
`),
);

/** Words that open that phrase: "به گزارش", "طبق گزارش", "بنا بر گزارش", "بر اساس آمار". */
const AS_PER = fa(
  phrases(`
  به
  طبق
  بنا بر
  بنابر
  بر اساس
  براساس
  بر پایه
  مطابق
  مطابق با
  به استناد
`),
);

/** Who inside an outlet sent the report: "به گزارش خبرنگار اقتصادی تسنیم", "گروه سیاسی مهر". */
const DESK = fa(
  phrases(`
  خبرنگار
  خبرنگاران
  گروه
  سرویس
  تحریریه
  پایگاه خبری
  پایگاه اطلاع‌رسانی
  وب‌سایت
  سایت
`),
);

/** Reporting verbs after the name: "ایرنا گزارش داد", "تسنیم نوشته است", "ایسنا می‌نویسد". */
const REPORTED = fa(
  phrases(`
  گزارش داد
  گزارش داده است
  گزارش داده
  گزارش کرد
  گزارش کرده است
  گزارش می‌دهد
  نوشت
  نوشته است
  نوشته
  می‌نویسد
  خبر داد
  خبر داده است
  خبر داده
  خبر می‌دهد
  اعلام کرد
  اعلام کرده است
  مدعی شد
  مدعی شده است
  فاش کرد
  منتشر کرد
  منتشر کرده است
  به نقل از
  افزود
  آورده است
  آورد
  پخش کرد
`),
);

/** An interview, before the name: "در گفت‌وگو با", "در مصاحبه‌ای با", "در گفت‌وگوی اختصاصی با". */
const TALK = fa(
  phrases(`
  گفت‌وگو
  گفت‌وگوی
  گفت‌وگویی
  گفتگو
  گفتگوی
  گفتگویی
  مصاحبه
  مصاحبه‌ی
  مصاحبه‌ای
`),
);

/** Where in its pages the outlet said it: "در گزارشی", "در سرمقاله خود", "در شماره امروز". */
const WHERE = fa(
  `در\\s+(?:گزارش|سرمقاله|یادداشت|مقاله|شماره|تحلیل|خبر|ستون|صفحه\\s+اول)(?:ی|\u200cای|\u200cی)?(?:\\s+(?:خود|امروز|تازه|اخیر|دیروز)){0,2}`,
);

/** Verbs of telling after "به X": "به ایسنا گفت", "به ایرنا گفته است". */
const TOLD = fa(
  phrases(`
  گفت
  گفته است
  گفته
  می‌گوید
  اظهار داشت
  اظهار کرد
  توضیح داد
  تأکید کرد
  تاکید کرد
`),
);

/** Persian: its cue rules, descriptors and words. */
export const FA: LanguagePack = {
  code: 'fa',
  name: 'Persian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['نه', 'هرگز'],
  descBefore: new RegExp(
    fa(
      `(?:^|\\s)(?:${phrases(`
        خبرگزاری
        روزنامه
        روزنامه‌ی
        روزنامه‌های
        هفته‌نامه
        ماهنامه
        نشریه
        شبکه
        شبکه‌ی
        تلویزیون
        رادیو
        پایگاه خبری
        سایت خبری
        وب‌سایت
        خبرگزاری رسمی
      `)})${EZ}(?:\\s+(?:دولتی|رسمی|اصلاح‌طلب|اصولگرا|انگلیسی‌زبان|فارسی‌زبان|خبری|آمریکایی|بریتانیایی|ایرانی)${EZ}){0,2}\\s+$`,
    ),
    'u',
  ),
  rules: [
    {
      // The outlet as employer, owner, defendant or target: "سردبیر روزنامه شرق", "توقیف روزنامه
      // اعتماد", "کیهان را توقیف کردند", author bios ("با بی‌بی‌سی فارسی همکاری می‌کرد").
      id: 'fa-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: new RegExp(
        fa(
          `(?:^|\\s)(?:سردبیر|مدیرمسئول|مدیر مسئول|مدیرعامل|مالک|دفتر|کارکنان|کارمند|مجری|گوینده|علیه|توقیف|تعطیلی|فیلتر|فیلترینگ|تحریم|شکایت از|خبرنگار سابق|خبرنگار پیشین)${EZ}(?:\\s+(?:سابق|پیشین))?\\s+$`,
        ),
        'u',
      ),
    },
    {
      // After the name: "کیهان را توقیف کردند", "با بی‌بی‌سی فارسی همکاری می‌کرد" (an author bio).
      id: 'fa-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: new RegExp(
        fa(
          `^\\s+(?:را\\s+)?(?:توقیف|تعطیل|فیلتر|تحریم)|^\\s+همکاری\\s+(?:کرده|می‌کرد|داشته|دارد)|^\\s+کار\\s+(?:کرده|می‌کرد|می‌کند)`,
        ),
        'u',
      ),
    },
    {
      // "بر اساس نظرسنجی ایران اینترنشنال", "طبق بررسی دنیای اقتصاد".
      id: 'fa-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        // Also a poll by a firm for the outlet: "نظرسنجی ایسپا برای ایران اینترنشنال".
        fa(
          `(?:^|\\s)(?:(?:نظرسنجی|تحلیل|بررسی)(?:\\s+(?:تازه|جدید|اخیر))?${EZ}|نظرسنجی(?:\\s+[^\\s،؛.:!؟]+){0,2}\\s+(?:برای|به\\s+سفارش))\\s+$`,
        ),
        'u',
      ),
    },
    {
      id: 'fa-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: new RegExp(
        // Also "به گفته منابع آگاه به رادیو فردا": sources who spoke to the outlet.
        `(?:^|\\s)(?:${AS_PER}\\s+${PRODUCT}${EZ}(?:\\s+${DESK}${EZ}(?:\\s+[^\\s،؛.:!؟]+){0,2})?|${fa('به\\s+گفته\\s+(?:منابع|منبعی|یک\\s+منبع|مقام‌های|مقامات|یک\\s+مقام)(?:\\s+[^\\s،؛.:!؟]+){0,2}\\s+به')})\\s+$`,
        'u',
      ),
    },
    {
      // "در گفت‌وگو با خبرنگار ایسنا", "در مصاحبه با بی‌بی‌سی فارسی", "در برنامه‌ای از شبکه
      // ایران اینترنشنال".
      id: 'fa-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        fa(
          `(?:^|\\s)(?:${TALK}(?:\\s+(?:اختصاصی|تلفنی|زنده))?${EZ}\\s+با(?:\\s+(?:خبرنگار|خبرنگاران|برنامه)${EZ})?|(?:در|از)\\s+(?:برنامه|برنامه‌ی|برنامه‌ای|پادکست|مستند)(?:\\s+[^\\s،؛.:!؟]+){0,3}\\s+(?:از\\s+|در\\s+)?(?:شبکه|رادیو|تلویزیون)?)${EZ}\\s+$`,
        ),
        'u',
      ),
    },
    {
      // "به ایسنا گفت", "به خبرنگار ایرنا گفته است".
      id: 'fa-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(fa(`(?:^|\\s)به\\s+(?:خبرنگار${EZ}\\s+)?$`), 'u'),
      after: new RegExp(`^\\s+(?:[^\\s،؛.:!؟]+\\s+){0,2}?${TOLD}(?=[\\s.،؛:!؟]|$)`, 'u'),
    },
    {
      id: 'fa-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: new RegExp(
        `^\\s+(?:(?:نیز|هم|روز\\s+[^\\s]+|امروز|صبح\\s+امروز|${WHERE})\\s+){0,3}${REPORTED}(?=[\\s.،؛:!؟]|$)`,
        'u',
      ),
    },
  ],
  words: {
    and: ['و'],
    articles: [],
    sourceLabels: ['منبع', 'منابع', 'مأخذ', 'ماخذ'],
    creditLabels: ['منبع عکس', 'منبع تصویر'],
    creditLeads: ['به نقل از'],
    photoLabels: ['عکس', 'تصویر', 'عکاس', 'ویدیو', 'فیلم'],
    photoMarks: [],
    with: [],
    material: [],
    from: ['از'],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    IR: ['ایران'],
    AF: ['افغانستان'],
    US: ['آمریکا', 'امریکا'],
    GB: ['بریتانیا', 'انگلیس'],
  },
  outletNouns: {
    'news-agency': ['خبرگزاری', 'خبرگزاری‌ها'],
    newspaper: ['روزنامه', 'روزنامه‌ها', 'هفته‌نامه'],
    broadcaster: ['شبکه', 'تلویزیون', 'رادیو'],
    magazine: ['ماهنامه', 'نشریه', 'مجله'],
    online: ['پایگاه خبری', 'سایت خبری', 'وب‌سایت'],
  },
  nameEndings: {
    broadcaster: ['نیوز', 'تی‌وی', 'اینترنشنال'],
    newspaper: ['تایمز'],
  },
};
