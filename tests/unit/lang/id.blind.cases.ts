/**
 * Indonesian (utils/core/lang/id.ts): a dev set written from how the Indonesian press credits its
 * sources before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'id',
  rules: {},
  examples: [
    ['Menurut Antara, banjir merendam ratusan rumah di Bekasi.', ['antara:report']],
    ['Seperti dilansir Reuters, Senin (5/12), harga minyak turun dua persen.', ['reuters:report']],
    ['Dikutip dari Kompas.com, polisi telah memeriksa lima saksi.', ['kompas:report']],
    ['Melansir CNN Indonesia, pemerintah akan menaikkan harga BBM.', ['cnn-indonesia:report']],
    ['Hal itu disampaikannya kepada detikcom, Selasa (6/12).', ['detik:interview']],
    [
      '{{caption:Warga melintasi jalan yang tergenang banjir. (Foto: ANTARA/Hafidz Mubarak)}}',
      ['antara:photo'],
    ],
    ['Jakarta (ANTARA) - Presiden meresmikan jalan tol baru di Jawa Tengah.', ['antara:byline']],
    [
      'Laporan The Jakarta Post menyebutkan proyek itu tertunda dua tahun.',
      ['jakarta-post:report'],
    ],
    [
      'Kantor berita Malaysia, Bernama, melaporkan bahwa kedua menteri bertemu di Putrajaya.',
      ['bernama:report'],
    ],
    [
      'Sebagaimana diberitakan Tribunnews sebelumnya, korban berjumlah tiga orang.',
      ['tribunnews:report'],
    ],
    ['"Kami akan menindak tegas," ujarnya saat dihubungi Liputan6.com, Rabu.', ['liputan6:quote']],
    ['Mengutip Bloomberg, bank sentral diperkirakan menahan suku bunga.', ['bloomberg:report']],
    ['Dilaporkan Al Jazeera, serangan itu menewaskan sedikitnya 15 orang.', ['al-jazeera:report']],
    [
      'Ia menjelaskan kepada Kumparan bahwa proses evaluasi masih berjalan.',
      ['kumparan:interview'],
    ],
    [
      'Berdasarkan laporan Associated Press, kebakaran hutan meluas ke arah utara.',
      ['associated-press:report'],
    ],
  ],
  lookAlikes: [
    'Baca juga: Harga BBM naik mulai besok - Kompas.com',
    'TVRI menayangkan pertandingan final secara langsung.',
    'Penulis adalah mantan wartawan Kompas yang kini mengajar di universitas.',
    'Menurut Kementerian Kesehatan, kasus demam berdarah meningkat tajam.',
    'Ia membawa kompas untuk menunjukkan arah saat mendaki gunung.',
    'Antara lain, pemerintah akan membangun dua bendungan baru.',
    'Tempo pertandingan sangat cepat sejak menit pertama.',
    'Menurut unggahan di Instagram, acara itu dibatalkan.',
    'Detik-detik terakhir pertandingan berlangsung menegangkan.',
  ],
};
