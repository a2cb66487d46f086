import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { PASSIVE_SAID } from './id';
import { phrases, u } from './regex';

/*
 * Malay (Malaysia, Singapore, Brunei) shares Indonesian's affixes (lapor → melaporkan,
 * dilaporkan; petik → memetik, dipetik) with words of its own: "lapor Bernama" closing a
 * sentence, "memberitahu Utusan Malaysia", "temu bual", "rancangan", "akhbar", "menerusi".
 */

/** Before the name: "menurut Bernama", "seperti dilaporkan The Star", "dipetik daripada Reuters". */
const ACCORDING = phrases(`
  menurut
  berdasarkan
  seperti dilaporkan
  seperti dilaporkan oleh
  seperti yang dilaporkan
  seperti yang dilaporkan oleh
  sebagaimana dilaporkan
  seperti dipetik
  seperti dipetik daripada
  dipetik daripada
  dipetik oleh
  yang dipetik
  yang dipetik oleh
  seperti disiarkan
  seperti disiarkan oleh
  seperti ditulis
  dilaporkan oleh
  disiarkan oleh
  mengikut laporan
`);

/** What an outlet produced, between the phrase and the name: "menurut laporan Bernama". */
const PRODUCT = phrases(`
  laporan
  data
  berita
  liputan
  tinjauan
  kaji selidik
  tulisan
  artikel
  siaran
  penyiasatan
`);

/** Reporting verbs after the name: "Bernama melaporkan", "Reuters pula menyifatkan". */
const REPORTED = phrases(`
  melaporkan
  melapor
  memberitakan
  menulis
  menyebut
  menyebutkan
  menyiarkan laporan
  menyiarkan berita
  menyiarkan rakaman
  mendedahkan
  memaklumkan
  menyifatkan
  memetik
  menerbitkan laporan
  menerbitkan berita
`);

/** Verbs of saying before "kepada": "katanya kepada Bernama", "beliau berkata kepada CNA". */
const SAID = phrases(`
  kata
  katanya
  ujar
  ujarnya
  berkata
  memberitahu
  beritahu
  menjelaskan
  menambah
  menegaskan
  mendedahkan
  bercakap
  ketika bercakap
`);

/** Interviews and programmes before the name: "dalam temu bual bersama Utusan Malaysia". */
const INTERVIEW = phrases(`
  dalam temu bual bersama
  dalam temu bual dengan
  dalam temu bual eksklusif bersama
  dalam temu bual eksklusif dengan
  dalam temubual bersama
  dalam temubual dengan
  dalam wawancara dengan
  dalam wawancara bersama
  ketika ditemu bual
  ketika ditemu bual oleh
  ketika ditemubual
  ketika dihubungi
  ketika dihubungi oleh
  ketika ditemui
  ketika ditemui oleh
  apabila ditemui
  semasa ditemui
  semasa dihubungi
  ketika dijumpai
  apabila dihubungi
  dalam rancangan
  menerusi rancangan
  dalam program
  ketika muncul dalam
  ketika tampil di
  dalam siaran langsung
  dalam podcast
`);

