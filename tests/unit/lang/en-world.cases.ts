/**
 * English (utils/core/lang/en-world.ts and what the third blind set changed in en.ts, the
 * source-line words and the open vocabulary): each rule's firing case and its closest look-alike.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'en',
  rules: {
    'en-story-carried-by': {
      fires: [
        [
          'The story, first carried by the Straits Times, was later confirmed by the ministry.',
          'straits-times:report',
        ],
      ],
      silent: ['The debate, carried live by the Straits Times website, drew many viewers.'],
    },
    'en-aired-footage': {
      fires: [['China’s state broadcaster CGTN aired footage of the launch.', 'cgtn:video']],
      silent: ['China’s state broadcaster CGTN aired the final on Sunday.'],
    },
    'en-commentary-quote': {
      fires: [
        ['KCNA said in a commentary that the drills were a rehearsal for invasion.', 'kcna:quote'],
      ],
      silent: ['KCNA said that the drills were a rehearsal for invasion.'],
    },
    'en-photo-by': {
      fires: [['{{caption:The minister in Manila. PHOTO BY PNA}}', 'philippine-news-agency:photo']],
      silent: ['{{caption:The minister in Manila. VIDEO BY PNA}}'],
    },
    'en-bio-role': {
      fires: [['He spent ten years as a Reuters correspondent in Jakarta.', 'reuters']],
      silent: ['A Reuters correspondent in Jakarta saw the crowd disperse.'],
    },
    'en-bio-worked-for': {
      fires: [['She previously reported for the BBC in Nairobi.', 'bbc']],
      silent: ['She reported for the BBC from Nairobi on Tuesday that the talks had failed.'],
    },
    'en-name-as-adjective': {
      fires: [
        ['Speaking to ANI, the Union minister said the bill was ready.', 'the-union-grass-valley'],
      ],
      silent: ['Speaking to ANI and the Union, the minister said the bill was ready.'],
    },
    'en-paper-published-in': {
      fires: [['The study was published in The Lancet on Thursday.', 'the-lancet']],
      silent: ['The interview was published in The Guardian on Thursday.'],
    },
    'en-video-label': {
      fires: [['{{caption:Video: Reuters}}', 'reuters:video']],
      silent: ['{{caption:Photo: Reuters}}'],
    },
    'en-file-pic': {
      fires: [
        [
          '{{caption:Residents wade through floodwater in Karachi. — AFP/File}}',
          'agence-france-presse:photo',
        ],
        ['{{caption:The King at the ceremony. — Bernama pic}}', 'bernama:photo'],
      ],
      silent: ['{{caption:The King at the ceremony. — Bernama}}'],
    },
    'en-via-dateline': {
      fires: [['KVELLER via JTA — The judge was sworn in on Monday.', 'kveller:byline']],
      silent: ['The judge, via JTA, was sworn in on Monday.'],
    },
    'en-via-dateline-wire': {
      fires: [
        ['KVELLER via JTA — The judge was sworn in on Monday.', 'jewish-telegraphic-agency:byline'],
      ],
      silent: ['The judge was sworn in on Monday via JTA.'],
    },
    'en-reported-quoting': {
      fires: [
        ['The city was on edge, as Reuters reported, “fears of an attack” grew.', 'reuters:quote'],
      ],
      silent: ['The city was on edge, as Reuters reported, and fears of an attack grew.'],
    },
  },
  examples: [
    // en-reported: a parenthesised abbreviation or country, and a journalist with an apposition.
    [
      'The News Agency of Nigeria (NAN) reports that the bridge was commissioned in 2019.',
      ['news-agency-of-nigeria:report'],
    ],
    ['Kuwait News Agency (KUNA) said the session was postponed.', ['kuna:report']],
    [
      "Al Jazeera's Imran Khan, reporting from Jerusalem, said the crossing remained shut.",
      ['al-jazeera:report'],
    ],
    // en-citing: a country's possessive before the relayed outlet.
    [
      'AFP, quoting a report by Kenya’s Daily Nation, said the suspects had fled.',
      ['agence-france-presse:report', 'nation-kenya:report'],
    ],
    // en-analysis-by: a study.
    [
      'A study by The Economist found that most industries became more concentrated.',
      ['the-economist:analysis'],
    ],
    // en-staff-subject: the crew as witnesses is a credit; assaulted (a look-alike) is not.
    ['A Channels Television crew filmed the protest in Lagos.', ['channels-tv:report']],
    // Source lines: "With inputs from".
    ['With inputs from PTI and ANI', ['ani:report', 'pti:report']],
    // paren-wire-tag in a caption credits the picture.
    ['{{caption:Sheikh Mohamed receives the delegation. (WAM)}}', ['wam:photo']],
    // A state-run adjective alone before the name is a descriptor.
    [
      'Officials were quoted by the state-run Xinhua news agency as saying the dam was safe.',
      ['xinhua:quote'],
    ],
    // wire-signoff closing a caption credits the picture.
    ['{{caption:A file picture of the refinery. Reuters}}', ['reuters:photo']],
    // Country places pick among outlets sharing a name.
    ['The Star reported that the Nairobi MCA was arrested on Tuesday.', ['the-star-kenya:report']],
    [
      'The Star reported that the Selangor state government had approved the project.',
      ['the-star-malaysia:report'],
    ],
    // Open vocabulary: the name before an appositive descriptor, "the" after the noun, a name
    // ending with an abbreviation that is also a name ending ("FM").
    [
      'The Kalgoorlie Miner, the local newspaper, reported that the mine would reopen.',
      ['unlisted:kalgoorlie-miner:report'],
    ],
    [
      'Local paper the Rotorua Daily Post reported that the lake had been closed.',
      ['unlisted:rotorua-daily-post:report'],
    ],
    [
      'Kikuyu-language station Inooro FM reported that the bridge had been swept away.',
      ['unlisted:inooro-fm:report'],
    ],
  ],
  lookAlikes: [
    // en-actor-verb still reads a broadcast of an event; en-actor-by a debate carried live.
    'The network aired the debate, and CGTN aired the final on Sunday.',
    'Officials were quoted by the state-run oil company as saying output would rise.',
    'The Nation (Kenya) is owned by Nation Media Group.',
    'A Channels Television reporter was assaulted by thugs in Lagos.',
    'With the PTI team and ANI crew gone, the square was empty.',
    'Joe Smith, a former newspaper editor, reported the theft to the police.',
    'Findings from the trial, published in The Lancet, were welcomed by doctors.',
    'Mr Dawn, the Union minister, said the bill was ready.',
  ],
};
