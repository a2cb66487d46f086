/** Vietnamese cues: real sentences, credits expected as "outlet-id:kind" (none for a non-citation). */
import { describe, expect, it } from 'vitest';
import { credits, type CueCase } from './cue-helpers';

const CASES: Record<string, CueCase[]> = {
  vi: [
    ['Theo hãng tin Reuters, cuộc đàm phán đã bị hoãn.', ['reuters:report']],
    [
      'Tờ Washington Post dẫn lời các quan chức Mỹ cho biết họ đã thông báo.',
      ['the-washington-post:quote'],
    ],
    ['Người dân xếp hàng trước cửa hàng. (Nguồn: AP)', ['associated-press:report']],
    ['Ảnh: Reuters', ['reuters:photo']],
    ['Hãng tin AFP đưa tin ngày 20/3.', ['agence-france-presse:report']],
    ['Bộ trưởng nói với CNN rằng ông sẽ từ chức.', ['cnn:interview']],
  ],
};

describe('Vietnamese cues', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it.each(cases)(`[${lang}] %s`, (sentence, expected) => {
      expect(credits(sentence, lang)).toEqual(expected);
    });
  }
});
