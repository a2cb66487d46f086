/** English (utils/core/lang/en.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'en',
  rules: {
    'en-aired-material': {
      fires: [
        ['Footage aired by Sky News showed cars floating down the street.', 'sky-news:video'],
      ],
      silent: ['The debate was aired by Sky News and drew ten million viewers.'],
    },
    'en-aired-report': {
      fires: [
        [
          'A documentary broadcast by Al Jazeera alleged that bribes were paid.',
          'al-jazeera:report',
        ],
      ],
      silent: ['A documentary about Al Jazeera alleged that bribes were paid.'],
    },
    'en-own-data': {
      fires: [['Bloomberg data show yields falling for a third week.', 'bloomberg:analysis']],
      silent: ['Bloomberg shares show little change this week.'],
    },
    'en-presenter-asked': {
      fires: [
        ['Sky News presenter Kay Burley asked the minister about the plan.', 'sky-news:interview'],
      ],
      silent: ['Sky News presenter Kay Burley left the channel in 2024.'],
    },
    'en-staff-witness': {
      fires: [['Reuters reporters saw smoke rising over the port.', 'reuters:report']],
      silent: ['Reuters reporters were laid off in the spring.'],
    },
    'en-actor-by': {
      fires: [['The debate, hosted by NBC News, ran for two hours.', 'nbc-news']],
      silent: ['The debate, according to NBC News, ran for two hours.'],
    },
    'en-staff-subject': {
      fires: [['A Washington Post reporter was detained in Iran.', 'the-washington-post']],
      silent: ['A Washington Post reporter saw the convoy leave.'],
    },
    'en-actor-verb': {
      fires: [['NBC News has sued the state over access.', 'nbc-news']],
      silent: ['NBC News has said the state had no access.'],
    },
    'en-carried-on': {
      fires: [['Watch live on MSNBC.', 'msnbc']],
      silent: ['Watch what was reported on MSNBC.'],
    },
    'en-source-label': {
      fires: [
        ['The port closed on Monday. (Source: Reuters)', 'reuters:report'],
        ['Courtesy of Reuters', 'reuters:report'],
      ],
      silent: ['The source said Reuters was wrong.'],
    },
    'en-according-to': {
      fires: [
        ['According to AP, the decision came at a time of tension.', 'associated-press:report'],
      ],
      silent: ['According to the minister, AP staff were present.'],
    },
    'en-originally': {
      fires: [['This article originally appeared on The Atlantic.', 'the-atlantic:other']],
      silent: ['This article originally quoted The Atlantic.'],
    },
    'en-republished': {
      fires: [['Republished with permission from The Conversation.', 'the-conversation:other']],
      silent: ['Permission was denied by The Conversation.'],
    },
    'en-bio-appeared': {
      fires: [['She has appeared on CNN as a commentator.', 'cnn']],
      silent: ['She appeared on CNN on Sunday to defend the plan.'],
    },
    'en-told': {
      fires: [['“We are ready,” she told Reuters on Tuesday.', 'reuters:quote']],
      silent: ['“We are ready,” she told the crowd near Reuters.'],
    },
    'en-interview': {
      fires: [
        [
          'In an interview with The New York Times, the minister said he would resign.',
          'the-new-york-times:interview',
        ],
      ],
      silent: ['In an interview, the minister said The New York Times was wrong.'],
    },
    'en-citing': {
      fires: [
        ['Agence France-Presse, citing Reuters, said the talks had stalled.', 'reuters:report'],
      ],
      silent: ['Reuters said the talks had stalled.\nThe citing of sources is rare.'],
    },
    'en-quoted-by': {
      fires: [
        [
          'the Tuva government was quoted as saying late Thursday by the Interfax news agency',
          'interfax:quote',
        ],
      ],
      silent: ['the Tuva government was quoted as saying late Thursday that Interfax erred'],
    },
    'en-reported-by': {
      fires: [['The deal was first reported by Bloomberg.', 'bloomberg:report']],
      silent: ['The deal was first signed by Bloomberg.'],
    },
    'en-reports-for': {
      fires: [['Jane Doe, who reports for The Guardian, saw the files.', 'the-guardian:report']],
      silent: ['Jane Doe, who voted for The Guardian award, saw the files.'],
    },
    'en-person-of': {
      fires: [
        [
          'The deal is done, said Alex Horton of The Washington Post.',
          'the-washington-post:report',
        ],
      ],
      silent: ['The deal is done, said Alex Horton, a reader of The Washington Post.'],
    },
    'en-inverted': {
      fires: [['Cases rose to 26 between 2009 and 2018, reports Reuters.', 'reuters:report']],
      silent: ['Cases rose to 26 between 2009 and 2018, and Reuters moved offices.'],
    },
    'en-analysis': {
      fires: [['Le Figaro published an analysis of the change.', 'le-figaro:analysis']],
      silent: ['Le Figaro published a cartoon of the change.'],
    },
    'en-analysis-by': {
      fires: [['A survey by The Economist found the same.', 'the-economist:analysis']],
      silent: ['A survey found The Economist readers agree.'],
    },
    'en-video-by': {
      fires: [['Footage from CNN showed the damage.', 'cnn:video']],
      silent: ['Photographs of the AFP headquarters hang in the lobby.'],
    },
    'en-report-by': {
      fires: [['An investigation by ProPublica found the same.', 'propublica:report']],
      silent: ['An investigation into ProPublica found the same.'],
    },
    'en-additional-reporting': {
      fires: [['Additional reporting by Reuters', 'reuters:report']],
      silent: ['Additional funding by Reuters'],
    },
    'en-contributed': {
      fires: [
        [
          'Associated Press writer Krysta Fauria contributed to this report.',
          'associated-press:byline',
        ],
      ],
      silent: ['Associated Press writers contributed money to the fund.'],
    },
    'en-wire-writer': {
      fires: [['By Jane Doe\nAssociated Press Writer', 'associated-press:byline']],
      silent: [
        'By Jane Doe\nAssociated Press fans gathered.',
        'She is a columnist and a former Politico reporter.',
      ],
    },
    'en-byline-by': {
      fires: [['By STEVE PEOPLES, Associated Press', 'associated-press:byline']],
      silent: ['Stand by the Associated Press desk.'],
    },
    'en-byline-block': {
      fires: [['{{byline:Jane Doe, Bloomberg}}\nThe market fell.', 'bloomberg:byline']],
      silent: ['Jane Doe, Bloomberg\nThe market fell.'],
    },
    'en-contacted-by': {
      fires: [['A spokesperson said so when contacted by Reuters.', 'reuters:interview']],
      silent: ['A spokesperson said so when contacted about Reuters.'],
    },
    'en-attributive': {
      fires: [['A Reuters report said the company would cut jobs.', 'reuters:report']],
      silent: ['A Reuters employee said the company would cut jobs.'],
    },
    'en-attributive-interview': {
      fires: [['In a CNN interview, the senator denied it.', 'cnn:interview']],
      silent: ['In a CNN studio, the senator denied it.'],
    },
    'en-attributive-analysis': {
      fires: [['An NBC News poll found the race tied.', 'nbc-news:analysis']],
      silent: ['An NBC News anchor found the race tied.'],
    },
    'en-possessive-colon': {
      fires: [
        ['WSJ’s Nick Timiraos: “A senior official said no.”', 'the-wall-street-journal:quote'],
      ],
      silent: ['WSJ’s Nick Timiraos was at the meeting.'],
    },
    'en-possessive-signoff': {
      fires: [['Prices fell sharply.\n— Bloomberg’s Julian Lee', 'bloomberg:byline']],
      silent: ['Prices fell sharply, Bloomberg’s Julian Lee wrote in a long thread about it.'],
    },
    'en-quoted': {
      fires: [
        ['The Washington Post quoted US officials as saying so.', 'the-washington-post:quote'],
      ],
      silent: ['The Washington Post building was quoted for sale.'],
    },
    'en-reported': {
      fires: [['The Guardian reported on Monday that the deal was off.', 'the-guardian:report']],
      silent: ['The Guardian building on Monday was empty.'],
    },
    'en-per': {
      fires: [['The vote was delayed, per Axios.', 'axios:report']],
      silent: ['The vote was delayed, and Axios left.'],
    },
  },
  examples: [
    ['The BBC understands that the deal is close.', ['bbc:report']],
    ['The Guardian has seen documents showing the plan.', ['the-guardian:report']],
    ['Axios was the first to report the news on Monday.', ['axios:report']],
    [
      'In a poll conducted for the Daily Telegraph, 40 percent backed the plan.',
      ['daily-telegraph:analysis'],
    ],
    [
      'In a column for the Globe and Mail, the former minister argued for a new tax.',
      ['the-globe-and-mail:report'],
    ],
    [
      'According to AP, the decision came at a time of rising tensions.',
      ['associated-press:report'],
    ],
    [
      'AFP quoted a source from Washington as saying the vote was not a change.',
      ['agence-france-presse:quote'],
    ],
    [
      'The Washington Post quoted US officials as saying that they had made it clear.',
      ['the-washington-post:quote'],
    ],
    ['“We are ready,” she told Reuters on Tuesday.', ['reuters:quote']],
    ['WASHINGTON (AP) — The Senate passed the bill on Friday.', ['associated-press:byline']],
    ['(Reuters) - Oil prices rose on Monday.', ['reuters:byline']],
    ['Photo: David Zalubowski / Associated Press', ['associated-press:photo']],
    ['(AP Photo/Evan Vucci)', ['associated-press:photo']],
    ['Additional reporting by Reuters', ['reuters:report']],
    ['By STEVE PEOPLES, Associated Press', ['associated-press:byline']],
    ['(Source: Reuters)', ['reuters:report']],
    ['A Reuters report said the company would cut 4,000 jobs.', ['reuters:report']],
    [
      'The Wall Street Journal first reported the deal. Later, the Journal said the talks had collapsed.',
      ['the-wall-street-journal:report'],
    ],
    ['(Elias Funez/The Union via AP)', ['associated-press:photo', 'the-union-grass-valley:photo']],
  ],
  lookAlikes: [
    'The speech was broadcast live on CNN.',
    'The Washington Post was bought by Jeff Bezos in 2013.',
    'The debate, hosted by NBC News, ran for two hours.',
    'The AP sued the White House over access.',
    'The even wealthier Michael Bloomberg has generated tremendous buzz.',
    'The sun rose over the mirror-like lake.',
    'Seven big questions heading into the debate, to be carried on MSNBC.',
    'AP said the PA had agreed.',
  ],
};
