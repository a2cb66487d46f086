/** Malay (utils/core/lang/ms.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ms',
  rules: {
    'ms-read-also': {
      fires: [['Baca juga: Harga minyak naik lagi - Harian Metro', 'harian-metro']],
      silent: ['Harga minyak naik lagi, lapor Harian Metro.'],
    },
    'ms-source-label': {
      fires: [['Harga minyak naik esok. (Sumber: Bernama)\nBerita lain.', 'bernama:report']],
      silent: ['Sumber kewangan Bernama terhad.'],
    },
    'ms-actor': {
      fires: [['Dia menonton RTM setiap malam.', 'rtm']],
      silent: ['Dia memberitahu RTM setiap malam.'],
    },
    'ms-photo': {
      fires: [
        ['Pengguna beratur di stesen minyak. - Foto Bernama', 'bernama:photo'],
        ['Gambar ihsan Reuters', 'reuters:photo'],
      ],
      silent: ['Pelawat mengambil foto Bernama di pameran itu.'],
    },
    'ms-citing': {
      fires: [['Bernama, memetik Reuters, melaporkan harga naik.', 'reuters:report']],
      silent: ['Bernama dan Reuters hadir di majlis itu.'],
    },
    'ms-analysis': {
      fires: [['Menurut analisis Bloomberg, harga akan turun.', 'bloomberg:analysis']],
      silent: ['Analisis itu tidak disiarkan. Bloomberg enggan mengulas.'],
    },
    'ms-menurut': {
      fires: [
        ['Menurut laporan The Straits Times, projek itu siap tahun depan.', 'straits-times:report'],
        [
          'Beliau berkata demikian dalam kenyataan yang dipetik Malaysiakini.',
          'malaysiakini:report',
        ],
      ],
      silent: ['Menurut beliau, Malaysiakini tersilap.'],
    },
    'ms-lapor': {
      fires: [['Harga RON95 kekal minggu ini, lapor Bernama.', 'bernama:report']],
      silent: ['Dia membuat laporan polis terhadap Bernama.'],
    },
    'ms-told': {
      fires: [
        ['Presiden persatuan itu memberitahu Bernama bahawa harga akan naik.', 'bernama:interview'],
        [
          'Beliau dalam temu bual bersama Utusan Malaysia berkata subsidi akan kekal.',
          'utusan-malaysia:interview',
        ],
        ['"Kami bersedia," katanya kepada Malaysiakini.', 'malaysiakini:quote'],
      ],
      silent: ['Katanya, Malaysiakini tersilap.'],
    },
    'ms-reported': {
      fires: [
        ['Agensi berita Reuters pula menyifatkan langkah itu berani.', 'reuters:report'],
        ['Bernama melaporkan bahawa harga kekal.', 'bernama:report'],
      ],
      silent: ['Bernama tidak melaporkan perkara itu.'],
    },
  },
  examples: [
    ['KUALA LUMPUR, 5 Jan (Bernama) -- Kerajaan mengumumkan subsidi bersasar.', ['bernama:byline']],
    ['Pengguna beratur di stesen minyak. - Foto Bernama', ['bernama:photo']],
    ['Harga RON95 kekal minggu ini, lapor Bernama.', ['bernama:report']],
    ['Menurut laporan The Straits Times, projek itu siap tahun depan.', ['straits-times:report']],
    [
      'Beliau dalam temu bual bersama Utusan Malaysia berkata subsidi akan kekal.',
      ['utusan-malaysia:interview'],
    ],
    ['Agensi berita Reuters pula menyifatkan langkah itu berani.', ['reuters:report']],
    ['Beliau berkata demikian dalam kenyataan yang dipetik Malaysiakini.', ['malaysiakini:report']],
    ['Presiden persatuan itu memberitahu Bernama bahawa harga akan naik.', ['bernama:interview']],
    ['Gambar: Reuters', ['reuters:photo']],
    ['Harga minyak naik esok. (Sumber: Bernama)\nBerita lain.', ['bernama:report']],
    ['Bernama, memetik Reuters, melaporkan harga naik.', ['bernama:report', 'reuters:report']],
  ],
  lookAlikes: [
    'Ketika ditemui di rumahnya, Ahmad enggan mengulas lanjut.',
    'Anggota Parlimen (AP) kawasan itu berkata penduduk gembira.',
    'Dia menonton RTM setiap malam.',
    'Bernama tidak melaporkan perkara itu.',
    'Bernama membuka pejabat baharu di Kuching.',
    'Pelawat mengambil foto Bernama di pameran itu.',
    'Jutawan Michael Bloomberg berkata ekonomi kukuh.',
  ],
};
