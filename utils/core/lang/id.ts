import { CONFIDENCE } from '../tuning';
import type { LanguagePack } from './pack';
import { phrases, u } from './regex';

/*
 * Indonesian builds its reporting words from a few roots with affixes: lapor → melaporkan,
 * dilaporkan, laporan; berita → memberitakan, diberitakan, pemberitaan; kutip → mengutip, dikutip;
 * lansir → melansir, dilansir. Active forms follow the outlet ("Reuters melaporkan"), passive
 * forms and prepositions precede it ("seperti dilaporkan Reuters", "menurut Antara", "kepada Kompas").
 */

/** Before the name: "menurut Antara", "seperti dilaporkan Reuters", "dikutip dari Kompas.com". */
const ACCORDING = phrases(`
  menurut
  berdasarkan
  sesuai dengan
  mengacu pada
  merujuk pada
  dikutip dari
  dikutip
  dilansir dari
  dilansir
  seperti dilaporkan
  seperti dilaporkan oleh
  sebagaimana dilaporkan
  sebagaimana dilaporkan oleh
  seperti diberitakan
  sebagaimana diberitakan
  seperti dikutip dari
  seperti dikutip
  sebagaimana dikutip dari
  seperti dilansir
  seperti dilansir dari
  seperti ditulis
  seperti disiarkan
  seperti diwartakan
  yang dilaporkan
  yang diberitakan
  demikian dilaporkan
  dilaporkan
  diberitakan
  diwartakan
  demikian laporan
  demikian dikutip dari
  dilaporkan oleh
  diberitakan oleh
  ditulis oleh
  diterbitkan oleh
  dirilis oleh
`);

/** What an outlet produced, between the phrase and the name: "menurut laporan Reuters". */
const PRODUCT = phrases(`
  laporan
  data
  catatan
  pemberitaan
  berita
  informasi
  liputan
  tulisan
  artikel
  siaran
  survei
  hasil survei
  jajak pendapat
  penelusuran
  investigasi
`);

/** Active reporting verbs after the name: "Bloomberg melaporkan", "Kompas.com memberitakan". */
const REPORTED = phrases(`
  melaporkan
  memberitakan
  mewartakan
  mengabarkan
  menulis
  menuliskan
  menyebutkan
  menyebut
  menyiarkan laporan
  menyiarkan berita
  menyiarkan rekaman
  menayangkan laporan
  menayangkan berita
  menayangkan rekaman
  melansir
  merilis
  mengungkapkan
  mengungkap
  membeberkan
  memuat
  mencatat
  menginformasikan
  menerbitkan laporan
  menerbitkan liputan
  menerbitkan artikel
  menerbitkan berita
  mengutip
`);

/** Verbs of saying before "kepada": "kata dia kepada Reuters", "ujarnya kepada Kompas". */
const SAID = phrases(`
  kata
  katanya
  ujar
  ujarnya
  ungkap
  ungkapnya
  jelas
  jelasnya
  tutur
  tuturnya
  tegas
  tegasnya
  imbuh
  imbuhnya
  tambah
  tambahnya
  terang
  terangnya
  paparnya
  akunya
  mengatakan
  menjelaskan
  mengungkapkan
  menegaskan
  menyatakan
  menambahkan
  menuturkan
  bercerita
  berbicara
  menyampaikan
`);

/**
 * Passive verbs of saying ("disampaikannya kepada detikcom", "dikatakannya kepada Antara"): the
 * prefix di-, the root, the suffix -kan and the agent's -nya. Shared with Malay.
 */
export const PASSIVE_SAID =
  'di(?:sampai|kata|ungkap|jelas|tegas|tutur|terang|ucap|maklum|nyata|beritahu|dedah|tambah|akui?)(?:kan)?(?:nya)?';

