/**
 * Malay (utils/core/lang/ms.ts): a dev set written from how the Malay press credits its sources
 * before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ms',
  rules: {},
  examples: [
    ['Menurut Bernama, kejadian berlaku kira-kira jam 3 petang.', ['bernama:report']],
    [
      'Memetik laporan Utusan Malaysia, suspek telah ditahan reman selama tujuh hari.',
      ['utusan-malaysia:report'],
    ],
    [
      'Perkara itu dimaklumkan beliau kepada Sinar Harian ketika dihubungi semalam.',
      ['sinar-harian:interview'],
    ],
    [
      'Dalam temu bual bersama Astro Awani, menteri itu menjelaskan pendirian kerajaan.',
      ['astro-awani:interview'],
    ],
    [
      '{{caption:Mangsa banjir dipindahkan ke pusat pemindahan sementara. - Gambar Bernama}}',
      ['bernama:photo'],
    ],
    [
      'Menurut laporan Malaysiakini, mesyuarat itu berlangsung secara tertutup.',
      ['malaysiakini:report'],
    ],
    [
      'Harian Metro melaporkan mangsa mengalami kecederaan parah di kepala.',
      ['harian-metro:report'],
    ],
    [
      'KUALA LUMPUR, 5 Dis (Bernama) -- Kerajaan akan mengumumkan pakej rangsangan baharu.',
      ['bernama:byline'],
    ],
    ['Agensi berita Reuters melaporkan harga minyak mentah jatuh dua peratus.', ['reuters:report']],
    [
      'Laporan New Straits Times menyebut projek itu akan siap pada 2027.',
      ['new-straits-times:report'],
    ],
    [
      'Menurut portal berita Free Malaysia Today, pilihan raya kecil akan diadakan bulan depan.',
      ['free-malaysia-today:report'],
    ],
    ['Ketika dihubungi Kosmo!, jurucakap polis mengesahkan kejadian itu.', ['kosmo:interview']],
    ['Seperti dilaporkan Al Jazeera, serangan itu mengorbankan 20 nyawa.', ['al-jazeera:report']],
    [
      'Agensi berita China, Xinhua melaporkan gempa itu berukuran 6.1 pada skala Richter.',
      ['xinhua:report'],
    ],
  ],
  lookAlikes: [
    'Astro Awani akan menyiarkan perlawanan akhir secara langsung.',
    'Baca juga: Harga minyak naik lagi - Harian Metro',
    'Beliau pernah bertugas sebagai wartawan di Utusan Malaysia sebelum menyertai politik.',
    'Kami menyiarkan berita harian tentang cuaca dan keadaan jalan raya.',
    'Bernama ditubuhkan pada 1967 oleh Parlimen.',
    'Kementerian Kesihatan Malaysia memaklumkan 300 kes baharu direkodkan semalam.',
    'Menurut hantaran di Facebook rasmi polis, suspek masih diburu.',
    'Sinar matahari yang terik menyebabkan ramai pelajar pengsan.',
  ],
};
