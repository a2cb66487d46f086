import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/*
 * Turkish is agglutinative and verb-final: the case of a name is a suffix after an apostrophe
 * ("Reuters'a", "AA'nın", "NTV'de"), or, after a descriptor that carries the possessive, glued
 * to it with a buffer n ("Hürriyet gazetesine", "ajansının"). The descriptor is stripped
 * (`descAfter`) so both shapes leave the same suffix at the start of the window.
 */

/**
 * Dative (to X): 'a, 'e, 'ya, 'ye; after a possessive name ("Anadolu Ajansı'na") or a
 * descriptor -na, -ne. Locative and ablative take the same buffer n ("Ajansı'nda", "-ndan").
 */
const DAT = "(?:['’][yn]?[ae]|n[ae])";
/** Genitive (X's): 'ın, 'in, 'un, 'ün, 'nın…; after a descriptor -nın, -nin. */
const GEN = "(?:['’]n?[ıiuü]n|n[ıiuü]n)";
/** Locative (on/in X): 'da, 'de, 'ta, 'te; after a descriptor -nda, -nde. */
const LOC = "(?:['’]n?[dt][ae]|nd[ae])";
/** Ablative (from X): 'dan, 'den, 'tan, 'ten; after a descriptor -ndan, -nden. */
const ABL = "(?:['’]n?[dt][ae]n|nd[ae]n)";
/** One word (a parenthesised abbreviation counts: "Anadolu Ajansı'nın (AA) haberine"). */
const W = '[^\\s.,;:!?]+';

/** Saying something to someone, after the dative: "NTV'ye konuştu", "AA'ya açıklama yapan". */
const TOLD = phrases(`
  konuştu
  konuşan
  konuşarak
  konuşmasında
  açıklama yaptı
  açıklama yapan
  açıklama yaparak
  açıklamada bulundu
  açıklamalarda bulundu
  açıklamalarda bulunan
  demeç verdi
  demeç veren
  röportaj verdi
  röportaj veren
  bilgi verdi
  bilgi veren
  söyledi
  söyleyen
  değerlendirme yaptı
  değerlendirme yapan
  yaptığı açıklamada
  yaptığı özel açıklamada
  yaptığı açıklamalarda
  verdiği demeçte
  verdiği röportajda
  verdiği bilgiye göre
  telefonla bağlanan
  telefonla bağlandı
  konuk oldu
  konuk olan
`);

/**
 * Statements "found in" with the light verb bulun- in any form: "açıklamada bulunan",
 * "değerlendirmelerde bulundu", "yorumda bulunarak" (noun, optional plural, locative, verb).
 */
const STATEMENT_MADE =
  '(?:açıklama|değerlendirme|yorum|bilgilendirme|açıklamalar|değerlendirmeler|yorumlar)(?:d|t)[ae]\\s+bulun(?:an|du|arak|muş|duğu)';

/** Reporting verbs closing a sentence whose subject is the outlet: "Reuters, … bildirdi." */
const REPORTED = phrases(`
  bildirdi
  bildiriyor
  bildirmişti
  duyurdu
  duyurmuştu
  yazdı
  yazıyor
  yazmıştı
  aktardı
  aktarıyor
  haber verdi
  haberi geçti
  iddia etti
  öne sürdü
  ileri sürdü
  kaydetti
  belirtti
  yayımladı
  yayınladı
`);

/** What an outlet produces, after its genitive: "AA'nın haberine göre", "Reuters'ın analizinde". */
const ANALYSIS = phrases(`
  analizi
  analizine
  analizinde
  anketi
  anketine
  anketinde
  araştırmasına
  araştırmasında
  değerlendirmesine
  değerlendirmesinde
  hesaplamasına
  hesaplamalarına
`);