/** Interviews and programmes before the name: "dalam wawancara dengan CNN", "saat dihubungi Kompas". */
const INTERVIEW = phrases(`
  dalam wawancara dengan
  dalam wawancara eksklusif dengan
  dalam wawancara khusus dengan
  dalam sebuah wawancara dengan
  dalam wawancara bersama
  saat diwawancarai
  saat diwawancarai oleh
  ketika diwawancarai
  ketika diwawancarai oleh
  saat dihubungi
  ketika dihubungi
  saat dikonfirmasi
  ketika dikonfirmasi
  dalam program
  dalam acara
  dalam siaran
  dalam tayangan
  dalam podcast
  dalam siniar
  dalam dialog di
  saat tampil di
  ketika tampil di
  dalam gelar wicara
  saat ditemui
  ketika ditemui
  saat dijumpai
  ketika dijumpai
`);

/**
 * A programme, named or not, then its broadcaster: "dalam acara di TVRI", "dalam program Mata
 * Najwa di Trans7", "saat tampil dalam talk show milik Kompas TV".
 */
const PROGRAMME =
  '\\b(?:dalam|di|lewat|melalui)\\s+(?:acara|program|siaran|tayangan|podcast|siniar|gelar\\s+wicara|talk\\s*show)(?:\\s+[^\\n.,;]{1,40}?)?\\s+(?:di|milik|yang\\s+disiarkan)\\s+$';

