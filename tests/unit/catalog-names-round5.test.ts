/**
 * Names decided in the 6 December 2026 round of catalog requests (/work/wt/requests is the
 * team's file; decisions are recorded there): each form is a credit with a cue, shared names
 * go to the outlet the article's country evidence points at, and the ordinary word or number it
 * looks like stays silent. Read by the real core on the real catalog.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('names from the 6 December requests', () => {
  it.each([
    ['hu', 'Az Indexnek adott interjújában a miniszter bejelentette.', 'index-hu:interview'],
    ['hu', 'Az Origo is beszámolt a balesetről.', 'origo-hu:report'],
    ['hu', 'Ahogy a „444” megírta, a miniszter lemondott.', '444:report'],
    ['hu', 'A Délmagyarország szerint a híd lezárása hetekig tart.', 'delmagyarorszag:report'],
    [
      'hu',
      'A Szabad Földnek adott interjújában a miniszter bejelentette.',
      'szabad-fold:interview',
    ],
    ['hu', 'Az ATV-nek nyilatkozott a képviselő.', 'atv-magyarorszag:quote'],
    ['sw', 'Kwa mujibu wa K24, watu watatu walifariki Nairobi.', 'k24:report'],
    ['sw', 'Katika mahojiano na NTV, gavana wa Nairobi alisema hivyo.', 'ntv-kenya:interview'],
    ['de', 'Wie NTV berichtet, wurde der Kanzler in Berlin ausgebuht.', 'n-tv:report'],
    ['ru', 'Как сообщил NTV, в Москве прошли задержания.', 'ntv-russia:report'],
    [
      'sw',
      'Rais Samia Suluhu Hassan alizuru Dodoma na Dar es Salaam wiki hii. Gazeti la The ' +
        'Citizen liliripoti kwamba mpango huo wa shilingi bilioni 5 za Tanzania umeshindwa.',
      'the-citizen:report',
    ],
    [
      'en',
      'President Ruto visited Nairobi and Mombasa this week, spending KSh 2 billion. The ' +
        'Standard reported that the Kenyan cabinet would meet in Nairobi on Tuesday.',
      'the-standard-kenya:report',
    ],
    [
      'en',
      'Punch reported that the governor of Lagos had travelled to Abuja.',
      'punch-nigeria:report',
    ],
    ['en', 'New Vision reported that the Kampala council met on Friday.', 'the-new-vision:report'],
    [
      'en',
      'The Daily Monitor reported that Ugandan police arrested two men.',
      'daily-monitor:report',
    ],
    ['en', 'The Age revealed that the Victorian premier had met donors.', 'the-age:report'],
    ['en', 'The Wire had reported that the Delhi police filed charges.', 'the-wire-india:report'],
    ['en', 'Stuff reported that Wellington council would cut rates.', 'stuff-nz:report'],
    ['en', 'The Taoiseach told Newstalk that the budget would pass.', 'newstalk-ireland:interview'],
    [
      'en',
      'The minister told the Korea JoongAng Daily that talks would resume.',
      'korea-joongang-daily:interview',
    ],
    ['en', "Israel's public broadcaster Kan reported that the cabinet met.", 'kan:report'],
    ['de', 'Wie die Tagesschau berichtet, tagt der Bundestag.', 'tagesschau:report'],
    [
      'de',
      'Wie Sky berichtet, wechselt der Stürmer nach Dortmund.',
      'sky-sport-deutschland:report',
    ],
    [
      'en',
      'The prime minister told Sky that the election would be held in May in London.',
      'sky-news:interview',
    ],
    ['de', 'Wie der „Walliser Bote“ berichtet, ist die Strasse gesperrt.', 'walliser-bote:report'],
    ['de', 'Das sagte der Landrat der Frankenpost.', 'frankenpost:interview'],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    ['de', 'Laut Index der Verbraucherpreise stieg die Inflation.'],
    ['hu', 'A 444 millió forintos beruházásról a polgármester szerint döntöttek.'],
    ['hu', 'Az origó szerint a koordináta nulla.'],
    ['en', 'The K24 engine powers the Honda Accord, the company said.'],
    ['en', 'The Standard of living has risen, the minister said.'],
    ['en', 'The Citizen science project, according to the university, found 40 species.'],
    ['en', 'Dawn, 45, said she had lost her job in March.'],
    ['en', 'The age of consent, the minister said, would not change.'],
    ['en', 'The Wire Act, prosecutors said, bans online betting.'],
    ['en', 'Stuff happens, the coach said after the loss.'],
    ['en', 'Punch and Judy shows, organisers said, drew crowds.'],
    ['en', 'Sky-high prices, analysts said, hit British shoppers.'],
    ['en', 'Big Sky Conference officials said the game was cancelled.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
