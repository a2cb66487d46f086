/**
 * Japanese (utils/core/lang/ja.ts): a dev set written from how the Japanese press credits its
 * sources before the pack's rules were read (5 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ja',
  rules: {},
  examples: [
    ['共同通信によると、東京都内で震度４の地震があった。', ['kyodo:report']],
    [
      'ロイター通信が関係者の話として報じたところによると、同社は工場の閉鎖を検討している。',
      ['reuters:report'],
    ],
    ['ＮＨＫの取材に対し、同社の広報担当者は「調査中だ」と答えた。', ['nhk:interview']],
    ['米ＣＮＮテレビは１０日、政府が追加制裁を検討していると報じた。', ['cnn:report']],
    ['朝日新聞社の全国世論調査では、内閣支持率は３０％だった。', ['asahi-shimbun:analysis']],
    [
      '読売新聞が入手した内部文書によると、計画は昨年から進められていた。',
      ['yomiuri-shimbun:report'],
    ],
    ['{{caption:避難所に身を寄せる住民たち＝ロイター}}', ['reuters:photo']],
    [
      '英紙フィナンシャル・タイムズは、同社が売却を検討していると伝えた。',
      ['financial-times:report'],
    ],
    ['韓国の聯合ニュースは、北朝鮮が弾道ミサイルを発射したと報じた。', ['yonhap:report']],
    [
      '時事通信の取材に応じた政府関係者は、法案の提出を見送る方針を明らかにした。',
      ['jiji-press:interview'],
    ],
    ['米ブルームバーグ通信が１２日報じた。', ['bloomberg:report']],
    ['中国国営新華社通信は、習近平国家主席が演説したと伝えた。', ['xinhua:report']],
    ['日本経済新聞の報道によると、トヨタは米国で新工場を建設する。', ['nikkei:report']],
    ['米紙ワシントン・ポストは、国防総省が調査を始めたと報じた。', ['the-washington-post:report']],
    ['沖縄タイムスなどが報じた。', ['okinawa-times:report']],
    ['ＡＰ通信によると、現地では停電が続いている。', ['associated-press:report']],
    ['{{caption:ガザ地区で破壊された建物（ＡＰ）}}', ['associated-press:photo']],
    ['毎日新聞の取材で分かった。', ['mainichi-shimbun:report']],
    ['東京新聞の取材に「責任を感じている」と話した。', ['tokyo-shimbun:interview']],
    ['中国中央テレビ（ＣＣＴＶ）によると、現場では救助活動が続いている。', ['cctv:report']],
    ['タス通信によれば、ロシア軍は新たな拠点を制圧した。', ['tass:report']],
    [
      '米紙ニューヨーク・タイムズ（電子版）は、政権内部の対立を詳しく報じた。',
      ['the-new-york-times:report'],
    ],
  ],
  lookAlikes: [
    'ＮＨＫ受信料の値上げについて、総務省が検討を始めた。',
    '筆者は元朝日新聞記者で、現在はフリージャーナリストとして活動している。',
    '両社は共同で開発した新型電池を来年発売する。',
    '時事問題に詳しい専門家は、選挙の行方を予測するのは難しいと述べた。',
    '日経平均株価は前日比３００円高で取引を終えた。',
    '読売ジャイアンツの選手が球場でファンと交流した。',
    '朝日が昇る前に漁船は港を出た。',
    'ロイターの記者がミャンマーで拘束された事件で、裁判所は判決を言い渡した。',
  ],
};