/** Indonesian: its cue rules, descriptors and words. */
export const ID: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  // A reporting verb after one of these reports nothing (detect-deferred.ts).
  negations: ['tidak', 'tak', 'belum', 'bukan'],
  descBefore: u(
    /(?:^|\s)(?:[Kk]antor\s+berita|[Hh]arian|[Ss]urat\s+kabar|[Kk]oran|[Mm]ajalah|[Tt]abloid|[Ss]tasiun\s+(?:televisi|TV|radio)|[Tt]elevisi|[Rr]adio|[Ss]itus(?:\s+berita)?|[Pp]ortal(?:\s+berita)?|[Ll]aman(?:\s+berita)?|[Mm]edia(?:\s+daring|\s+massa)?|[Jj]aringan\s+(?:televisi|berita)|saluran(?:\s+televisi|\s+berita)?)(?:\s+(?:\p{Ll}+|Inggris|Amerika(?:\s+Serikat)?|AS|Australia|Jepang|Tiongkok|China|Rusia|Prancis|Jerman|Singapura|Malaysia|Qatar|Arab\s+Saudi|Hong\s+Kong|Thailand|Filipina|India|Korea(?:\s+Selatan)?)){0,3}\s+$/u,
  ),
  rules: [
    {
      // A teaser line for another story ("Baca juga: … - Kompas.com") names where it runs, not
      // a source of this one.
      id: 'id-read-also',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: /(?:^|\n)\s*(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)\s+(?:juga|Juga|JUGA)\s*:[^\n]*$/u,
    },
    {
      // The outlet as something watched, owned or sued: "menonton TVRI", "pemilik Kompas".
      id: 'id-actor',
      kind: null,
      confidence: CONFIDENCE.veto,
      before: u(
        /\b(?:pemilik|pendiri|menonton|saksikan|disiarkan\s+langsung\s+(?:oleh|di|melalui)|ditayangkan\s+(?:langsung\s+)?(?:oleh|di|melalui)|diakuisisi\s+oleh|dibeli\s+oleh|mengakuisisi|menggugat|digugat\s+oleh|berlangganan)\s+$/u,
      ),
    },
    {
      id: 'id-citing',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      chain: true,
      before: u(
        /(?:^|[\s,(])(?:[Mm]engutip|[Mm]elansir|[Mm]erujuk)\s+(?:laporan\s+|pemberitaan\s+)?$/u,
      ),
    },
    {
      id: 'id-analysis',
      kind: 'analysis',
      confidence: CONFIDENCE.verb,
      before: u(
        /\b(?:menurut\s+|berdasarkan\s+)?(?:analisis|analisa|kajian|tinjauan|perhitungan|penghitungan|survei|jajak\s+pendapat)\s+(?:yang\s+(?:dilakukan|digelar|dirilis)\s+)?(?:oleh\s+)?(?:litbang\s+)?$/iu,
      ),
    },
    {
      id: 'id-menurut',
      kind: 'report',
      confidence: CONFIDENCE.explicit,
      before: u(new RegExp(`\\b${ACCORDING}\\s+(?:${PRODUCT}\\s+(?:dari\\s+|milik\\s+)?)?$`, 'i')),
    },
    {
      // "…, tulis Reuters", "…, lapor Antara": the bare verb before the name after a quotation.
      id: 'id-inverted',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      before: u(/[,"”]\s*(?:tulis|lapor|warta|demikian)\s+$/u),
    },
    {
      id: 'id-told',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(
        new RegExp(
          `\\b(?:(?:${SAID}|${PASSIVE_SAID})\\s+(?:[\\p{L}.-]+\\s+){0,3}?kepada|${INTERVIEW})\\s+(?:wartawan\\s+|jurnalis\\s+|reporter\\s+)?$`,
          'i',
        ),
      ),
    },
    {
      id: 'id-programme',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: u(new RegExp(PROGRAMME, 'i')),
    },
    {
      // "Jakarta, CNN Indonesia --": the dateline of a newsroom's own story, or of a wire's.
      id: 'id-dateline',
      kind: 'byline',
      confidence: CONFIDENCE.pattern,
      structural: true,
      before: /(?:^|\n)\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2},\s*$/u,
      after: /^\s*(?:--|—|–)\s/u,
    },
    {
      // "Kepada Reuters, ia mengatakan …"
      id: 'id-told-fronted',
      kind: 'interview',
      confidence: CONFIDENCE.verb,
      before: /(?:^|[.!?"”]\s*)Kepada\s+$/u,
      after: /^\s*,/u,
    },
    {
      id: 'id-reported',
      kind: 'report',
      confidence: CONFIDENCE.verb,
      verbOnly: true,
      after: u(
        new RegExp(
          `^,?(?:\\s+(?!tidak\\b|belum\\b|bukan\\b)[^\\s.!?"“]+){0,3}?,?\\s+(?:pun\\s+|juga\\s+|telah\\s+|sudah\\s+)?${REPORTED}\\b`,
        ),
      ),
    },
  ],
  words: {
    and: ['dan', 'serta'],
    articles: [],
    sourceLabels: ['Sumber', 'Sumber berita'],
    creditLabels: [],
    creditLeads: [],
    photoLabels: ['Foto', 'Sumber foto', 'Kredit foto', 'Dokumentasi'],
    photoMarks: [],
    with: [],
    material: [],
    from: [],
    nameParticles: [],
    publishedBy: [],
  },
  countries: {
    ID: ['indonesia'],
    MY: ['malaysia'],
    SG: ['singapura'],
    US: ['amerika'],
    GB: ['inggris'],
    AU: ['australia'],
    JP: ['jepang'],
    CN: ['tiongkok', 'china'],
  },
  outletNouns: {
    'news-agency': ['kantor berita'],
    newspaper: ['harian', 'surat kabar', 'koran', 'media lokal', 'media setempat'],
    broadcaster: ['stasiun televisi', 'televisi', 'stasiun radio', 'radio', 'saluran'],
    magazine: ['majalah', 'tabloid'],
    online: ['situs berita', 'portal berita', 'media daring', 'laman'],
  },
  // A country after a descriptor stands in apposition, not as the name ("Kantor berita Malaysia,
  // Bernama, melaporkan").
  notOutletWords: [
    'Indonesia',
    'Malaysia',
    'Singapura',
    'Amerika',
    'Inggris',
    'Australia',
    'Jepang',
    'Tiongkok',
    'China',
    'Rusia',
    'Prancis',
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
    newspaper: ['Pos', 'Post', 'Harian'],
    broadcaster: ['TV', 'FM'],
    online: ['.com', '.co.id', '.id'],
  },
};
