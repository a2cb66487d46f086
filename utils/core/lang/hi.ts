import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { nuktaOptional, phrases } from './regex';

/*
 * Hindi is verb-final and marks case with postpositions after the name: "पीटीआई के अनुसार"
 * (according to PTI), "एएनआई ने बताया" (ANI reported; ने marks the agent of a past verb),
 * "एनडीटीवी से बातचीत में" (talking to NDTV), "रॉयटर्स को बताया" (told Reuters). Postpositions
 * agree with what follows: के/की/का ("पीटीआई की रिपोर्ट के मुताबिक"). Nukta letters are written
 * with or without the dot ("ख़बर", "खबर"): `nuktaOptional` accepts both.
 */

/** After "X के": "अनुसार" (according to), "हवाले से" (citing). */
const ACCORDING = phrases(`
  अनुसार
  मुताबिक
  हवाले से
  सौजन्य से
`);

/** What an outlet produced, after "X की/के": "पीटीआई की रिपोर्ट के अनुसार". */
const PRODUCT = phrases(`
  रिपोर्ट
  रिपोर्टों
  खबर
  खबरों
  समाचार
  लेख
  आंकड़ों
  आँकड़ों
  सर्वे
  सर्वेक्षण
  विश्लेषण
  जानकारी
  एक रिपोर्ट
  एक खबर
  ताजा रिपोर्ट
`);

/** Reporting verbs after "X ने": "एएनआई ने बताया", "रॉयटर्स ने अपनी रिपोर्ट में लिखा". */
const REPORTED = phrases(`
  बताया
  लिखा
  कहा
  खबर दी
  रिपोर्ट दी
  रिपोर्ट किया
  रिपोर्ट की
  दावा किया
  जानकारी दी
  प्रकाशित किया
  प्रकाशित की
  प्रसारित किया
  खुलासा किया
  सूचना दी
`);

/** An interview, after the name: "से बातचीत में", "को दिए इंटरव्यू में", "को बताया". */
const TOLD = phrases(`
  से बातचीत में
  से बातचीत के दौरान
  से बात करते हुए
  से बात करते समय
  से खास बातचीत में
  से विशेष बातचीत में
  से कहा
  को बताया
  को दिए इंटरव्यू में
  को दिए गए इंटरव्यू में
  को दिए एक इंटरव्यू में
  को दिए साक्षात्कार में
  को दिए गए साक्षात्कार में
  को दिए एक साक्षात्कार में
  को दिए बयान में
  के साथ बातचीत में
  के साथ इंटरव्यू में
  के साथ एक इंटरव्यू में
  के साथ साक्षात्कार में
  के कार्यक्रम में
  के शो में
  के पॉडकास्ट में
  पर एक कार्यक्रम में
  पर एक बहस में
  पर बातचीत में
`);

