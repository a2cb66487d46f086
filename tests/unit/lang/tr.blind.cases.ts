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
  ],
};
