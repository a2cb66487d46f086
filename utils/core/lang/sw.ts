import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/*
 * Swahili verbs carry their subject, tense and object as prefixes, agreeing with the noun class
 * of who acts: an outlet is a thing (class 9 "i-", a "gazeti" class 5 "li-", a "kituo" class 7
 * "ki-"), a person is "a-": "BBC iliripoti" (BBC reported), "Mwananchi limeandika", "aliiambia
 * Reuters" (he told Reuters; object "-i-"), "aliliambia gazeti la Nipashe". Persons are never
 * read as outlets here because the person prefix "a-" is never a subject prefix in these tables.
 * Descriptors join the name with the class's "of": "gazeti la", "kituo cha", "tovuti ya".
 */

/** Subject prefixes of things (not persons): class 9/10 "i-/zi-", 5 "li-", 7 "ki-", 3 "u-", 6 "ya-". */
const THING = '(?:i|zi|li|ki|u|ya)';
/** Tense markers: past "li", perfect "me", present "na", future "ta", "while" "ki". */
const TENSE = '(?:li|me|na|ta|ki)';
/** Object prefixes for an outlet: "-i-" (BBC), "-li-" (gazeti), "-ki-" (kituo), "-u-" (mtandao). */
const OBJECT = '(?:i|li|ki|u|zi|wa)';

/** Verb roots of reporting: "iliripoti", "limeandika", "ilisema", "imefichua". */
const REPORT_ROOTS = phrases(`
  ripoti
  andika
  sema
  eleza
  tangaza
  chapisha
  fichua
  dai
  ongeza
  nukuu
  ripotiwa
`);

/** After the name: "kama ilivyoripotiwa na", the passive of those verbs with "na" (by). */
const PASSIVE = phrases(`
  ripotiwa
  andikwa
  tangazwa
  elezwa
  chapishwa
`);

