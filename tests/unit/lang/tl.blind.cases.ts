/**
 * Tagalog/Filipino (utils/core/lang/tl.ts): a dev set written from how the Philippine press credits
 * its sources in Filipino and Taglish before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'tl',
  rules: {},
  examples: [
    ['Ayon sa ulat ng GMA News, umabot na sa 20 ang nasawi sa bagyo.', ['gma-news:report']],
    [
      'Ayon sa Philippine News Agency, sinuspinde ang klase sa ilang lalawigan.',
      ['philippine-news-agency:report'],
    ],
    ['Iniulat ng Rappler na may tatlong opisyal na iniimbestigahan.', ['rappler:report']],
    [
      'Sa panayam ng DZRH, sinabi ng alkalde na handa na ang mga evacuation center.',
      ['dzrh:interview'],
    ],
    ['Sinabi niya sa ABS-CBN News na wala pang desisyon ang komite.', ['abs-cbn:interview']],
    ['Ayon sa Reuters, bumaba ang presyo ng langis ngayong linggo.', ['reuters:report']],
    [
      'Sa isang panayam sa Radyo Pilipinas, ipinaliwanag ng kalihim ang bagong patakaran.',
      ['radyo-pilipinas:interview'],
    ],
    [
      'According sa report ng Manila Bulletin, tataas ang singil sa kuryente next month.',
      ['manila-bulletin:report'],
    ],
    [
      'Iniulat ng Associated Press na hindi bababa sa 50 katao ang nasugatan.',
      ['associated-press:report'],
    ],
    [
      'Batay sa ulat ng BusinessWorld, lumago ang ekonomiya ng 5.8 porsiyento.',
      ['businessworld:report'],
    ],
    [
      '{{caption:Mga residenteng lumikas dahil sa baha. (Larawan mula sa Reuters)}}',
      ['reuters:photo'],
    ],
    ['Ayon sa Philstar, nagbitiw na ang hepe ng pulisya.', ['philippine-star:report']],
    ['Sa ulat ng Abante, nahuli ang suspek sa Tondo.', ['abante:report']],
    ['Kinumpirma sa Rappler ng tagapagsalita ng DOH ang bagong kaso.', ['rappler:interview']],
    [
      'Base sa datos na nakuha ng Philippine Daily Inquirer, tumaas ang krimen sa lungsod.',
      ['inquirer:report'],
    ],
  ],
  lookAlikes: [
    'Ayon kay AFP spokesperson Col. Francel Padilla, tatlong sundalo ang nasugatan.',
    'Dating reporter ng ABS-CBN ang bagong kalihim ng DepEd.',
    'Ayon sa DOH, tumaas ang kaso ng dengue sa Metro Manila.',
    'Nag-viral sa Facebook ang video ng insidente.',
    'Isinara ang ABS-CBN matapos tanggihan ng Kongreso ang prangkisa nito.',
    'Ayon sa mga balita, maraming pamilya ang lumikas.',
    'Sabi ng coach, abante lang tayo hanggang dulo.',
  ],
};
