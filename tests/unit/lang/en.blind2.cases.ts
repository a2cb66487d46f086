/**
 * English (utils/core/lang/en.ts): a second blind set, written from how the British, American,
 * Irish, Commonwealth and African English-language press credit their sources before the pack's
 * rules were read (6 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'en',
  rules: {},
  examples: [
    [
      'Image source, Reuters Image caption, Rescue workers searched the rubble overnight',
      ['reuters:photo'],
    ],
    ['Image source, EPA Image caption, Protesters gathered outside parliament', ['epa:photo']],
    [
      'In an interview with the Financial Times, the chief executive said prices would fall.',
      ['financial-times:interview'],
    ],
    [
      'The company declined to comment when contacted by The Wall Street Journal.',
      ['the-wall-street-journal:interview'],
    ],
    ['The plan was first reported by Axios.', ['axios:report']],
    [
      'Politico reported on Tuesday that the White House was weighing new tariffs.',
      ['politico:report'],
    ],
    [
      'According to people familiar with the matter cited by Bloomberg, the deal could close this month.',
      ['bloomberg:quote'],
    ],
    [
      'The deal, which was earlier reported by Reuters, values the company at $4bn.',
      ['reuters:report'],
    ],
    [
      'As The Guardian revealed last year, the firm paid no tax in the UK.',
      ['the-guardian:report'],
    ],
    [
      'Officials told the Times of India that the probe would be widened.',
      ['times-of-india:interview'],
    ],
    [
      'A YouGov poll for The Times found that 40 per cent of British voters backed the plan.',
      ['the-times-uk:analysis'],
    ],
    [
      'An analysis by The Washington Post of federal data found that deaths rose.',
      ['the-washington-post:analysis'],
    ],
    [
      'According to a tally by The New York Times, at least 300 people have died.',
      ['the-new-york-times:analysis'],
    ],
    ['A Reuters analysis of shipping data shows exports fell by a third.', ['reuters:analysis']],
    ['Footage broadcast by Sky News showed smoke rising from the building.', ['sky-news:video']],
    ['Video obtained by ABC News shows the officers entering the house.', ['abc-news:video']],
    [
      '{{caption:Firefighters battle the blaze near Athens. Photograph: Louisa Gouliamaki/Reuters}}',
      ['reuters:photo'],
    ],
    [
      '{{caption:President Biden at the White House on Monday. (AP Photo/Evan Vucci)}}',
      ['associated-press:photo'],
    ],
    [
      '{{caption:Smoke rises over Khan Younis. Credit: AFP via Getty Images}}',
      ['agence-france-presse:photo'],
    ],
    ['{{caption:The mayor speaks to supporters. Photo: AP}}', ['associated-press:photo']],
    ['LONDON (Reuters) - British inflation fell more than expected in March.', ['reuters:byline']],
    ['By Jane Smith, Associated Press', ['associated-press:byline']],
    [
      'The talks ended without agreement. Additional reporting by Reuters and AFP.',
      ['agence-france-presse:report', 'reuters:report'],
    ],
    [
      'The Texas Tribune reported that the state had overspent by $2bn.',
      ['the-texas-tribune:report'],
    ],
    ['In comments to Sky News, the minister defended the policy.', ['sky-news:interview']],
    ['The actor told Variety that the sequel was already written.', ['variety:interview']],
    ['The Hollywood Reporter was first to report the news.', ['hollywood-reporter:report']],
    ['According to ESPN’s Adrian Wojnarowski, the trade is done.', ['espn:report']],
    ['The Athletic’s David Ornstein reported that the fee would be £60m.', ['the-athletic:report']],
    [
      'The Miami Herald reported that the condo board had been warned in 2018.',
      ['miami-herald:report'],
    ],
    [
      'He told the Houston Chronicle in a phone interview that he would appeal.',
      ['houston-chronicle:interview'],
    ],
    [
      'The road will stay closed until May, according to the Cedar Falls Courier.',
      ['unlisted:cedar-falls-courier:report'],
    ],
    [
      'At least 12 people were killed, according to Nigeria’s Premium Times.',
      ['premium-times:report'],
    ],
    ['Kenya’s Daily Nation reported that the governor had been arrested.', ['nation-kenya:report']],
    ['South Africa’s News24 reported that the minister would resign.', ['news24:report']],
    [
      'Three drones were shot down overnight, according to the Kyiv Independent.',
      ['kyiv-independent:report'],
    ],
    ['Haaretz reported that the cabinet had approved the plan.', ['haaretz:report']],
    ['Japan’s Kyodo news agency reported that the launch was postponed.', ['kyodo:report']],
    ['South Korea’s Yonhap news agency said the missile flew 600km.', ['yonhap:report']],
    [
      'Russia’s state-run TASS news agency quoted the minister as saying talks were over.',
      ['tass:quote'],
    ],
    ['The Dawn newspaper reported that the election would be delayed.', ['dawn:report']],
    ['The Daily Mail reported that the couple had split.', ['daily-mail:report']],
    ['Bloomberg calculations show the fund lost $3bn in a week.', ['bloomberg:analysis']],
    ['The figures, first obtained by the BBC, show waiting lists rising.', ['bbc:report']],
    ['In a statement to NPR, the agency said it was reviewing the case.', ['npr:interview']],
    ['“It’s a disaster,” one resident told the Associated Press.', ['associated-press:quote']],
    [
      'The governor said in a radio interview with WNYC that the subway was safe.',
      ['wnyc:interview'],
    ],
    [
      'The report, seen by the Financial Times, warns of a funding gap.',
      ['financial-times:report'],
    ],
    ['The firm paid no tax, according to documents reviewed by ProPublica.', ['propublica:report']],
    ['According to a CNN/SSRS poll, 55 per cent of Americans disapprove.', ['cnn:analysis']],
    ['A Guardian investigation found that the charity had misused funds.', ['the-guardian:report']],
    ['The airline will cut 500 jobs, the Irish Times reports.', ['irish-times:report']],
    [
      'The chief executive told Reuters in an interview that demand had slowed.',
      ['reuters:interview'],
    ],
    ['CNN’s Kaitlan Collins reported that the president was furious.', ['cnn:report']],
    [
      'Speaking to Channel 4 News, the MP said the party was divided.',
      ['channel-4-news:interview'],
    ],
    ['The minister was speaking on LBC on Monday morning.', ['lbc:interview']],
    ['The price cap will rise in April, the Press Association reported.', ['pa-media:report']],
    ['Canadian Press reported that the strike would begin at midnight.', ['canadian-press:report']],
    [
      'Writing in a memo obtained by Semafor, the chief of staff warned of delays.',
      ['semafor:report'],
    ],
    [
      'The story was first broken by the Manchester Evening News.',
      ['manchester-evening-news:report'],
    ],
  ],
  lookAlikes: [
    '“We will not back down,” the governor told reporters.',
    'Times Square was packed on New Year’s Eve.',
    'Mirror Lake State Park reopened on Monday.',
    'Sun Valley, Idaho, hosts the annual media conference.',
    'The Independent candidate won 12 percent of the vote.',
    'A former CNN anchor, she now hosts a podcast.',
    'He spent a decade at The Washington Post before joining the administration.',
    'Fox News settled the defamation suit for $787 million.',
    'The BBC’s director-general resigned on Sunday.',
    'Reuters cut 200 jobs last year.',
    'Tucker Carlson, the former Fox News host, spoke at the rally.',
    'The Guardian Angels patrolled the subway overnight.',
    'Time will tell whether the deal holds.',
    'Fortune favors the bold, the coach said.',
    'The Atlantic Ocean is warming faster than expected.',
    'The Information Commissioner’s Office fined the company £1m.',
    'According to the Department of Health, cases fell by a quarter.',
    'According to Microsoft, the outage was fixed within hours.',
    'He posted the video on TikTok and X.',
    'Reporting by Andrea Shalal; Editing by Chizu Nomiyama',
    'The Telegraph Road bridge was closed for repairs.',
    'The Nation’s capital was hit by storms on Tuesday.',
    'Standard & Poor’s cut the country’s rating to junk.',
    'Hill Country wineries reported a record harvest.',
    'She has appeared on CNN, MSNBC and the BBC as a commentator.',
  ],
};
