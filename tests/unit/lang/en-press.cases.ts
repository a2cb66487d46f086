/**
 * English credits written blind (from how the English-language press credits other outlets,
 * before reading utils/core/lang/en.ts) as a check that the English pack generalizes: verbs and
 * word orders, possessives, programmes, polls, relays, wire lines and photo credits. Look-alikes:
 * bios, people named like outlets, common words, journals, institutes, outlets as the subject.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'en',
  rules: {},
  examples: [
    [
      'The minister told the Sydney Morning Herald that the plan was dead.',
      ['sydney-morning-herald:interview'],
    ],
    ["The Guardian's Asia editor reported that talks had collapsed.", ['the-guardian:report']],
    ['The story was first reported by Politico.', ['politico:report']],
    [
      'According to a report in the Financial Times, the bank will cut 500 jobs.',
      ['financial-times:report'],
    ],
    ['In an interview with the BBC, she said she had no regrets.', ['bbc:interview']],
    [
      'A YouGov poll conducted for Sky News found Labour ahead by 12 points.',
      ['sky-news:analysis'],
    ],
    ["LONDON (Reuters) - Britain's economy shrank in the third quarter.", ['reuters:byline']],
    ['Photo: AP', ['associated-press:photo']],
    ['(Photo by Mandel Ngan/AFP via Getty Images)', ['agence-france-presse:photo']],
    [
      'Bloomberg reported, citing people familiar with the matter, that a deal was near.',
      ['bloomberg:report'],
    ],
    [
      'The Wall Street Journal reported on Tuesday that the company would split.',
      ['the-wall-street-journal:report'],
    ],
    [
      'The senator is expected to resign, according to The New York Times.',
      ['the-new-york-times:report'],
    ],
    ['NBC News was first to report the indictment.', ['nbc-news:report']],
    [
      'The Washington Post, which obtained the documents, reported that the agency had been warned.',
      ['the-washington-post:report'],
    ],
    ['As reported by Axios, the White House is weighing new tariffs.', ['axios:report']],
    [
      'The Daily Telegraph revealed that the minister had claimed expenses for a duck house.',
      ['daily-telegraph:report'],
    ],
    ['Talks have stalled, reported the Associated Press.', ['associated-press:report']],
    ['According to an analysis by The Economist, rents have doubled.', ['the-economist:analysis']],
    ['An Ipsos poll for Reuters found most voters oppose the plan.', ['reuters:analysis']],
    [
      '"We are not going anywhere," he said in an interview with the Irish Times.',
      ['irish-times:quote'],
    ],
    ['Footage broadcast by Al Jazeera showed smoke rising over the city.', ['al-jazeera:video']],
    ['The Kyiv Independent reported that the bridge had been hit.', ['kyiv-independent:report']],
    [
      'The fire started in the kitchen, according to the Springfield Tribune.',
      ['unlisted:springfield-tribune:report'],
    ],
    ['By Jane Doe, Associated Press', ['associated-press:byline']],
    ['(With AFP)', ['agence-france-presse:byline']],
    ['Reuters contributed to this report.', ['reuters:byline']],
    ["He told the BBC's Today programme that the strike would go ahead.", ['bbc:interview']],
    ['Politico Europe first reported the plan on Monday.', ['politico-europe:report']],
    [
      'Fox News reported, citing a law enforcement source, that two suspects were arrested.',
      ['fox-news:report'],
    ],
    ['The figures are based on data compiled by Bloomberg.', ['bloomberg:analysis']],
    [
      'The Times of Israel reported that the hostages had been moved.',
      ['the-times-of-israel:report'],
    ],
    ['As CNBC reported earlier, the merger is under review.', ['cnbc:report']],
    [
      'Reuters, citing the Financial Times, said the sale could be announced next week.',
      ['financial-times:report', 'reuters:report'],
    ],
    ['She made the remarks in an interview with NPR.', ['npr:interview']],
    ['Speaking to Sky News, the chancellor ruled out tax rises.', ['sky-news:interview']],
    ['The Daily Mail obtained a copy of the letter.', ['daily-mail:report']],
    ['Image: Evan Vucci/AP', ['associated-press:photo']],
    ['The report was first published by The Atlantic.', ['the-atlantic:other']],
    ['The Guardian first reported the resignation on Sunday.', ['the-guardian:report']],
    ['In a statement to Reuters, the company said it would appeal.', ['reuters:interview']],
    [
      'He told The Associated Press that he had no plans to resign.',
      ['associated-press:interview'],
    ],
    ['A CBS News poll found 60% of Americans disapprove.', ['cbs-news:analysis']],
    [
      'The Financial Times reported, citing three people briefed on the talks, that the bid had been raised.',
      ['financial-times:report'],
    ],
  ],
  lookAlikes: [
    'Newsweek has reached out to the Pentagon for comment.',
    'She previously worked for the BBC and The Guardian.',
    'She is a columnist for The Atlantic and a former Politico reporter.',
    'Megan Fox said she was thrilled with the film.',
    'Michael Bloomberg told donors he would not run.',
    'The sun rose over the harbour.',
    'These are difficult times for the industry.',
    'CNN laid off 100 staff on Tuesday.',
    'The New York Times sued OpenAI over copyright.',
    'Getty Images reported a quarterly loss.',
    'He posted on X that the deal was off.',
    'The first robin is a herald of spring.',
    'The Ministry of Defence said in a statement that two soldiers were injured.',
    'The Post Office scandal ruined hundreds of lives.',
    "The Reuters Institute's Digital News Report found trust in news has fallen.",
    'A Washington Post reporter was detained in Iran.',
    'Apple said in a statement that it would appeal.',
    'An independent review found the hospital had failed patients.',
    'According to the Bureau of Labor Statistics, unemployment rose to 4.1 percent.',
    'The Mirror Lake trail is closed for the winter.',
    'The Economist Intelligence Unit ranked Vienna the most liveable city.',
  ],
};