/** Swahili: its cue rules, descriptors and words. */
export const SW: LanguagePack = {
  code: 'sw',
  name: 'Swahili',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['hakuna', 'si'],
  descBefore: u(
    /(?:^|\s)(?:gazeti|magazeti|shirika\s+la\s+habari|mashirika\s+ya\s+habari|shirika\s+la\s+utangazaji|kituo(?:\s+cha\s+(?:televisheni|runinga|redio|habari))?|televisheni|runinga|redio|tovuti|mtandao|jarida)(?:(?:\s+(?:la|cha|ya|wa)\s+(?:kila\s+(?:siku|wiki|mwezi)|jamii|binafsi|umma|kimataifa|kitaifa|serikali|habari|michezo|biashara|Uingereza|Marekani|Ufaransa|Kenya|Tanzania|Uganda|Qatar))(?:\s+(?:la|cha|ya|wa)|,)?|(?:\s+(?:la|cha|ya|wa)|,))\s+$/i,
  ),
  rules: [
    {
      // The outlet as employer, owner, target or defendant: "mhariri mkuu wa Mwananchi",
      // "wafanyakazi wa Nation", "alifanya kazi katika BBC", "kesi dhidi ya Nipashe".
      id: 'sw-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:(?:mhariri(?:\s+mkuu)?|wahariri|mmiliki|wamiliki|wafanyakazi|mfanyakazi|mtangazaji|watangazaji|ofisi|mwandishi\s+wa\s+zamani|mwanahabari\s+wa\s+zamani|kufungiwa|kufungwa)\s+(?:wa|za|ya|la|cha)|dhidi\s+ya|(?:a|wa)(?:li|me|na)?(?:ye|po)?fanya\s+kazi(?:\s+(?:katika|kwenye|na|kwa))?|kufanya\s+kazi(?:\s+(?:katika|kwenye|na|kwa))?)\s+$/i,
      ),
    },
    {
      // After the name: "Nipashe limefungiwa", "BBC ilishtakiwa", "kituo kimeuzwa", the company's
      // own news: "Nation Media Group imetangaza faida", "Mwananchi imemteua mhariri mpya".
      id: 'sw-actor-after',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        new RegExp(
          `^\\s+${THING}(?:me|li|na|ta)(?:fungiwa|shtakiwa|uzwa|nunuliwa|funga\\s+ofisi|achisha\\s+kazi|(?:m|wa)?teua|tangaza\\s+(?:faida|hasara|mapato|mhariri|uteuzi))`,
        ),
      ),
    },
    {
      // "Picha na Reuters", "PICHA: kwa hisani ya Azam TV", "(Picha kutoka BBC)".
      id: 'sw-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: u(
        /(?:^|[\s(|])(?:picha|video)\s*:?\s*(?:na|kwa\s+hisani\s+ya|kutoka(?:\s+kwa)?)\s+$/i,
      ),
    },
    {
      // "kura ya maoni ya Mwananchi", "uchambuzi uliofanywa na Nation".
      id: 'sw-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:kura\s+ya\s+maoni|utafiti|uchambuzi|uchunguzi)(?:\s+(?:mpya|wa\s+karibuni))?\s+(?:ya|wa|(?:iliyo|ulio)fanywa\s+na)\s+$/i,
      ),
    },
    {
      // "kwa mujibu wa (ripoti ya) BBC", "kama ilivyoripotiwa na Mwananchi", "ziliripotiwa kwanza
      // na", "kwa hisani ya".
      id: 'sw-according',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(
          `\\b(?:kwa\\s+mujibu\\s+wa(?:\\s+(?:taarifa|ripoti|habari|takwimu|gazeti|tovuti)\\s+(?:ya|za|wa|la))?|kulingana\\s+na(?:\\s+(?:taarifa|ripoti|habari)\\s+(?:ya|za))?|(?:ripoti|habari)\\s+(?:ya|za)|${THING}?(?:li|na)?(?:vyo|yo|zo|lo)?${PASSIVE}\\s+(?:(?:kwanza|pia|awali|mara\\s+ya\\s+kwanza)\\s+)?na)\\s+$`,
          'i',
        ),
      ),
    },
    {
      // "aliiambia BBC", "aliliambia gazeti la Nipashe", "akizungumza na Citizen TV", "katika
      // mahojiano maalum na", "alipohojiwa na", "katika kipindi cha … cha Azam TV".
      id: 'sw-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:a|wa)${TENSE}?(?:po)?${OBJECT}ambia|(?:a|wa)${TENSE}?(?:po)?${OBJECT}?eleza|(?:a|wa)(?:ki|li|me)?(?:po)?zungumza\\s+na|(?:a|wa)(?:ki|li)?(?:po)?hojiwa\\s+na|(?:katika|kwenye)\\s+mahojiano(?:\\s+(?:maalum|maalumu|ya\\s+moja\\s+kwa\\s+moja))?\\s+na|(?:katika|kwenye)\\s+kipindi(?:\\s+\\S+){0,4}?\\s+(?:cha|kinachorushwa\\s+na|kupitia))\\s+$`,
          'i',
        ),
      ),
    },
    {
      // The agency a report was taken from: "…, ikinukuu Reuters" (relays the outlet before it).
      id: 'sw-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      before: u(new RegExp(`\\b${THING}ki(?:m)?nukuu\\s+$`, 'i')),
    },
    {
      // Verb first: "…, iliripoti BBC.", "liliandika gazeti la Mwananchi".
      id: 'sw-reported-before',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(`[,.]\\s*${THING}(?:li|me|na)(?:ripoti|andika|eleza)\\s+$`, 'i')),
    },
    {
      id: 'sw-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^\\s+(?:(?:nayo|pia|jana|leo)\\s+)?${THING}${TENSE}(?:m|wa)?${REPORT_ROOTS}\\b`,
          'i',
        ),
      ),
    },
  ],
  words: {
    and: ['na', 'au'],
    articles: [],
    sourceLabels: ['Chanzo', 'Vyanzo'],
    creditLabels: [],
    creditLeads: ['Kwa hisani ya'],
    photoLabels: ['Picha', 'Video'],
    photoMarks: [],
    with: [],
    material: [],
    from: ['kutoka'],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    KE: ['kenya'],
    TZ: ['tanzania'],
    UG: ['uganda'],
    US: ['marekani'],
    GB: ['uingereza'],
  },
  outletNouns: {
    'news-agency': ['shirika la habari', 'mashirika ya habari'],
    newspaper: ['gazeti', 'magazeti'],
    broadcaster: ['kituo cha televisheni', 'kituo cha redio', 'televisheni', 'runinga', 'redio'],
    magazine: ['jarida', 'majarida'],
    online: ['tovuti', 'mtandao'],
  },
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Gazeti'], broadcaster: ['Radio', 'Redio', 'TV'] },
  // Function words inside names ("Sauti ya Pwani", "Tinig ng Bikol").
  nameJoiners: ['ya', 'la', 'wa', 'za', 'cha'],
  nameEndings: {
    broadcaster: ['TV', 'FM'],
  },
  // Capitalized words of places and institutions that follow a descriptor's "of" as often as an
  // outlet's name does: "Shirika la Habari la Kenya" is the Kenya News Agency, no outlet "Kenya".
  notOutletWords: [
    'Kenya',
    'Tanzania',
    'Uganda',
    'Rwanda',
    'Burundi',
    'Marekani',
    'Uingereza',
    'Ufaransa',
    'Afrika',
    'Serikali',
    'Wizara',
    'Chuo',
    'Benki',
    'Kampuni',
    'Chama',
    'Bunge',
    'Mamlaka',
    'Halmashauri',
    'Tume',
    'Baraza',
    'Jeshi',
    'Polisi',
  ],
};
