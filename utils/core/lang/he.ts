import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases } from './regex';

/*
 * Hebrew glues its prepositions, the article and conjunctions to the next word: "לרויטרס" (to
 * Reuters), "בגלובס" (in Globes), "מחדשות 12", "וכשרויטרס"; before a Latin name or a number a
 * hyphen or a quote mark carries them ("ל-ynet", "ב'מעריב'"). `namePrefix` lets a name be found
 * behind them, and every rule below ends on the prefix it needs (ל for "told", ב for "in").
 * Verbs often come first ("כך דיווח ynet", "דיווחה סוכנות רויטרס") and agree in gender and
 * number ("דיווח", "דיווחה", "דיווחו", present "מדווח/מדווחת").
 */

/** What joins a prefix letter to a name: nothing, a hyphen, a geresh or a quote mark. */
const J = `[-'"\u05f3\u05f4\u2019]?`;

/** When, between a verb and its outlet: "כך דווח אמש ב…", "דיווחה הערב…". */
const WHEN = '(?:הבוקר|הערב|אתמול|היום|הלילה|לראשונה|אמש|השבוע|לאחרונה|בצהריים)';

/** Reporting verbs, every gender and number, past and present: "דיווח", "מדווחת", "פרסמו". */
const REPORTED = phrases(`
  דיווח
  דיווחה
  דיווחו
  מדווח
  מדווחת
  מדווחים
  פרסם
  פרסמה
  פרסמו
  מפרסם
  מפרסמת
  חשף
  חשפה
  חשפו
  חושף
  חושפת
  ציטט
  ציטטה
  ציטטו
  מצטט
  מצטטת
  דווח
  פורסם
  נחשף
  מסר
  מסרה
  מסרו
`);

/** Verbs of telling before "ל": "אמר לרויטרס", "סיפרה ל-ynet", "נמסר לחדשות 12". */
const TOLD = phrases(`
  אמר
  אמרה
  אמרו
  סיפר
  סיפרה
  סיפרו
  מסר
  מסרה
  מסרו
  נמסר
  נאמר
  הסביר
  הסבירה
  הסבירו
  הוסיף
  הוסיפה
  הודה
  הודתה
  טען
  טענה
  טענו
  הבהיר
  הבהירה
  אישר
  אישרה
  אישרו
  התראיין
  התראיינה
  התראיינו
  אומר
  אומרת
  מספר
  מספרת
  הגיב
  הגיבה
`);

/** Prefixes glued to a noun: the article, "to", "in", "from", "and", "that". */
const NOUN_PREFIXES = ['', 'ה', 'ל', 'ב', 'מה', 'ו', 'וה', 'ול', 'וב', 'ש', 'שה', 'של', 'שב'];

/** Each noun with every prefix of `NOUN_PREFIXES`. */
function glued(nouns: string[]): string[] {
  return nouns.flatMap((n) => NOUN_PREFIXES.map((p) => p + n));
}

