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
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
