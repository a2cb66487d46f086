import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { nuktaOptional, phrases } from './regex';

/*
 * Bengali glues its case endings to a name, with or without a hyphen: genitive "রয়টার্সের",
 * "এএফপি-র", dative "বাসসকে", "এএনআই-কে", locative "টেলিগ্রাফ-এ" (`inflection`). The mention
 * spans the ending and the rules read on from it, asking for the case they need (`endings`): an
 * outlet told something takes the dative ("X-কে বলেন"), a reporting outlet is the bare subject of
 * a non-honorific verb ("X জানিয়েছে"; persons take "জানিয়েছেন").
 */

/** Genitive endings: "রয়টার্সের", "এএফপির", "পিটিআইয়ের" (য় in one code point or two). */
const GENITIVE = ['র', 'এর', 'ের', 'য়ের', 'য\u09bcের', '\u09dfের'];
/** Dative endings: "বাসসকে", "এএনআই-কে". */
const DATIVE = ['কে', 'কেও'];
/** Locative endings: "টেলিগ্রাফ-এ", "প্রথম আলোতে". */
const LOCATIVE = ['এ', 'ে', 'তে', 'য়', 'য\u09bc', '\u09df', 'য়ে', 'য\u09bcে', '\u09dfে'];

/** After a genitive: "রয়টার্সের বরাতে", "এএফপির খবরে বলা হয়েছে". */
const GEN_REPORT = phrases(`
  বরাতে
  বরাত দিয়ে
  খবর
  খবরে
  খবরে বলা হয়
  এক খবরে
  প্রতিবেদনে
  এক প্রতিবেদনে
  প্রতিবেদন অনুযায়ী
  প্রতিবেদন অনুসারে
  তথ্য অনুযায়ী
  তথ্যমতে
  খবর অনুযায়ী
  হিসাব অনুযায়ী
  রিপোর্টে
  সংবাদে
`);

/** Non-honorific reporting verbs after a bare name: "রয়টার্স জানিয়েছে", "দ্য ইরাবতী লিখেছে". */
const REPORTED = phrases(`
  জানিয়েছে
  জানায়
  জানিয়েছিল
  জানাচ্ছে
  লিখেছে
  লিখেছিল
  বলেছে
  বলছে
  প্রকাশ করেছে
  দাবি করেছে
  উল্লেখ করেছে
  নিশ্চিত করেছে
  খবর দিয়েছে
  প্রতিবেদন প্রকাশ করেছে
`);

/** Told, after the dative: "বাসসকে বলেছেন", "আল জাজিরাকে দেওয়া সাক্ষাৎকারে". */
const TOLD = phrases(`
  বলেন
  বলেছেন
  বলেছে
  বলছেন
  জানান
  জানিয়েছেন
  জানিয়েছে
  দেওয়া সাক্ষাৎকারে
  দেয়া সাক্ষাৎকারে
  দেওয়া এক সাক্ষাৎকারে
  দেয়া এক সাক্ষাৎকারে
`);

/** Bengali: its cue rules, descriptors and words. */
export const BN: LanguagePack = {
  code: 'bn',
  name: 'Bengali',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['না', 'নি'],
  descBefore: new RegExp(
    nuktaOptional(
      '(?:^|\\s)(?:(?:সরকারি|বেসরকারি|রাষ্ট্রীয়|আন্তর্জাতিক|স্থানীয়|মার্কিন|ব্রিটিশ|ভারতীয়|\\S+ের|\\S+র|\\S+ভিত্তিক)\\s+){0,2}(?:সংবাদ\\s+সংস্থা|বার্তা\\s+সংস্থা|সংবাদমাধ্যম|গণমাধ্যম|দৈনিক|পত্রিকা|সংবাদপত্র|টেলিভিশন(?:\\s+চ্যানেল)?|টিভি\\s+চ্যানেল|চ্যানেল|ওয়েবসাইট|নিউজ\\s+পোর্টাল|সাময়িকী)\\s+$',
    ),
    'u',
  ),
  rules: [
    {
      // The outlet as owner, defendant or venue: "X-এর মালিক", "X-এর বিরুদ্ধে মামলা".
      id: 'bn-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: new RegExp(
        nuktaOptional(
          '^\\s+(?:মালিক|বিরুদ্ধে|কার্যালয়ে|কার্যালয়|সম্প্রচার\\s+বন্ধ|প্রচারিত\\s+(?:নাটক|সিরিজ|ধারাবাহিক|চলচ্চিত্র))',
        ),
        'u',
      ),
    },
    {
      id: 'bn-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      endings: DATIVE,
      after: new RegExp(nuktaOptional(`^(?:\\s+[^\\s।.,!?]+){0,2}?\\s+${TOLD}`), 'u'),
    },
    {
      id: 'bn-interview-with',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      endings: GENITIVE,
      after: new RegExp(
        nuktaOptional(
          '^\\s+(?:সঙ্গে|সাথে)\\s+(?:এক\\s+)?(?:সাক্ষাৎকারে|আলাপকালে|আলাপে|কথা\\s+বলার\\s+সময়|কথা\\s+বলতে\\s+গিয়ে)',
        ),
        'u',
      ),
    },
    {
      id: 'bn-barate',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      endings: GENITIVE,
      after: new RegExp(nuktaOptional(`^\\s+${GEN_REPORT}`), 'u'),
    },
    {
      // "X-এ প্রকাশিত এক প্রতিবেদনে": the report, not an essay's author ("প্রবন্ধের লেখক").
      id: 'bn-published-in',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      endings: LOCATIVE,
      after: new RegExp(
        nuktaOptional('^\\s+প্রকাশিত\\s+(?:এক\\s+|একটি\\s+)?(?:প্রতিবেদনে|খবরে|প্রতিবেদন\\s+অনুযায়ী)'),
        'u',
      ),
    },
    {
      id: 'bn-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      endings: [''],
      after: new RegExp(
        nuktaOptional(`^(?:\\s+[^\\s।.,!?]+){0,3}?\\s+${REPORTED}(?=[\\s।.,!?]|$)`),
        'u',
      ),
    },
  ],
  words: {
    and: ['ও', 'এবং'],
    articles: [],
    sourceLabels: ['সূত্র', 'তথ্যসূত্র', 'খবর সূত্র'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['ছবি', 'ফটো', 'ছবিসূত্র', 'ছবি সূত্র'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    BD: ['বাংলাদেশ'],
    IN: ['ভারত'],
    MM: ['মিয়ানমার', 'মিয\u09bcানমার'],
    US: ['মার্কিন', 'যুক্তরাষ্ট্র'],
    GB: ['ব্রিটিশ', 'যুক্তরাজ্য'],
    QA: ['কাতার'],
  },
  outletNouns: {
    'news-agency': ['সংবাদ সংস্থা', 'বার্তা সংস্থা'],
    newspaper: ['দৈনিক', 'পত্রিকা', 'সংবাদপত্র'],
    broadcaster: ['টেলিভিশন', 'চ্যানেল', 'টিভি'],
    magazine: ['সাময়িকী', 'ম্যাগাজিন'],
    online: ['ওয়েবসাইট', 'নিউজ পোর্টাল', 'সংবাদমাধ্যম'],
  },
  nameEndings: {
    newspaper: ['পত্রিকা', 'প্রতিদিন', 'আলো', 'ট্রিবিউন', 'স্টার'],
    broadcaster: ['টিভি', 'নিউজ'],
  },
  inflection: {
    endings: [...new Set([...GENITIVE, ...DATIVE, ...LOCATIVE, 'ও', 'রও', 'এরও'])],
    joiners: ['-', '‑'],
  },
};
