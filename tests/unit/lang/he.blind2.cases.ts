/**
 * Hebrew blind set, second round (6 December): written from how the Israeli press credits its
 * sources (prefixes ב/ל/מ/ה/ו glued to names, Latin names after them, polls for a channel, local
 * papers in quotation marks) before this round's rules were read, then kept as a regression table.
 * "נמסר ל…" (was told to) reads as told, so an interview (first written as report). Two cases were
 * taken out: bare unquoted "מקור ראשון" and "בישראל היום" are not catalog names (they are also
 * ordinary phrases, "a first source", "Israel today"); noted in requests/catalog.md.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'he',
  rules: {},
  examples: [
    ['לפי דיווח בחדשות 12, הממשלה תתכנס מחר בבוקר.', ['ynet-hebrew-n12:report']],
    ['כך דווח הערב בכאן 11.', ['kan:report']],
    ['השר אמר לגלי צה"ל כי ההחלטה תתקבל בשבוע הבא.', ['army-radio:interview']],
    ["בראיון לרשת ב' אמר ראש העיר כי בתי הספר ייפתחו כסדרם.", ['reshet-bet:interview']],
    ['על פי דיווח ב"הארץ", המשטרה פתחה בחקירה.', ['haaretz:report']],
    ['כפי שפורסם לראשונה ב-ynet, החברה עומדת להימכר.', ['ynet:report']],
    ['כך נודע לוואלה, השר צפוי להתפטר.', ['walla:report']],
    ['כתב חדשות 13 דיווח כי המגעים לעסקה נמשכים.', ['channel-13-israel:report']],
    ['לדברי גורם ביטחוני שדיבר עם רויטרס, התקיפה נדחתה.', ['reuters:interview']],
    ['סוכנות הידיעות AP דיווחה כי הסופה פגעה בחוף.', ['associated-press:report']],
    ['לפי סוכנות הידיעות הצרפתית AFP, עשרות בני אדם נהרגו.', ['agence-france-presse:report']],
    ['{{caption:הפגנה בתל אביב. צילום: רויטרס}}', ['reuters:photo']],
    ['{{caption:כוחות ההצלה בזירה (צילום: AP)}}', ['associated-press:photo']],
    ['בשיחה עם כלכליסט אמר המנכ"ל כי החברה לא תפטר עובדים.', ['calcalist:interview']],
    ['לפי סקר מעריב, הליכוד מתחזק.', ['maariv:analysis']],
    ['בסקר שערך מכון מדגם עבור חדשות 12 נמצא כי רוב הציבור תומך.', ['ynet-hebrew-n12:analysis']],
    ['הניו יורק טיימס דיווח כי הבית הלבן שוקל סנקציות.', ['the-new-york-times:report']],
    ["לפי דיווח בוול סטריט ג'ורנל, החברה תגייס מיליארד דולר.", ['the-wall-street-journal:report']],
    ['גלובס מדווח כי הבנק יעלה את הריבית.', ['globes:report']],
    ['בראיון לדה מרקר אמר היזם כי השוק יתאושש.', ['themarker:interview']],
    ['ערוץ 14 דיווח הערב כי ראש הממשלה ייפגש עם השליח.', ['channel-14-israel:report']],
    ['לפי ה-BBC, המשלחת הגיעה לקהיר.', ['bbc:report']],
    ['בראיון ל-CNN אמר ראש הממשלה כי המלחמה תימשך.', ['cnn:interview']],
    ['כך דיווחה סוכנות הידיעות רויטרס, בהסתמך על שני מקורות.', ['reuters:report']],
    ['לפי אתר החדשות המקומי "חי פה", העירייה תסגור את הכביש.', ['unlisted:חי-פה:report']],
    [
      'בראיון לעיתון המקומי "כל העיר" אמר ראש המועצה כי התקציב אושר.',
      ['unlisted:כל-העיר:interview'],
    ],
    ['לפי ידיעות אחרונות, המשא ומתן הגיע למבוי סתום.', ['ynet:report']],
    ['כך נמסר לכיכר השבת מגורם בכיר במפלגה.', ['kikar-hashabbat:interview']],
    ["לפי דיווח ברשת אל-ג'זירה, ההפצצות נמשכו כל הלילה.", ['al-jazeera:report']],
    ['לפי דיווח של אקסיוס, הנשיא צפוי להגיע לאזור.', ['axios:report']],
    ['השגריר אמר לטיימס אוף ישראל כי היחסים איתנים.', ['the-times-of-israel:interview']],
    ['i24NEWS דיווח כי המגעים הגיעו לשלב מתקדם.', ['i24news:report']],
    ['לפי פוליטיקו, הקונגרס יצביע על החבילה בשבוע הבא.', ['politico:report']],
    ['סוכנות הידיעות הרוסית טאס מסרה כי הפגישה תתקיים במוסקבה.', ['tass:report']],
  ],
  lookAlikes: [
    'הארץ הזאת שייכת לכולנו.',
    'כאן בישראל אנחנו יודעים להתמודד עם משברים.',
    'ישראל היום מתמודדת עם אתגרים כלכליים קשים.',
    'אחרי תפילת מעריב יצאו המתפללים לרחוב.',
    'העיתונאית עבדה בעבר בהארץ ובמעריב.',
    'דובר צה"ל אמר כי הכוחות פועלים באזור.',
    'ערוץ 14 נקנס על ידי הרשות השנייה.',
    'לפי משרד הבריאות, מספר החולים ירד.',
    'זהו מקור ראשון במעלה להכנסות המדינה.',
    'לפי פייסבוק, החשבון נחסם בשל הפרת כללים.',
    'העובדים של וואלה הכריזו על שביתה.',
    'הוא שיחק בעבר במכבי חיפה ובהפועל תל אביב.',
  ],
};
