/**
 * Hebrew blind set (utils/core/lang/he.ts): written from how the Hebrew press credits its
 * sources before the pack's rules were read, then kept as a regression table.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'he',
  rules: {},
  examples: [
    ['לפי דיווח ברויטרס, המשא ומתן נתקע בשל מחלוקת על הגבולות.', ['reuters:report']],
    ['כך דווח הערב בחדשות 12.', ['ynet-hebrew-n12:report']],
    ['השר אמר לכאן חדשות כי ההחלטה סופית.', ['kan:interview']],
    ['בראיון לגלובס אמר המנכ"ל כי החברה תגייס הון נוסף.', ['globes:interview']],
    ['על פי דיווח ב"הארץ", הממשלה תדון בהצעה מחר.', ['haaretz:report']],
    ['כך אמר גורם בכיר לרויטרס.', ['reuters:interview']],
    ['כפי שפורסם לראשונה ב-ynet, המשטרה פתחה בחקירה.', ['ynet:report']],
    ['מעריב דיווח הבוקר כי ראש הממשלה יטוס לוושינגטון.', ['maariv:report']],
    ['בתוך כך דיווחה רשת סי-אן-אן כי הנשיא שוקל סנקציות.', ['cnn:report']],
    ['על פי סקר שנערך עבור חדשות 13, רוב הציבור תומך בהסכם.', ['channel-13-israel:analysis']],
    ['{{caption:ראש הממשלה בכנסת (צילום: רויטרס)}}', ['reuters:photo']],
    ['{{caption:הפגנה בתל אביב. צילום: AFP}}', ['agence-france-presse:photo']],
    ['לפי הניו יורק טיימס, הבית הלבן לחץ על ישראל לקבל את ההצעה.', ['the-new-york-times:report']],
    ["כך פורסם בוול סטריט ג'ורנל ביום שלישי.", ['the-wall-street-journal:report']],
    ['בשיחה עם גלי צה"ל אמר השר כי אין כוונה להקדים את הבחירות.', ['army-radio:interview']],
    ['כפי שנחשף אמש בחדשות 13, החוזה נחתם בחשאי.', ['channel-13-israel:report']],
    ['על פי סוכנות הידיעות הצרפתית, לפחות עשרה בני אדם נהרגו.', ['agence-france-presse:report']],
    ['בלומברג דיווחה כי החברה בוחנת הנפקה בניו יורק.', ['bloomberg:report']],
    ['גורם ביטחוני אמר לטיימס אוף ישראל כי הכוחות נערכים.', ['the-times-of-israel:interview']],
    ['מהדיווח בוואלה עולה כי החשוד נעצר בביתו.', ['walla:report']],
    ['לפי נתונים שפרסם גלובס, מחירי הדירות עלו בשבעה אחוזים.', ['globes:report']],
    ['הדברים נאמרו בראיון לכאן רשת ב׳.', ['kan:interview']],
    ['דובר הצבא מסר לסוכנות הידיעות AP כי התקיפה הסתיימה.', ['associated-press:interview']],
    ['כך לפי דיווח של ערוץ 14.', ['channel-14-israel:report']],
  ],
  lookAlikes: [
    'העיתונאי יוסי כהן עבד בעבר בידיעות אחרונות ובמעריב.',
    'הם התפללו מעריב בבית הכנסת הסמוך.',
    'כאן נמצא הבית שלנו, אמר התושב.',
    'משרד הבריאות פרסם הנחיות חדשות לקראת החורף.',
    'הסרטון פורסם ברשת החברתית טוויטר.',
    'ערוץ 14 קיבל קנס מהרשות השנייה.',
    'השר תקף את גלובס ואת ערוץ 13 בנאומו בכנסת.',
    'לפי המחקר שפורסם בכתב העת Nature, הטמפרטורות יעלו.',
  ],
};