/** Hebrew: its cue rules, descriptors and words. */
export const HE: LanguagePack = {
  code: 'he',
  otherCodes: ['iw'],
  name: 'Hebrew',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['לא', 'אין'],
  // ו then ש/כש/מש then ה/ל/ב/מ/כ, each optional: "ל", "וב", "שב", "וכשה"; a hyphen or quote
  // mark before a Latin name or a number ("ל-ynet", "ב'מעריב'").
  namePrefix: /(?:ו?(?:כש|מש|ש)?[הלבמכ]|ו|ש)[-'"\u05f3\u05f4]?$/u,
  descBefore: new RegExp(
    `((?:^|\\s)[וכשלבמ]{0,3})ה?(?:${phrases(`
      סוכנות הידיעות
      סוכנות החדשות
      סוכנות
      עיתון
      עיתונים
      יומון
      שבועון
      מגזין
      אתר החדשות
      אתר
      ערוץ החדשות
      ערוץ הטלוויזיה
      ערוץ
      רשת
      רשת החדשות
      רשת הטלוויזיה
      תחנת הרדיו
      תאגיד השידור
      רדיו
      כתב
      כתבת
      כתבי
      פרשן
      פרשנית
      פרשני
      מגיש
      מגישת
    `)})(?:\\s+ה[\\u05d0-\\u05ea]+){0,2}\\s+$`,
    'u',
  ),
  rules: [
    {
      // The outlet as employer, owner, target or defendant: "עורך מעריב", "עבדה ב-ynet",
      // "תביעה נגד גלובס", "הבעלים של וואלה".
      id: 'he-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: new RegExp(
        `(?:^|\\s)(?:(?:עורך|עורכת|עורכי|מנכ["\u05f4]ל|מנכ["\u05f4]לית|בעלי|הבעלים\\s+של|משרדי|עובדי|כתב\\s+לשעבר|כתבת\\s+לשעבר|נגד|סגירת|החרמת|חרם\\s+על|תבע\\s+את|תבעה\\s+את|תבעו\\s+את)\\s+|(?:עבד|עבדה|עבדו|שעבד|שעבדה|כתב|כתבה|כתבו|פרשן|פרשנית|מגיש|מגישה)\\s+(?:בעבר\\s+|לשעבר\\s+|במשך\\s+\\S+\\s+שנים\\s+)?ב${J})$`,
        'u',
      ),
    },
    {
      // After the name: "וואלה נמכרה", "ערוץ 14 נקנס", "כאן 11 הודיע על קיצוצים".
      id: 'he-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after:
        /^\s+(?:נסגר|נסגרה|נמכר|נמכרה|נקנס|נקנסה|נתבע|נתבעה|פיטר|פיטרה|פיטרו|רכש|רכשה|הודיע\s+על\s+(?:קיצוצים|פיטורים|סגירת))/u,
    },
    {
      // "לפי סקר מעריב", "בסקר שנערך עבור חדשות 12", "תחקיר גלובס".
      id: 'he-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)(?:ו?[בל]?ה?(?:סקר|ניתוח|תחקיר)(?:\\s+(?:של|חדש\\s+של|שפרסם|שפרסמה|שנערך\\s+עבור|שערך|שערכה))?|עבור)\\s+(?:[בל]?${J})?$`,
        'u',
      ),
    },
    {
      // "לפי רויטרס", "על פי דיווח ב-ynet", "כפי שפורסם לראשונה ב'מעריב'", "כך לפי גלובס".
      id: 'he-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: new RegExp(
        `(?:^|\\s)(?:(?:ו?כך\\s+)?(?:לפי|על\\s+פי|ע["\u05f4]פ|בהתאם\\s+ל)(?:\\s+(?:דיווח|הדיווח|דיווחים|הדיווחים|פרסום|הפרסום|נתוני|הנתונים\\s+של|דיווחי)(?:\\s+(?:ב|של|שפורסם\\s+ב))?)?|(?:כפי\\s+|כך\\s+)?ש?(?:דווח|פורסם|נחשף|נמסר)(?:\\s+${WHEN}){0,2}\\s+ב|ו?מ?(?:דיווח|הדיווח|פרסום|הפרסום)\\s+(?:ב|של|שפורסם\\s+ב))\\s*${J}(?:ה${J})?$`,
        'u',
      ),
    },
    {
      // A passive verb after "ב" + name: "ב'מעריב' פורסם הבוקר כי", "בגלובס דווח".
      id: 'he-reported-in',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: new RegExp(`(?:^|\\s)ו?ב${J}$`, 'u'),
      after:
        /^["'\u05f3\u05f4\u2019]?\s+(?:דווח|פורסם|נחשף|נכתב|צוטט|נמסר|נטען|מדווחים|מוסרים|מעריכים|כותבים)(?=[\s,.:;]|$)/u,
    },
    {
      // "כפי שנודע ל-ynet", "כך נודע הערב לחדשות 12": what the outlet learned.
      id: 'he-learned',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)(?:כפי\\s+ש|כך\\s+|ו?כפי\\s+ש)?נודע(?:\\s+(?:הערב|הבוקר|היום|אתמול|לאחרונה))?\\s+ל${J}$`,
        'u',
      ),
    },
    {
      // "רויטרס, שציטטה את הוול סטריט ג'ורנל": the outlet relayed the one it quotes.
      id: 'he-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before:
        /(?:^|\s)ש?(?:ציטט|ציטטה|ציטטו|מצטט|מצטטת|מצטטים|בהסתמך\s+על|בהתבסס\s+על)\s+(?:את\s+)?$/u,
    },
    {
      // An article in or by the outlet: "בכתבה שפורסמה אתמול ב-ynet", "במאמר ב'הארץ'",
      // "בידיעה של רויטרס".
      id: 'he-article',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)ו?(?:בכתבה|בכתבות|במאמר|בידיעה|בטור|בכתבת\\s+תחקיר|במהדורת\\s+(?:החדשות|הערב|החדשות\\s+המרכזית)|במהדורה\\s+(?:המרכזית|הערב))(?:\\s+(?:שפורסמה|שפורסם|שפורסמו|ששודרה|ששודר|שהתפרסמה))?(?:\\s+(?:היום|אתמול|הבוקר|הערב|לאחרונה|השבוע))?\\s+(?:ב|של\\s+)${J}$`,
        'u',
      ),
    },
    {
      // "בראיון ל-ynet", "בשיחה עם גלובס", "בתוכנית 'פגוש את העיתונות' בחדשות 12", "באולפן";
      // a source who spoke with or was interviewed by the outlet: "גורם ששוחח עם רויטרס".
      id: 'he-interview',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)(?:ו?(?:בראיון|בריאיון|ראיון|ריאיון|בשיחה|בהתראיינות)(?:\\s+(?:בלעדי|מיוחד|שהעניק|שהעניקה|שנתן|שנתנה))?\\s+(?:עם\\s+|ל${J})|ו?(?:בתוכנית|בתכנית|בפודקאסט)(?:\\s+\\S+){0,4}\\s+(?:של\\s+)?[בל]?${J}|ו?ש?(?:דיבר|דיברה|דיברו|שוחח|שוחחה|שוחחו|התראיין|התראיינה|התראיינו)\\s+(?:עם\\s+|ל${J})|ו?(?:באולפן|בשידור|בשידורי|בפודקאסט)\\s+(?:של\\s+)?)$`,
        'u',
      ),
    },
    {
      // "אמר לרויטרס", "אמרה השרה אתמול ל-ynet", "נמסר לחדשות 12".
      id: 'he-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: new RegExp(`(?:^|\\s)ו?${TOLD}(?:\\s+[^\\s,.:;!?]+){0,3}?\\s+ל${J}$`, 'u'),
    },
    {
      // Verb first: "כך דיווח ynet", "דיווחה סוכנות רויטרס", "כך כתב גלובס".
      id: 'he-reported-before',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        `(?:^|\\s)(?:(?:ו?כך\\s+)?(?:(?:כפי|כמו)\\s+)?ש?${REPORTED}|כך\\s+(?:כתב|כתבה|כותב|כותבת))(?:\\s+${WHEN}){0,2}\\s+ה?$`,
        'u',
      ),
    },
    {
      id: 'he-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      // Also after a beat or a place ("כתב חדשות 13 לענייני צבא דיווח") or a relative clause
      // ("רויטרס, שציטטה גורמים בטהרן, דיווחה").
      after: new RegExp(
        `^(?:\\s*,\\s+ש[^.!?\\n;,]{1,80},)?\\s+(?:[לב][^\\s,.:;]+\\s+(?:[^\\s,.:;]+\\s+)?)?(?:${WHEN}\\s+)?(?:${REPORTED}|ציין|ציינה|כתב\\s+(?:כי|ש))(?=[\\s,.:;]|$)`,
        'u',
      ),
    },
  ],
  words: {
    and: ['ו', 'או'],
    articles: [],
    sourceLabels: ['מקור', 'מקורות'],
    creditLabels: ['קרדיט'],
    creditLeads: ['באדיבות'],
    photoLabels: ['צילום', 'צילומים', 'צילום מסך', 'תמונה', 'וידאו'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    IL: ['ישראל'],
    US: ['אמריק', 'ארה"ב', 'ארה״ב'],
    GB: ['בריט'],
    FR: ['צרפת'],
  },
  // With the prepositions and the article glued on: "לרדיו "קול הגולן"", "באתר "חדשות הגליל"".
  outletNouns: {
    'news-agency': glued(['סוכנות הידיעות', 'סוכנות החדשות']),
    newspaper: glued(['עיתון', 'יומון', 'עיתונים']),
    broadcaster: glued(['ערוץ', 'רשת', 'רדיו', 'תחנת הרדיו', 'תאגיד השידור']),
    magazine: glued(['שבועון', 'מגזין']),
    online: glued(['אתר', 'אתר החדשות']),
  },
  nameEndings: {},
};
