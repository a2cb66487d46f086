/** Polish, Russian, Ukrainian, Japanese, Chinese, Arabic, Danish, Swedish, Czech and Korean cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  pl: [
    ['Według PAP rozmowy zakończyły się fiaskiem.', ['pap:report']],
    ['aja/PAP', ['pap:byline']],
    ['Jak podaje Reuters, ceny ropy wzrosły.', ['reuters:report']],
  ],
  ru: [
    ['По данным ТАСС, переговоры продолжатся.', ['tass:report']],
    ['Об этом сообщает Reuters.', ['reuters:report']],
    ['Это случилось, как передавало местное издание NewsMaker.', ['newsmaker-moldova:report']],
  ],
  uk: [
    ['Прокурори вивчали матеріали / Фото РБК', ['rbc-ukraine:photo']],
    ['Як повідомляє Reuters, переговори тривають.', ['reuters:report']],
  ],
  ja: [
    ['地元当局者が17日、AFPに明らかにした。', ['agence-france-presse:interview']],
    ['【6月18日 AFP】ナイジェリア北東部で攻撃があった。', ['agence-france-presse:byline']],
    ['喜ぶメッシ＝ロイター', ['reuters:photo']],
    ['共同通信によると、首相は辞任する。', ['kyodo:report']],
  ],
  zh: [
    ['据新华社报道，会议于周一召开。', ['xinhua:report']],
    ['路透社报道称，油价上涨。', ['reuters:report']],
  ],
  ar: [
    ['وفقا لرويترز، ارتفعت أسعار النفط.', ['reuters:report']],
    ['وقال المسؤول لرويترز إن المحادثات مستمرة.', ['reuters:interview']],
    ['© REUTERS / SHOKRY HUSSIEN', ['reuters:photo']],
  ],
  da: [
    ['Ifølge Reuters er flyet sikkert.', ['reuters:report']],
    ['Foto: Liselotte Sabroe/Ritzau Scanpix', ['ritzau:photo']],
    ['Men ifølge den tyrkiske avis Hurriyet er det 225 millioner dollar.', ['hurriyet:report']],
  ],
  sv: [['Enligt TT har polisen gripit en man.', ['tt-nyhetsbyran:report']]],
  cs: [['Podle agentury ČTK jednání pokračuje.', ['ctk:report']]],
  ko: [
    ['로이터통신에 따르면 회담이 연기됐다.', ['reuters:report']],
    ['연합뉴스가 보도했다.', ['yonhap:report']],
  ],
};

describe('Polish, Russian, Ukrainian, Japanese, Chinese, Arabic, Danish, Swedish, Czech and Korean cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
