/**
 * Names the catalog gained for broadcasters' language services, for the big outlets in the
 * scripts other presses write them in, and for sports and business media: read by the real core
 * on the real catalog, each a credit with a cue, and its look-alike (the same words as an
 * ordinary phrase) silent.
 */
import { describe, expect, it } from 'vitest';
import { credits } from './lang/cases';

describe('language services and names in other scripts', () => {
  it.each([
    ['en', 'The minister told BBC Urdu that talks would resume.', 'bbc:interview'],
    ['es', 'Según BBC News Mundo, el gobierno cayó.', 'bbc:report'],
    ['hi', 'बीबीसी हिंदी के मुताबिक़, सरकार गिर गई।', 'bbc:report'],
    ['bn', 'বিবিসি বাংলা জানিয়েছে, সরকার পড়ে গেছে।', 'bbc:report'],
    ['id', 'Menurut BBC News Indonesia, pemerintah jatuh.', 'bbc:report'],
    ['pt', 'Segundo a DW Brasil, o governo caiu.', 'deutsche-welle:report'],
    ['he', 'לפי דויטשה ולה, הממשלה נפלה.', 'deutsche-welle:report'],
    ['ur', 'وائس آف امریکہ کے مطابق حکومت گر گئی۔', 'voice-of-america:report'],
    ['ur', 'اسکائی نیوز کے مطابق حکومت گر گئی۔', 'sky-news:report'],
    // Monte Carlo Doualiya is RFI's sister station, no longer an Arabic name of RFI.
    ['ar', 'وقالت مونت كارلو الدولية إن الحكومة سقطت.', 'monte-carlo-doualiya:report'],
    ['ar', 'وذكرت وكالة يونهاب أن الحكومة سقطت.', 'yonhap:report'],
    ['ko', '더타임스에 따르면 정부가 무너졌다.', 'the-times-uk:report'],
    ['ko', '스푸트니크통신에 따르면 정부가 무너졌다.', 'sputnik:report'],
    ['ja', 'DPA通信によると、政府は崩壊した。', 'dpa:report'],
    ['th', 'วอชิงตันโพสต์รายงานว่ารัฐบาลล่มสลาย', 'the-washington-post:report'],
    ['el', 'Όπως μετέδωσε το Γερμανικό Πρακτορείο Ειδήσεων, η κυβέρνηση έπεσε.', 'dpa:report'],
    ['ru', 'Как сообщает Сибирь.Реалии, суд отклонил жалобу.', 'sibir-realii:report'],
    [
      'tr',
      "TRT Spor'a konuşan teknik direktör, takımın hazır olduğunu söyledi.",
      'trt-spor:interview',
    ],
    [
      'tr',
      "Bloomberg HT'ye konuşan bakan, enflasyonun düşeceğini söyledi.",
      'bloomberg-ht:interview',
    ],
    ['vi', 'Theo báo Bóng Đá, đội tuyển đã sẵn sàng.', 'bong-a:report'],
    ['es', 'Según TUDN, el técnico dejará el club.', 'tudn:report'],
    ['en', 'Kenya beat Ghana, Complete Sports reported.', 'complete-sports:report'],
  ])('[%s] %s → %s', (lang, text, credit) => {
    expect(credits(text, lang)).toEqual([credit]);
  });

  it.each([
    // The satellite, not the agency: the Korean name carries 통신 (agency).
    ['ko', '소련은 스푸트니크 위성을 발사했다고 밝혔다.'],
    // 通信 is also telecommunications: only 'DPA通信' and 'ドイツ通信社' name the agency.
    ['ja', 'ドイツ通信大手ドイツテレコムは増益を発表した。'],
    ['el', 'Ένα γερμανικό πρακτορείο ταξιδιών ανακοίνωσε ότι οι τιμές αυξήθηκαν.'],
    ['en', 'He played a complete sports season, the coach said.'],
  ])('[%s] %s → nothing', (lang, text) => {
    expect(credits(text, lang)).toEqual([]);
  });
});
