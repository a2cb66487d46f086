/** Turkish (utils/core/lang/tr.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'tr',
  rules: {
    'tr-source-label': {
      fires: [['Deprem bölgesi boşaltıldı. (Kaynak: DHA)\nDevamı.', 'dha:report']],
      silent: ['Kaynakları DHA ile paylaşıldı.'],
    },
    'tr-actor': {
      fires: [
        ["Reuters'ın sahibi Thomson ailesi açıklama yaptı.", 'reuters'],
        ["RTÜK, Halk TV'ye idari para cezası verdi.", 'halk-tv'],
        ["Bakan, Sözcü'ye dava açacağını söyledi.", 'sozcu'],
        ["Parti sözcüsü, Hürriyet'e sert bir yanıt verdi.", 'hurriyet'],
      ],
      silent: ["Reuters'ın haberine göre görüşmeler sürüyor."],
    },
    'tr-place': {
      fires: [["İç Anadolu'ya göre sahilde hava daha sıcak.", 'anadolu-agency']],
      silent: ["Anadolu Ajansı'na göre hava sıcak."],
    },
    'tr-footage': {
      fires: [
        ["İHA'nın görüntülerine göre enkaz kaldırıldı.", 'iha:video'],
        ['Olay anı DHA kameralarına yansıdı.', 'dha:video'],
      ],
      silent: ["İHA'nın muhabiri olay yerindeydi."],
    },
    'tr-analysis': {
      fires: [
        ["Habertürk'ün yaptırdığı ankete göre seçmenlerin yarısı kararsız.", 'haberturk:analysis'],
        ["Reuters'ın analizine göre enflasyon yükselecek.", 'reuters:analysis'],
        ['Habertürk için yapılan ankete göre seçmenlerin yarısı kararsız.', 'haberturk:analysis'],
      ],
      silent: [
        "Habertürk'ün yaptırdığı yeni stüdyo açıldı.",
        'Habertürk için yeni bir stüdyo yapıldı.',
      ],
    },
    'tr-gore': {
      fires: [
        ['Sabah gazetesinin haberine göre zam oranı belli oldu.', 'sabah:report'],
        ["Bloomberg'e göre merkez bankası faizi artıracak.", 'bloomberg:report'],
        [
          "Anadolu Ajansı'nın (AA) haberine göre deprem 5,1 büyüklüğündeydi.",
          'anadolu-agency:report',
        ],
        ["Reuters'tan edinilen bilgiye göre görüşme ertelendi.", 'reuters:report'],
      ],
      silent: [
        'Sabah gazetesinin yeni binası açıldı.',
        "Bloomberg'e gönderilen mektubun ardından görüşmeler başladı.",
      ],
    },
    'tr-told': {
      fires: [
        ["CNN Türk'te konuşan Bakan, zam olmayacağını söyledi.", 'cnn-turk:interview'],
        ['Halk TV ekranlarında konuşan milletvekili seçim çağrısı yaptı.', 'halk-tv:interview'],
        [
          'Cumhuriyet gazetesine konuşan milletvekili istifa etmeyeceğini söyledi.',
          'cumhuriyet:interview',
        ],
        ["Bakan, Habertürk'e yaptığı açıklamada zam olmayacağını söyledi.", 'haberturk:interview'],
        [
          'Anadolu Ajansı muhabirine konuşan görgü tanığı yaşananları anlattı.',
          'anadolu-agency:interview',
        ],
        ['Bakan, CNN Türk ile yaptığı röportajda konuştu.', 'cnn-turk:interview'],
        ["Bakan, Halk TV'nin sorularını yanıtladı.", 'halk-tv:interview'],
        // The light verb bulun- in any form, and the dative after a possessive name ('na).
        [
          "Anadolu Ajansı'na açıklamada bulunan vali, yolların açıldığını söyledi.",
          'anadolu-agency:interview',
        ],
        [
          "Sputnik'e değerlendirmelerde bulunan uzman, yaptırımları eleştirdi.",
          'sputnik:interview',
        ],
        ["Habertürk'te yayınlanan programda konuşan bakan, zammı açıkladı.", 'haberturk:interview'],
      ],
      silent: [
        "Sputnik'in değerlendirmelerde bulunan hatalarını eleştirdi.",
        "Habertürk'te yayınlanan dizide oynayan oyuncu ödül aldı.",
        "Reuters'ta çalışan muhabir istifa etti.",
        'Cumhuriyet gazetesine abone olan okurlar arttı.',
        "Bakan, Habertürk'ün yeni binasını ziyaret etti.",
      ],
    },
    'tr-sources': {
      fires: [
        ["Reuters'ın görüştüğü üç kaynak anlaşmanın imzalandığını söyledi.", 'reuters:report'],
        [
          "BBC Türkçe'nin ulaştığı belgeler ihalenin iptal edildiğini gösteriyor.",
          'bbc-turkce:report',
        ],
      ],
      silent: ["BBC Türkçe'nin ulaştığı izleyici sayısı arttı."],
    },
    'tr-citing': {
      fires: [
        [
          "AFP, Reuters'a dayandırdığı haberinde görüşmenin ertelendiğini belirtti.",
          'reuters:report',
        ],
      ],
      silent: ["AFP, Reuters'a rakip bir ajanstır."],
    },
    'tr-published': {
      fires: [
        ["Reuters'ın haberinde görüşmenin ertelendiği belirtildi.", 'reuters:report'],
        ["Habertürk'te yayımlanan habere göre zam geliyor.", 'haberturk:report'],
        ['Bloomberg tarafından yayımlanan rapora göre büyüme yavaşladı.', 'bloomberg:report'],
      ],
      silent: [
        "Bakan, Reuters'ın haberine tepki gösterdi.",
        "Halk TV'de yayınlanan dizi rekor kırdı.",
      ],
    },
    'tr-reported': {
      fires: [
        ["Bloomberg, Türkiye'nin büyüme tahminini düşürdüğünü bildirdi.", 'bloomberg:report'],
        ['Reuters dün akşam duyurdu.', 'reuters:report'],
      ],
      silent: ["Reuters, İstanbul'da yeni bir ofis açtı."],
    },
  },
  examples: [
    [
      "Anadolu Ajansı'nın (AA) haberine göre deprem 5,1 büyüklüğündeydi.",
      ['anadolu-agency:report'],
    ],
    [
      "Vali, NTV Haber'e yaptığı açıklamada okulların tatil edildiğini söyledi.",
      ['ntv-turkey:interview'],
    ],
    ["Uzman, CNN Türk'te katıldığı canlı yayında uyarılarda bulundu.", ['cnn-turk:interview']],
    ["Belediye başkanı Habertürk'e konuştu.", ['haberturk:interview']],
    ['Fotoğraf: Ahmet Yılmaz / İHA', ['iha:photo']],
    ['ANKARA (İHA) - Bakanlık yeni kararı açıkladı.', ['iha:byline']],
    ["İhlas Haber Ajansı'nın (İHA) görüntülerine göre bina çöktü.", ['iha:video']],
    ["İngiliz haber ajansı Reuters'a göre görüşmeler sürüyor.", ['reuters:report']],
    [
      "Reuters, Türkiye'nin en kalabalık şehrinin risk altında olduğunu bildirdi.",
      ['reuters:report'],
    ],
    ['Deprem bölgesi boşaltıldı. (Kaynak: DHA)\nDevamı.', ['dha:report']],
    ['Hürriyet gazetesine konuşan bakan zam olmayacağını söyledi.', ['hurriyet:interview']],
  ],
  lookAlikes: [
    "Reuters, İstanbul'da yeni bir ofis açtı.",
    'CNN Türk binası dün boşaltıldı.',
    "ABD'li milyarder Michael Bloomberg'e göre iklim krizi büyüyor.",
    "İç Anadolu'ya göre sahilde hava daha sıcak.",
    'Doğu Anadolu bölgesinde kar yağışı etkili oldu.',
    "RTÜK, Halk TV'ye idari para cezası verdi.",
    "Halk TV'de yayınlanan dizi rekor kırdı.",
  ],
};