/** Malay: its cue rules, descriptors and words. */
export const MS: LanguagePack = {
  code: 'ms',
  name: 'Malay',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['tidak', 'tak', 'belum', 'bukan', 'tiada'],
  descBefore: u(
    /(?:^|\s)(?:agensi\s+berita|akhbar(?:\s+harian)?|portal(?:\s+berita)?|stesen\s+(?:televisyen|TV|radio)|televisyen|radio|saluran(?:\s+berita)?|rangkaian(?:\s+berita)?|majalah|laman(?:\s+web)?(?:\s+berita)?|media)(?:\s+(?:\p{Ll}+|Singapura|Malaysia|Indonesia|Amerika(?:\s+Syarikat)?|AS|Britain|Australia|Jepun|China|Thailand|Qatar)){0,3}\s+$/u,
  ),
  rules: [
    {
      // A teaser line for another story ("Baca juga: … - Harian Metro") names where it runs.
      id: 'ms-read-also',
      kind: null,
      confidence: CONFIDENCE.veto,
      before:
        /(?:^|\n)\s*(?:(?:Baca|BACA)\s+(?:juga|Juga|JUGA)|(?:Artikel|Berita|ARTIKEL|BERITA)\s+(?:berkaitan|Berkaitan|BERKAITAN))\s*:[^\n]*$/u,
    },
    {
      id: 'ms-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:pemilik|menonton|tonton|saksikan|disiarkan\s+secara\s+langsung\s+(?:oleh|di|menerusi)|diambil\s+alih\s+oleh|dibeli\s+oleh|menyaman|disaman\s+oleh|melanggan)\s+$/u,
      ),
    },
    {
      // "- Foto Bernama", "Foto fail ST", "Gambar ihsan Reuters"
      id: 'ms-photo',
      kind: 'photo',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[\s(|–—-])(?:Foto|FOTO|Gambar|GAMBAR)(?:\s+(?:fail|arkib|ihsan))?\s+$/u,
    },
    {
      id: 'ms-citing',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      chain: true,
      before: u(/(?:^|[\s,(])(?:[Mm]emetik|[Mm]engutip|[Mm]erujuk)\s+(?:laporan\s+)?$/u),
    },
    {
      id: 'ms-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: u(/\b(?:menurut\s+)?(?:analisis|analisa|tinjauan\s+pendapat)\s+(?:oleh\s+)?$/iu),
    },
    {
      id: 'ms-menurut',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(
        new RegExp(`\\b${ACCORDING}\\s+(?:${PRODUCT}\\s+(?:daripada\\s+|oleh\\s+)?)?$`, 'i'),
      ),
    },
    {
      // "…, lapor Bernama." The bare verb before the name closes a reported sentence.
      id: 'ms-lapor',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/[,"”]\s*(?:lapor|tulis|petik)\s+$/u),
    },
    {
      id: 'ms-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:${SAID}|${PASSIVE_SAID})\\s+(?:[\\p{L}.-]+\\s+){0,3}?kepada|memberitahu|${INTERVIEW})\\s+(?:wartawan\\s+)?$`,
          'i',
        ),
      ),
    },
    {
      id: 'ms-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^,?(?:\\s+(?!tidak\\b|belum\\b|bukan\\b)[^\\s.!?"“]+){0,3}?,?\\s+(?:pula\\s+|juga\\s+|telah\\s+)?${REPORTED}\\b`,
        ),
      ),
    },
  ],
  words: {
    and: ['dan', 'serta'],
    articles: [],
    sourceLabels: ['Sumber'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Gambar', 'Sumber gambar', 'Sumber foto'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    // Places and the currency say the country when the text never names it.
    MY: [
      'malaysia',
      'kuala lumpur',
      'johor',
      'selangor',
      'sabah',
      'sarawak',
      'pulau pinang',
      'kelantan',
      'terengganu',
      'pahang',
      'putrajaya',
      'melaka',
      'ringgit',
    ],
    SG: ['singapura'],
    BN: ['brunei'],
    ID: ['indonesia'],
    US: ['amerika'],
    GB: ['britain'],
  },
  outletNouns: {
    'news-agency': ['agensi berita'],
    newspaper: ['akhbar', 'akhbar harian', 'akhbar tempatan', 'media tempatan'],
    broadcaster: ['stesen televisyen', 'televisyen', 'stesen radio', 'radio', 'saluran'],
    magazine: ['majalah'],
    online: ['portal berita', 'portal', 'laman web'],
  },
  // A country after a descriptor stands in apposition, not as the name ("Agensi berita China,
  // Xinhua melaporkan").
  notOutletWords: [
    'Malaysia',
    'Singapura',
    'Brunei',
    'Indonesia',
    'Amerika',
    'Britain',
    'Australia',
    'Jepun',
    'China',
    'Rusia',
    'Perancis',
    'Jerman',
    'Qatar',
    'Thailand',
    'Filipina',
    'India',
    'Korea',
  ],
  // Words opening an outlet's name ("Radio X", "Diário de X"), with capitalized words after.
  nameStarts: { newspaper: ['Harian'], broadcaster: ['Radio', 'TV'] },
  nameEndings: {
    newspaper: ['Harian', 'Times', 'Post'],
    broadcaster: ['TV', 'FM'],
    online: ['.my', '.com'],
  },
};
