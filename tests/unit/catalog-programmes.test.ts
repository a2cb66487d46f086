/**
 * Broadcasters' programmes credited by name (scripts/catalog-build/curated/programmes-round6.psv):
 * each is found as its own outlet, a child of its broadcaster, so the credit leads to the
 * broadcaster's address; a title that is an ordinary phrase is listed exact-case or qualified,
 * and stays silent as the phrase. Read by the real core on the real catalog.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { credits } from './lang/cases';

const outlets = new Map(parseCatalog(rawCatalog).catalog.outlets.map((o) => [o.id, o]));

describe('programmes credited by name', () => {
  it.each([
    ['en', 'The minister told BBC Verify that the footage was genuine.', 'bbc-verify', 'bbc'],
    ['en', 'Speaking to Newsbeat, the singer said she would tour again.', 'newsbeat', 'bbc'],
    ['en', 'The chief executive told Squawk Box that rates would fall.', 'squawk-box', 'cnbc'],
    [
      'en',
      'The Taoiseach told Morning Ireland that the budget would pass.',
      'morning-ireland',
      'rte',
    ],
    [
      'en',
      'The farmer told Landline that the drought had ruined the crop.',
      'landline',
      'abc-australia',
    ],
    [
      'en',
      'The minister told Sunrise Daily that fuel prices would fall.',
      'sunrise-daily',
      'channels-tv',
    ],
    [
      'en',
      'Speaking to Newsfile, the minister said the cedi would recover.',
      'newsfile',
      'joy-news',
    ],
    ['tl', 'Sinabi ng kalihim sa 24 Oras na walang katotohanan ang ulat.', '24-oras', 'gma-news'],
    ['tl', 'Ayon sa TV Patrol, tatlo ang nasawi sa sunog.', 'tv-patrol', 'abs-cbn'],
    ['nb', 'Det sa statsministeren til Dagsnytt 18 tirsdag.', 'dagsnytt-18', 'nrk'],
    ['sv', 'Det säger ministern till Ekonomiekot.', 'ekonomiekot', 'sveriges-radio'],
    [
      'pt',
      'O ministro disse ao Jornal da Globo que a reforma avança.',
      'jornal-da-globo',
      'tv-globo',
    ],
    ['it', 'Lo ha detto il ministro a Dritto e Rovescio.', 'dritto-e-rovescio', 'rete-4'],
    ['ko', '장관은 100분 토론에서 이같이 말했다.', '100-minute-debate', 'mbc-korea'],
    ['ja', '首相は日曜討論で「増税はしない」と述べた。', 'nichiyo-toron', 'nhk'],
    ['vi', 'Bộ trưởng nói với Thời sự 19h rằng giá sẽ giảm.', 'thoi-su-19h', 'vtv'],
  ])('[%s] %s → %s (of %s)', (lang, text, id, parent) => {
    expect(credits(text, lang).map((c) => c.split(':')[0])).toEqual([id]);
    expect(outlets.get(id)?.parent).toBe(parent);
  });

  it.each([
    ['en', 'The minister held a background briefing for reporters, officials said.'],
    ['en', 'A foreign correspondent, the embassy said, was detained.'],
    ['en', 'The landline was cut, the company said.'],
    ['en', 'Within 48 hours, police said, the suspect was arrested.'],
    ['tl', 'Sa loob ng 24 oras, ayon sa pulis, nahuli ang suspek.'],
    ['sv', 'Kalla fakta om klimatet, enligt forskarna, visar uppvärmningen.'],
    ['tr', 'Teke tek görüşmede, Bakan açıklama yaptı.'],
    ['ru', 'Время покажет, заявил министр.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });

  it.each([
    [
      'en',
      'Speaking on The Ezra Klein Show, the senator said the bill would pass.',
      'the-ezra-klein-show',
    ],
    [
      'en',
      'The minister told the Today in Focus podcast that the plan would work.',
      'today-in-focus',
    ],
    ['en', 'The governor told Pod Save America that he would run.', 'pod-save-america'],
    [
      'de',
      'Im Podcast „Lage der Nation“ sagte die Ministerin, das Gesetz komme.',
      'lage-der-nation',
    ],
    ['fr', "Le ministre l'a dit dans L'Heure du Monde.", 'lheure-du-monde'],
  ])('[%s] podcast: %s → %s', (lang, text, id) => {
    expect(credits(text, lang).map((c) => c.split(':')[0])).toEqual([id]);
  });

  it.each([
    ['en', 'Today in focus: the budget, the minister said.'],
    ['de', 'Was jetzt? Das fragte der Minister.'],
  ])('[%s] podcast look-alike: %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
