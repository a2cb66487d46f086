/** English cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const POSITIVE: CueCase[] = [
  ['According to AP, the decision came at a time of rising tensions.', ['associated-press:report']],
  [
    'AFP quoted a source from Washington as saying the vote was not a change in policy.',
    ['agence-france-presse:quote'],
  ],
  [
    'The Washington Post quoted US officials as saying that they had made it clear.',
    ['the-washington-post:quote'],
  ],
  ['Le Figaro published an analysis of the change.', ['le-figaro:analysis']],
  ['“We are ready,” she told Reuters on Tuesday.', ['reuters:interview']],
  [
    'In an interview with The New York Times, the minister said he would resign.',
    ['the-new-york-times:interview'],
  ],
  ['WASHINGTON (AP) — The Senate passed the bill on Friday.', ['associated-press:byline']],
  ['(Reuters) - Oil prices rose on Monday.', ['reuters:byline']],
  ['Photo: David Zalubowski / Associated Press', ['associated-press:photo']],
  ['(AP Photo/Evan Vucci)', ['associated-press:photo']],
  ['Mostafa Alkharouf/Anadolu via Getty Images', ['anadolu-agency:photo']],
  ['© AFP / JEFF PACHOUD', ['agence-france-presse:photo']],
  ['Additional reporting by Reuters', ['reuters:report']],
  [
    'Associated Press writer Krysta Fauria contributed to this report.',
    ['associated-press:byline'],
  ],
  ['By STEVE PEOPLES, Associated Press', ['associated-press:byline']],
  ['(Source: Reuters)', ['reuters:report']],
  ['A Reuters report said the company would cut 4,000 jobs.', ['reuters:report']],
  [
    'the Tuva government was quoted as saying late Thursday by the Interfax news agency',
    ['interfax:quote'],
  ],
  [
    'The Wall Street Journal first reported the deal. Later, the Journal said the talks had collapsed.',
    ['the-wall-street-journal:report'],
  ],
  ['Cases rose to 26 between 2009 and 2018, reports Reuters.', ['reuters:report']],
  ['A spokesperson said so when contacted by Reuters.', ['reuters:interview']],
  ['(Elias Funez/The Union via AP)', ['associated-press:photo', 'the-union-grass-valley:photo']],
];

const NEGATIVE: CueCase[] = [
  ['The debate, hosted by NBC News, ran for two hours.', []],
  ['The AP sued the White House over access.', []],
  ['The even wealthier Michael Bloomberg has generated tremendous buzz.', []],
  ['The sun rose over the mirror-like lake.', []],
  ['Seven big questions heading into the debate, to be carried on MSNBC.', []],
  ['Mandel Ngan/Getty Images', []],
  ['Associated Press', []],
];

describe('English cues', () => {
  it.each(POSITIVE)('credits: %s', (sentence, expected) => {
    expect(credits(sentence, 'en')).toEqual(expected);
  });
  it.each(NEGATIVE)('does not credit: %s', (sentence, expected) => {
    expect(credits(sentence, 'en')).toEqual(expected);
  });
  it('never credits the page’s own outlet', () => {
    expect(credits('NPR’s Geoff Brumfiel contributed to this report.', 'en', ['npr'])).toEqual([]);
  });
  it('leaves a two-letter abbreviation with only a verb as uncertain', () => {
    expect(credits('AP said the PA had agreed.', 'en')).toEqual([]);
  });
});