/** Hindi: its cue rules, descriptors and words. */
export const HI: LanguagePack = {
  code: 'hi',
  name: 'Hindi',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['नहीं', 'न', 'कभी'],
  descBefore: new RegExp(
    nuktaOptional(
      '(?:^|\\s)(?:(?:अंतरराष्ट्रीय|अंतर्राष्ट्रीय|ब्रिटिश|ब्रिटेन\\s+के|अमेरिकी|अमेरिका\\s+के|सरकारी|निजी|स्थानीय|विदेशी|प्रमुख|हिंदी|अंग्रेजी|न्यूज|समाचार|टीवी)\\s+){0,2}(?:समाचार\\s+एजेंसी|न्यूज\\s+एजेंसी|एजेंसी|अखबार|समाचार\\s+पत्र|समाचार-पत्र|दैनिक|चैनल|वेबसाइट|पत्रिका|पोर्टल)\\s+$',
    ),
    'u',
  ),
  descAfter: new RegExp(
    nuktaOptional(
      // "दूरदर्शन न्यूज से", "हिंदुस्तान टाइम्स अखबार के अनुसार"
      // and a broadcaster's language service: "बीबीसी हिंदी को दिए इंटरव्यू में".
      '^\\s+(?:अखबार|समाचार\\s+पत्र|न्यूज(?:\\s+चैनल)?|चैनल|समाचार\\s+एजेंसी|एजेंसी|वेबसाइट|पत्रिका|हिंदी|हिन्दी|उर्दू|बांग्ला|वर्ल्ड(?:\\s+सर्विस)?)(?=\\s)',
    ),
    'u',
  ),
  rules: [
    {
      // The outlet as owner, defendant or venue: "एनडीटीवी के मालिक", "चैनल पर प्रतिबंध".
      id: 'hi-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: new RegExp(
        nuktaOptional(
          '^\\s+(?:के\\s+(?:मालिक|मालिकों|खिलाफ|दफ्तर|कार्यालय|शेयर)|पर\\s+(?:प्रतिबंध|जुर्माना|बैन|छापा|प्रसारित\\s+(?:होने\\s+वाले|धारावाहिक|सीरियल|फिल्म))|को\\s+(?:नोटिस|खरीद))',
        ),
        'u',
      ),
    },
    {
      id: 'hi-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: new RegExp(
        nuktaOptional(
          '^\\s+(?:के|की)\\s+(?:एक\\s+)?(?:विश्लेषण|आकलन|सर्वे|सर्वेक्षण)\\s+(?:के\\s+(?:अनुसार|मुताबिक)|में)',
        ),
        'u',
      ),
    },
    {
      id: 'hi-anusar',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: new RegExp(
        nuktaOptional(
          // Also "अमर उजाला में छपी खबर", "आज तक पर प्रसारित रिपोर्ट": a report it carried.
          `^\\s+(?:(?:की|के)\\s+(?:${PRODUCT}\\s+)?(?:के\\s+)?${ACCORDING}|(?:की|के)\\s+${PRODUCT}\\s+में\\s+(?:कहा|बताया|दावा|लिखा)|(?:में|पर)\\s+(?:छपी|छपे|छपा|प्रकाशित|प्रसारित)\\s+(?:(?:हुई|हुए|हुआ|एक)\\s+)?${PRODUCT}(?=[\\s।.,]))`,
        ),
        'u',
      ),
    },
    {
      id: 'hi-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: new RegExp(nuktaOptional(`^\\s+${TOLD}`), 'u'),
    },
    {
      // "फोटो : पीटीआई", "इनपुट: पीटीआई/एएनआई", "साभार: दैनिक भास्कर"
      id: 'hi-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: new RegExp(
        nuktaOptional('(?:^|[\\s(|])(?:फोटो|तस्वीर|चित्र)\\s*(?:साभार|क्रेडिट)?\\s*[:：-]\\s*$'),
        'u',
      ),
    },
    {
      id: 'hi-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: new RegExp(
        nuktaOptional(`^\\s+ने\\s+(?:[^\\s।.!?]+\\s+){0,4}?${REPORTED}(?=[\\s।.,!?]|$)`),
        'u',
      ),
    },
  ],
  words: {
    and: ['और', 'तथा', 'व'],
    articles: [],
    sourceLabels: ['स्रोत'],
    creditLabels: ['इनपुट', 'साभार'],
    creditLeads: [],
    photoLabels: ['फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    IN: ['भारत', 'भारतीय'],
    US: ['अमेरिक'],
    GB: ['ब्रिटिश', 'ब्रिटेन'],
    PK: ['पाकिस्तान'],
    BD: ['बांग्लादेश'],
  },
  outletNouns: {
    'news-agency': ['समाचार एजेंसी', 'न्यूज़ एजेंसी', 'एजेंसी'],
    newspaper: ['अखबार', 'अख़बार', 'समाचार पत्र', 'दैनिक'],
    broadcaster: ['चैनल', 'न्यूज़ चैनल', 'टीवी चैनल', 'रेडियो'],
    magazine: ['पत्रिका'],
    online: ['वेबसाइट', 'न्यूज़ पोर्टल', 'पोर्टल'],
  },
  nameEndings: {
    newspaper: ['टाइम्स', 'समाचार', 'पत्रिका', 'एक्सप्रेस'],
    broadcaster: ['न्यूज़', 'टीवी', 'भारत'],
  },
};