/** Turkish: its cue rules, descriptors and words. */
export const TR: LanguagePack = {
  code: 'tr',
  name: 'Turkish',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['değil', 'hiç'],
  descBefore: u(
    /(?:^|\s)(?:\p{Lu}[\p{L}'’]*(?:\s+merkezli)?\s+)?(?:haber\s+ajansı|ajansı|ajans|gazetesi|gazete|televizyonu|televizyon\s+kanalı|kanalı|radyosu|dergisi|dergi|haber\s+sitesi|internet\s+sitesi|yayın\s+kuruluşu)\s+$/u,
  ),
  descAfter: u(
    /^\s+(?:haber\s+ajansı|ajansı|gazetesi|televizyonu|kanalı|radyosu|dergisi|haber\s+sitesi|internet\s+sitesi|sitesi|muhabiri|muhabirleri|ekranları)(?=n|,|\s|$)/u,
  ),
  rules: [
    {
      // The outlet as owner, defendant or target: "Reuters'ın sahibi", "Halk TV'ye ceza", "Sözcü'ye
      // dava açacağını söyledi", "Hürriyet'e sert bir yanıt verdi".
      id: 'tr-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      after: u(
        new RegExp(
          `^(?:${GEN}\\s+(?:sahibi|sahipleri|satışı|genel\\s+müdürü)|(?:${DAT}|['’]y?[ıiuü])\\s+(?:(?:idari\\s+)?para\\s+cezası|ceza|erişim\\s+engeli|yayın\\s+yasağı|dava\\s+aç|suç\\s+duyurusu|tazminat|satın\\s+aldı)|${DAT}(?:\\s+(?!göre\\b)${W}){0,2}?\\s+(?:tepki|yanıt|cevap)\\s+(?:ver|göster)|${LOC}\\s+(?:yayınlanan|yayımlanan)\\s+(?:dizi|film|maç|belgesel|reklam|yarışma))`,
        ),
      ),
    },
    {
      // A region, not the agency: "İç Anadolu'ya göre", "Doğu Anadolu'da", "Anadolu Yakası".
      id: 'tr-place',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(/\b(?:Doğu|Batı|İç|Orta|Kuzey|Güney|Güneydoğu|Kuzeydoğu|Güneybatı|Kuzeybatı)\s+$/u),
    },
    {
      id: 'tr-footage',
      kind: 'video',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^(?:${GEN}(?:\\s+${W}){0,2}\\s+görüntüler|\\s+kameralarına\\s+yansı|\\s+tarafından\\s+(?:çekilen|kaydedilen|yayınlanan|paylaşılan)\\s+görüntü)`,
        ),
      ),
    },
    {
      id: 'tr-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^(?:${GEN}(?:\\s+${W}){0,2}\\s+${ANALYSIS}\\b|${GEN}\\s+(?:yaptırdığı|yaptığı|gerçekleştirdiği)\\s+(?:${W}\\s+)?(?:anket|araştırma)|\\s+(?:için|adına)\\s+(?:yapılan|yaptırılan|gerçekleştirilen)\\s+(?:\\S+\\s+)?(?:anket|araştırma))`,
        ),
      ),
    },
    {
      // "Reuters'a göre", "AA'nın haberine göre", "DHA'dan edinilen bilgiye göre"
      id: 'tr-gore',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      after: u(new RegExp(`^(?:${DAT}|(?:${GEN}|${ABL})(?:\\s+${W}){1,3})\\s+göre\\b`)),
    },
    {
      id: 'tr-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^(?:${DAT}(?:\\s+${W}){0,2}?\\s+(?:${TOLD}|${STATEMENT_MADE})\\b|(?:\\s+ile|['’]y?l[ae])\\s+(?:yaptığı|gerçekleştirdiği)\\s+(?:özel\\s+)?(?:röportaj|söyleşi|görüşme)|${GEN}\\s+(?:sorularını\\s+yanıtla|konuğu\\s+ol|canlı\\s+yayın)|${LOC}\\s+(?:konuşan|konuştu|konuşarak|açıklama\\s+yapan|açıklamalarda\\s+bulunan|değerlendirme\\s+yapan)|${LOC}\\s+(?:katıldığı|konuk\\s+olduğu|çıktığı|bağlandığı|yayımlanan|yayınlanan)(?:\\s+${W}){0,2}?\\s+(?:program|yayın|canlı))`,
        ),
      ),
    },
    {
      // Sources the outlet reached: "Reuters'ın görüştüğü üç kaynak", "BBC Türkçe'nin ulaştığı
      // belgeler"; not the audience it reaches ("ulaştığı izleyici").
      id: 'tr-sources',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(
        new RegExp(
          `^${GEN}\\s+(?:ulaştığı|görüştüğü|konuştuğu|eriştiği|edindiği|elde\\s+ettiği)(?:\\s+${W}){0,2}?\\s+(?:kaynak|yetkili|belge|bilgi|isim|diplomat|uzman|tanık|ses\\s+kayd|yazışma)`,
        ),
      ),
    },
    {
      // "AFP, Reuters'a dayandırdığı haberinde": the relay names its source.
      id: 'tr-citing',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      chain: true,
      after: u(
        new RegExp(
          `^(?:${DAT}\\s+(?:dayandırdığı|dayandırarak|dayanarak|atıfta\\s+bulun)|${GEN}\\s+(?:haberini\\s+aktar|haberine\\s+dayan)|${ABL}\\s+aktar|['’]y?[ıiuü]\\s+kaynak\\s+göster)`,
        ),
      ),
    },
    {
      // "CNN'de yayımlanan haberde", "X tarafından yayımlanan habere", "Reuters'ın haberinde".
      id: 'tr-published',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      after: u(
        /^(?:(?:['’]n?[ıiuü]n|n[ıiuü]n)\s+(?:(?:son|özel|dünkü|bugünkü)\s+)?(?:haberinde|haberlerinde|raporunda|bülteninde|manşetinde|yazısında|makalesinde)|(?:['’][dt][ae]|nd[ae])\s+(?:yayımlanan|yayınlanan|çıkan|yer\s+alan)\s+(?:\S+\s+)?(?:haber|makale|yazı|rapor|röportaj)|\s+tarafından\s+(?:yayımlanan|yayınlanan|duyurulan|aktarılan|açıklanan|hazırlanan)\s+(?:\S+\s+)?(?:haber|rapor|bilgi|belge|makale))/u,
      ),
    },
    {
      id: 'tr-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(new RegExp(`^(?:,\\s[^.!?\\n;]{0,110}?\\s|\\s+(?:${W}\\s+){0,2})${REPORTED}\\b`)),
    },
  ],
  words: {
    and: ['ve', 'ile'],
    articles: [],
    sourceLabels: ['Kaynak'],
    creditLabels: ['Kaynaklar'],
    creditLeads: [],
    photoLabels: ['Fotoğraf', 'Fotoğraflar', 'Görüntü', 'Görüntüler'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  // After a descriptor the possessive takes a buffer n before the case ("gazetesinin",
  // "ajansına", "kanalında", "ajansınca"); the rules read it, as they read "'ın" after a name.
  inflection: {
    endings: ['nin', 'nın', 'nun', 'nün', 'ne', 'na', 'ni', 'nı', 'nde', 'nda', 'nden', 'ndan'],
    readByRules: true,
  },
  countries: {
    TR: ['türk'],
    US: ['abd', 'amerika'],
    GB: ['ngiliz', 'ngiltere'],
    DE: ['alman'],
    FR: ['fransız', 'fransa'],
    RU: ['rus'],
    QA: ['katar'],
    JP: ['japon'],
    CN: ['çin'],
  },
  outletNouns: {
    'news-agency': ['ajans', 'ajansı', 'haber ajansı', 'ajanslar'],
    newspaper: ['gazete', 'gazetesi', 'gazeteler'],
    broadcaster: ['televizyon', 'televizyonu', 'kanal', 'kanalı', 'radyo', 'radyosu'],
    magazine: ['dergi', 'dergisi'],
    online: ['haber sitesi', 'internet sitesi', 'haber portalı'],
  },
  // Institutions and companies named after a speech verb as often as outlets are: no outlet.
  notOutletWords: [
    'Bakanlığı',
    'Bakanlık',
    'Hükümet',
    'Üniversitesi',
    'Üniversite',
    'Belediyesi',
    'Belediye',
    'Valiliği',
    'Emniyet',
    'Mahkemesi',
    'Enstitüsü',
    'Bankası',
    'Vakfı',
    'Derneği',
    'Partisi',
    'Meclis',
  ],
  // A case ending glued to an outlet noun makes it follow its name ("Karar gazetesinden Elif
  // Çakır"): only the bare noun stands before a name.
  outletNounEndings: [],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { broadcaster: ['Radyo', 'TV'] },
  nameEndings: {
    'news-agency': ['Ajansı', 'Haber Ajansı'],
    newspaper: ['Gazetesi'],
    broadcaster: ['TV', 'Televizyonu', 'Radyo', 'FM'],
  },
};
