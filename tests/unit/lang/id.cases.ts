/** Indonesian (utils/core/lang/id.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'id',
  rules: {
    'id-programme': {
      fires: [['Ia menyampaikan hal itu dalam program Mata Najwa di Trans7.', 'trans7:interview']],
      silent: ['Program Trans7 itu dihentikan setelah menuai kritik.'],
    },
    'id-dateline': {
      fires: [
        ['Jakarta, CNN Indonesia -- Presiden melantik menteri baru.', 'cnn-indonesia:byline'],
      ],
      silent: ['Menurut Presiden, CNN Indonesia melaporkan hal itu.'],
    },
    'id-read-also': {
      fires: [['Baca juga: Harga BBM naik mulai besok - Kompas.com', 'kompas']],
      silent: ['Harga BBM naik mulai besok, demikian dilaporkan Kompas.com.'],
    },
    'id-source-label': {
      fires: [['Harga beras naik lagi. (Sumber: Antara)\nBerita lain.', 'antara:report']],
      silent: ['Sumber daya Antara terbatas.'],
    },
    'id-actor': {
      fires: [
        ['Ia menonton TVRI setiap malam.', 'tvri'],
        ['Pemerintah menggugat Detik.com ke pengadilan.', 'detik'],
      ],
      silent: ['Ia diwawancarai TVRI setiap malam.'],
    },
    'id-citing': {
      fires: [['Antara, mengutip Reuters, melaporkan bahwa harga naik.', 'reuters:report']],
      silent: ['Antara bersama Reuters melaporkan bahwa harga naik.'],
    },
    'id-analysis': {
      fires: [['Menurut analisis Bloomberg, harga nikel akan turun.', 'bloomberg:analysis']],
      silent: ['Analisis pasar nikel: Bloomberg tidak hadir.'],
    },
    'id-menurut': {
      fires: [
        ['Menurut laporan Associated Press, limbah mencemari sungai.', 'associated-press:report'],
        ['Seperti dilansir Reuters, harga minyak naik.', 'reuters:report'],
        ['Seperti dikutip dari Kompas.com, banjir melanda Bandung.', 'kompas:report'],
      ],
      silent: ['Menurut menteri, laporan Reuters keliru.'],
    },
    'id-inverted': {
      fires: [['"Harga akan naik," tulis Reuters.', 'reuters:report']],
      silent: ['Ia menulis surat untuk Reuters.'],
    },
    'id-told': {
      fires: [
        ['"Kami siap," kata dia kepada Reuters.', 'reuters:quote'],
        [
          'Dalam wawancara dengan CNN Indonesia, menteri itu menjelaskan rencananya.',
          'cnn-indonesia:interview',
        ],
        [
          'Saat dihubungi Kompas.com, juru bicara itu membenarkan kabar tersebut.',
          'kompas:interview',
        ],
      ],
      silent: ['Kata dia, Reuters keliru.'],
    },
    'id-told-fronted': {
      fires: [['Kepada Reuters, ia mengatakan harga akan naik.', 'reuters:interview']],
      silent: ['Kepada Reuters dan Antara diberikan akses.'],
    },
    'id-reported': {
      fires: [
        [
          'Bloomberg melaporkan bahwa produsen mobil listrik menunda pembelian.',
          'bloomberg:report',
        ],
        ['Reuters, Senin (12/3), melaporkan bahwa harga naik.', 'reuters:report'],
      ],
      silent: ['Reuters tidak melaporkan apa pun soal itu.'],
    },
  },
  examples: [
    ['Jakarta (ANTARA) - Pemerintah menaikkan harga BBM bersubsidi.', ['antara:byline']],
    ['Foto: ANTARA/Mohamad Hamzah', ['antara:photo']],
    [
      'Menurut laporan Associated Press yang terbit tahun lalu, limbah mencemari sungai.',
      ['associated-press:report'],
    ],
    [
      'Harian Inggris The Guardian pada September lalu menerbitkan liputan serupa.',
      ['the-guardian:report'],
    ],
    [
      'Bloomberg melaporkan bahwa sejumlah produsen mobil listrik Eropa menunda pembelian.',
      ['bloomberg:report'],
    ],
    ['Seperti dilansir kantor berita Reuters, harga minyak naik.', ['reuters:report']],
    ['"Kami siap," ujarnya kepada CNN Indonesia.', ['cnn-indonesia:quote']],
    ['Kepada Reuters, ia mengatakan harga akan naik.', ['reuters:interview']],
    ['Antara, mengutip Reuters, melaporkan bahwa harga naik.', ['antara:report', 'reuters:report']],
    ['Harga beras naik lagi. (Sumber: Antara)\nBerita lain.', ['antara:report']],
    ['Menurut analisis Bloomberg, harga nikel akan turun.', ['bloomberg:analysis']],
  ],
  lookAlikes: [
    'Antara lain, harga beras dan gula naik.',
    'Dalam tempo tiga tahun, harga nikel turun.',
    'Reuters membuka kantor baru di Jakarta.',
    'Pemerintah menggugat Detik.com ke pengadilan.',
    'Investor Michael Bloomberg mengatakan harga akan naik.',
    'Ia menonton TVRI setiap malam.',
  ],
};
