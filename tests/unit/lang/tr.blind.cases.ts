/**
 * Turkish blind set (utils/core/lang/tr.ts): written from how the Turkish press credits its
 * sources before the pack's rules were read, then kept as a regression table.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'tr',
  rules: {},
  examples: [
    ["Reuters'a göre, görüşmeler yarın yeniden başlayacak.", ['reuters:report']],
    ["Hürriyet'e konuşan bir yetkili, kararın değişmeyeceğini söyledi.", ['hurriyet:interview']],
    [
      "Anadolu Ajansı'nın aktardığına göre, saldırıda üç kişi yaralandı.",
      ['anadolu-agency:report'],
    ],
    [
      "CNN Türk'e açıklama yapan bakan, yeni bir paket hazırlandığını söyledi.",
      ['cnn-turk:interview'],
    ],
    ['Sözcü gazetesinde yayımlanan habere göre, ihale iptal edildi.', ['sozcu:report']],
    [
      "BBC Türkçe'nin ulaştığı kaynaklar, toplantının ertelendiğini doğruladı.",
      ['bbc-turkce:report'],
    ],
    ["AFP'nin aktardığına göre, Fransa'da grevler sürüyor.", ['agence-france-presse:report']],
    [
      "New York Times'ta yer alan habere göre, Beyaz Saray yeni yaptırımlar hazırlıyor.",
      ['the-new-york-times:report'],
    ],
    [
      "Habertürk'te katıldığı programda konuşan ekonomist, enflasyonun düşeceğini söyledi.",
      ['haberturk:interview'],
    ],
    ['{{caption:Ankara’daki toplantıdan bir kare (Foto: Reuters)}}', ['reuters:photo']],
    [
      "Al Jazeera'ya konuşan Hamas yetkilisi, ateşkesin sürdüğünü söyledi.",
      ['al-jazeera:interview'],
    ],
    ["Bloomberg'ün haberine göre, şirket halka arz planlıyor.", ['bloomberg:report']],
    ['Sabah gazetesinin haberine göre, zam oranı belli oldu.', ['sabah:report']],
    ["Reuters'ın görüştüğü üç kaynak, anlaşmanın imzalandığını söyledi.", ['reuters:report']],
    [
      "Washington Post'un yazdığına göre, Pentagon yeni bir plan hazırladı.",
      ['the-washington-post:report'],
    ],
    [
      'Reuters haber ajansı, yetkililere dayandırdığı haberinde anlaşmanın imzalandığını bildirdi.',
      ['reuters:report'],
    ],
    [
      "DW Türkçe'ye konuşan muhalefet milletvekili, yasanın iptali için başvuracaklarını söyledi.",
      ['dw-turkce:interview'],
    ],
    [
      'Cumhuriyet gazetesinin ulaştığı belgelere göre, ihaleye tek firma katıldı.',
      ['cumhuriyet:report'],
    ],
    // Second round, written after the first fixes, before the ones it led to.
    ["CNN Türk'te konuşan Bakan, zam olmayacağını söyledi.", ['cnn-turk:interview']],
    ["Reuters'ın haberinde, görüşmenin ertelendiği belirtildi.", ['reuters:report']],
    [
      'AFP muhabirine konuşan bir tanık, patlamayı duyduğunu söyledi.',
      ['agence-france-presse:interview'],
    ],
    ['İSTANBUL (DHA) - Kadıköy’de çıkan yangında iki kişi yaralandı.', ['dha:byline']],
    [
      "Sözcü TV'de katıldığı programda konuşan ekonomist, dolara dikkat çekti.",
      ['sozcu-tv:interview'],
    ],
    [
      'İngiliz The Guardian gazetesinin haberine göre, hükümet istifa edecek.',
      ['the-guardian:report'],
    ],
    [
      'Associated Press ajansının aktardığına göre, kasırga karaya ulaştı.',
      ['associated-press:report'],
    ],
    ["ABD'li yayın kuruluşu CNN'e konuşan yetkili, saldırıyı doğruladı.", ['cnn:interview']],
    [
      "The Wall Street Journal'ın haberine göre, şirket satılıyor.",
      ['the-wall-street-journal:report'],
    ],
    ["Reuters'a yaptığı açıklamada bakan, zam olmayacağını söyledi.", ['reuters:interview']],
    ["TRT Haber'in canlı yayınında konuşan bakan, açıklama yaptı.", ['trt:interview']],
    ["Al Jazeera'nın aktardığına göre, Gazze'de çatışmalar sürüyor.", ['al-jazeera:report']],
    ['Halk TV ekranlarında konuşan milletvekili, seçim çağrısı yaptı.', ['halk-tv:interview']],
    ["Sputnik'e konuşan Rus yetkili, görüşmelerin süreceğini söyledi.", ['sputnik:interview']],
    [
      "Deutsche Welle Türkçe'nin haberine göre, Berlin yeni yasa hazırlıyor.",
      ['deutsche-welle:report'],
    ],
    ['Reuters haber ajansının görüntülerinde, binaların yıkıldığı görülüyor.', ['reuters:video']],
    ["Habertürk'ün yaptırdığı ankete göre, seçmenlerin yarısı kararsız.", ['haberturk:analysis']],
    ["BBC'nin haberine göre, İngiltere yeni yaptırımlar açıkladı.", ['bbc:report']],
  ],
  lookAlikes: [
    "Gazeteci Ayşe Demir daha önce Hürriyet ve Milliyet'te muhabir olarak çalıştı.",
    'Sabah erken saatlerde başlayan yangın öğlen söndürüldü.',
    'Bakan, Cumhuriyet Bayramı kutlamalarına katıldı.',
    'Hürriyet ve demokrasi için binlerce kişi yürüdü.',
    "AK Parti Sözcüsü Ömer Çelik'e göre seçim tarihi değişmeyecek.",
    "Sağlık Bakanlığı'na göre vaka sayısı düştü.",
    "Hesap, X'in kurallarını ihlal ettiği gerekçesiyle askıya alındı.",
    "TRT'nin yeni genel müdürü bugün göreve başladı.",
    'Akşam saatlerinde yağmurun etkisini artırması bekleniyor.',

    "Reuters'ın Türkiye bürosu kapatıldı.",
    "Anadolu'da yaşayan aileler göç etti.",
    "RTÜK, Halk TV'ye yayın durdurma cezası verdi.",
    'Yeni Şafak vakti yaklaşırken oruç başladı.',
    "Habertürk'ün sahibi değişti.",
  ],
};
